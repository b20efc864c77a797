import type { CellSpan } from '../scenarios/types';
import type { CurrentLine } from '../store/selectors/currentLines';
import type { Palette } from './palette';
import type { SceneItem } from './scene';
import type { Part } from './timelineScene';
import { MONO_EM, shorten } from './text';

export const CODE_SIZE = 12;
export const CODE_LINE_PX = 17;
const GUTTER = 50;
const HEADING_PX = 26;

/** What the code part shows. */
export interface CodeInput {
  source: string;
  cells?: CellSpan[] | null;
  /** Each live thread's current line (`currentLines`). */
  lines: readonly CurrentLine[];
  /** A thread's colour, by name. */
  colorOf: (thread: string) => string;
}

/**
 * The program as the code panel shows it: every line with its number, `In [n]:` before a
 * notebook cell, and on each thread's current line an arrow and the thread's name in its
 * colour ("◀ MainThread (blocked in fut1.result())"), beside the code or on a row of its own
 * below it when the line is long: a marker never covers code.
 *
 * @example codeItems({ source, lines: currentLines(trace, t), colorOf }, p, 24, 400, 700).height;
 */
export function codeItems(input: CodeInput, p: Palette, x: number, y: number, width: number): Part {
  const charPx = CODE_SIZE * MONO_EM;
  const textChars = Math.max(8, Math.floor((width - GUTTER) / charPx));
  const items: SceneItem[] = [
    {
      kind: 'text',
      x,
      y: y + 16,
      text: 'Code',
      size: 15,
      fill: p.fg,
      font: 'sans',
      weight: 'bold',
    },
  ];
  const cellAt = new Map((input.cells ?? []).map((c) => [c.first, c.n]));
  const markersAt = new Map<number, CurrentLine[]>();
  for (const l of input.lines) markersAt.set(l.line, [...(markersAt.get(l.line) ?? []), l]);
  let row = y + HEADING_PX;
  const baseline = () => row + CODE_LINE_PX - 4;
  const rows = input.source.replace(/\n$/, '').split('\n');
  rows.forEach((code, i) => {
    const n = i + 1;
    const cell = cellAt.get(n);
    if (cell !== undefined) {
      items.push(mono(x + 4, baseline(), `In [${cell}]:`, p.muted, 'bold'));
      row += CODE_LINE_PX;
    }
    const here = markersAt.get(n) ?? [];
    const first = here[0];
    if (first) {
      const color = input.colorOf(first.thread);
      items.push(
        { kind: 'rect', x, y: row, w: width, h: CODE_LINE_PX, fill: p.panel2 },
        { kind: 'rect', x, y: row, w: 3, h: CODE_LINE_PX, fill: color },
        mono(x + 7, baseline(), first.activity === 'running' ? '▶' : '▷', color, 'bold'),
      );
    }
    items.push(
      { ...mono(x + GUTTER - 8, baseline(), String(n), p.muted), anchor: 'end' },
      mono(x + GUTTER, baseline(), shorten(code, textChars), p.fg),
    );
    // Markers beside the code when they fit, else each on its own row below the line.
    let at = x + GUTTER + (Math.min(code.length, textChars) + 2) * charPx;
    for (const l of here) {
      const words = `◀ ${l.thread}${l.activity !== 'running' ? ` (${l.label})` : ''}`;
      const w = words.length * charPx;
      if (at + w > x + width) {
        row += CODE_LINE_PX;
        at = x + GUTTER + 2 * charPx;
      }
      items.push(
        mono(at, baseline(), shorten(words, textChars - 2), input.colorOf(l.thread), 'bold'),
      );
      at += w + 2 * charPx;
    }
    row += CODE_LINE_PX;
  });
  return { items, height: row - y };
}

const mono = (
  x: number,
  y: number,
  text: string,
  fill: string,
  weight: 'normal' | 'bold' = 'normal',
): Extract<SceneItem, { kind: 'text' }> => ({
  kind: 'text',
  x,
  y,
  text,
  size: CODE_SIZE,
  fill,
  font: 'mono',
  weight,
});
