import type { Axis } from '../layout/axis';
import { arrowPath } from '../layout/arrowPath';
import { arrowTags } from '../layout/arrowTags';
import type { CauseArrow } from '../layout/causeArrows';
import type { Interval } from '../layout/labels';
import type { Palette } from './palette';
import type { SceneItem } from './scene';

/** Where the lanes are: the axis' 0 and the first row's top, in scene pixels. */
export interface ArrowFrame {
  p: Palette;
  x: number;
  y: number;
  rowPx: number;
  axis: Axis;
  rowOf: ReadonlyMap<string, number>;
  futureRowOf: ReadonlyMap<number, number>;
  /** A row's labels and marks, which a tag must not cover (none: nothing to avoid). */
  marksOf?: (row: number) => readonly Interval[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** `d` (absolute `M`/`C`/`L` pairs only, as arrowPath writes it) moved by (`dx`, `dy`). */
export function movePath(d: string, dx: number, dy: number): string {
  let k = 0;
  return d.replace(/-?\d+(?:\.\d+)?/g, (n) => String(r1(Number(n) + (k++ % 2 === 0 ? dx : dy))));
}

/**
 * The current step's cause arrows as the live view draws them (CauseArrows): a curve in the
 * text colour on a halo of the background, a dot at the cause, a head at the effect; asyncio's
 * scheduled arrow dashed and tagged "☰ scheduled", its schedule arrow tagged "☰ queued". An arrow
 * with an end outside the window is left out (the page cuts it at the window's edge).
 *
 * @example arrowItems(arrowsAt(arrowsOf(trace), trace, t), frame);
 */
export function arrowItems(arrows: readonly CauseArrow[], f: ArrowFrame): SceneItem[] {
  const { axis, rowPx, p } = f;
  const pointAt = (row: number | undefined, t: number) => {
    const x = axis.x(t);
    return row === undefined || x < 0 || x > axis.width ? null : { x, y: (row + 0.5) * rowPx };
  };
  const items: SceneItem[] = [];
  const shapes = arrows.map((a, i) => {
    const from =
      a.kind === 'callback' && a.completes !== null
        ? pointAt(f.futureRowOf.get(a.completes), a.from.t)
        : pointAt(f.rowOf.get(a.from.thread), a.from.t);
    const to = pointAt(f.rowOf.get(a.to.thread), a.to.t);
    if (!from || !to) return null;
    const nth = arrows.slice(0, i).filter((b) => b.from.t === a.from.t && b.to.t === a.to.t).length;
    return arrowPath(from, to, rowPx, nth);
  });
  const tagOf = new Map(
    arrowTags(arrows, shapes, { rowPx, width: axis.width, marksOf: f.marksOf }).map((tag) => [
      tag.key,
      tag,
    ]),
  );
  arrows.forEach((a, i) => {
    const shape = shapes[i];
    if (!shape) return;
    const d = movePath(shape.d, f.x, f.y);
    const sx = f.x + shape.start.x;
    const sy = f.y + shape.start.y;
    const turn = (shape.angle * Math.PI) / 180;
    const head = [
      [0, 0],
      [-10, -5.5],
      [-10, 5.5],
    ].map(([hx, hy]) => [
      r1(f.x + shape.end.x + hx! * Math.cos(turn) - hy! * Math.sin(turn)),
      r1(f.y + shape.end.y + hx! * Math.sin(turn) + hy! * Math.cos(turn)),
    ]);
    const scheduled = a.kind === 'scheduled';
    items.push(
      { kind: 'path', d, stroke: p.bg, width: 6 },
      { kind: 'path', d, stroke: p.fg, width: 2.25, ...(scheduled ? { dashed: true } : {}) },
      {
        kind: 'path',
        d: `M ${r1(sx - 4)} ${r1(sy)} A 4 4 0 1 0 ${r1(sx + 4)} ${r1(sy)} A 4 4 0 1 0 ${r1(sx - 4)} ${r1(sy)} Z`,
        fill: p.fg,
        stroke: p.bg,
        width: 1.5,
      },
      {
        kind: 'path',
        d: `M ${head.map(([x, y]) => `${x} ${y}`).join(' L ')} Z`,
        fill: p.fg,
        stroke: p.bg,
        width: 1.5,
      },
    );
    // asyncio's arrows say they are not immediate, as the page's do (CauseArrows).
    const tag = tagOf.get(a.key);
    if (tag) {
      items.push({
        kind: 'text',
        x: r1(f.x + tag.x),
        y: r1(f.y + tag.y),
        text: tag.text,
        size: 10,
        fill: p.fg,
        font: 'sans',
        weight: 'bold',
      });
    }
  });
  return items;
}
