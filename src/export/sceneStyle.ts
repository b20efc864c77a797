/**
 * How scene items look in every writer (SVG text, React SVG, canvas): the font stacks, the
 * dash, and the patterns that tell sleeping (hatched) and blocked (dotted) apart without
 * colour. One place, so a file and the page's picture of it agree.
 */
import type { Scene, SceneItem } from './scene';

/** System fonts only: a file needs no download and no font request (UI.md's stacks). */
export const FONT_STACKS = {
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  mono: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
} as const;

/** A dashed outline or line: 6 px on, 4 off. */
export const DASH = [6, 4] as const;

/** Hatching: stripes this far apart at 45°; dots on a grid this wide. */
export const HATCH_PX = 6;
export const DOTS_PX = 6;

export type RectItem = Extract<SceneItem, { kind: 'rect' }>;

/** A pattern a scene uses: which one and in what colour (a rect's stroke, else its fill). */
export interface PatternUse {
  id: string;
  kind: 'hatch' | 'dots';
  color: string;
}

/** The pattern over a rect, if it has one. */
export function patternOf(item: RectItem): PatternUse | null {
  const kind = item.hatch ? 'hatch' : item.dots ? 'dots' : null;
  if (!kind) return null;
  const color = item.stroke ?? item.fill;
  return { id: `${kind}-${color.replace(/[^0-9a-z]/gi, '')}`, kind, color };
}

/**
 * Every pattern the scene's rects use, once each, for the SVG's `<defs>`.
 *
 * @example patternsOf(scene).map((u) => u.id); // ['hatch-e69f00', 'dots-0072b2']
 */
export function patternsOf(scene: Scene): PatternUse[] {
  const uses = new Map<string, PatternUse>();
  for (const item of scene.items) {
    if (item.kind !== 'rect') continue;
    const use = patternOf(item);
    if (use) uses.set(use.id, use);
  }
  return [...uses.values()];
}
