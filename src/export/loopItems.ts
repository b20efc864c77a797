/**
 * asyncio in an exported picture, as the live view draws it (LoopMarks, TaskRow, loop.css): the
 * idle loop as a thin line between end ticks, each turn a notch with its number, each step a
 * dash-framed box, and a task's lane — dashed while scheduled, solid while stepping, an outline
 * marked ‖ while awaiting, ● where its coroutine ended.
 */
import type { TaskLane } from '../layout/loopModel';
import type { LoopRowLayout } from '../layout/loopRowLayout';
import type { TaskRowLayout } from '../layout/taskRowLayout';
import type { LaneFrame } from './laneItems';
import type { SceneItem } from './scene';

/** A box of the axis clipped to the track, in scene pixels; null when nothing is left. */
function clip(f: LaneFrame, x: number, w: number): { x: number; w: number } | null {
  const lo = Math.max(0, x);
  const hi = Math.min(f.trackW, x + w);
  return hi > lo ? { x: f.trackX + lo, w: hi - lo } : null;
}

/**
 * An idle loop's stretch (the segment box at `x`, `w` of the axis) on a row at `y`.
 *
 * @example idleItems(frame, 40, 120, 300, '#0072b2');
 */
export function idleItems(
  f: LaneFrame,
  y: number,
  x: number,
  w: number,
  color: string,
): SceneItem[] {
  const b = clip(f, x, w);
  if (!b) return [];
  const mid = y + f.rowPx / 2;
  const tick = (tx: number): SceneItem => ({
    kind: 'line',
    x1: tx,
    y1: y + 7,
    x2: tx,
    y2: y + f.rowPx - 7,
    stroke: color,
    width: 1.5,
  });
  return [
    { kind: 'line', x1: b.x, y1: mid, x2: b.x + b.w, y2: mid, stroke: color, width: 1.5 },
    tick(b.x + 0.75),
    tick(b.x + b.w - 0.75),
  ];
}

/**
 * The loop's turns and steps on its thread's row at `y`.
 *
 * @example loopMarkItems(frame, 40, layout.row.loop, '#0072b2');
 */
export function loopMarkItems(
  f: LaneFrame,
  y: number,
  loop: LoopRowLayout,
  color: string,
): SceneItem[] {
  const { p, rowPx } = f;
  const items: SceneItem[] = [];
  for (const s of loop.steps) {
    const b = clip(f, s.x, s.w);
    if (b)
      items.push({
        kind: 'rect',
        x: b.x,
        y: y + 3,
        w: b.w,
        h: rowPx - 6,
        fill: color,
        stroke: p.fg,
        strokeWidth: 2,
        dashed: true,
        rx: 3,
      });
  }
  for (const turn of loop.turns) {
    const x = f.trackX + turn.x;
    items.push({ kind: 'line', x1: x, y1: y, x2: x, y2: y + 8, stroke: p.fg, width: 2 });
    if (turn.numbered)
      items.push({
        kind: 'text',
        x: x + 2,
        y: y + 8,
        text: String(turn.turn),
        size: 8,
        fill: p.fg,
        font: 'mono',
      });
  }
  return items;
}

/**
 * A task's parts and end mark on its row at `y` (its name, caption and labels are the caller's).
 *
 * @example taskPartItems(frame, 70, task, layout.row, '#0072b2');
 */
export function taskPartItems(
  f: LaneFrame,
  y: number,
  task: TaskLane,
  row: TaskRowLayout,
  color: string,
): SceneItem[] {
  const { p, rowPx } = f;
  const items: SceneItem[] = [];
  for (const part of row.parts) {
    const b = clip(f, part.x, part.w);
    if (!b) continue;
    const box = { kind: 'rect' as const, x: b.x, y: y + 7, w: b.w, h: rowPx - 14, rx: 3 };
    if (part.part.kind === 'running') items.push({ ...box, fill: color });
    else if (part.part.kind === 'scheduled')
      items.push({ ...box, fill: 'none', stroke: color, strokeWidth: 1.5, dashed: true });
    else items.push({ ...box, fill: p.bg, stroke: color, strokeWidth: 1.5 });
  }
  if (row.doneX !== null && task.done !== null)
    items.push({
      kind: 'text',
      x: f.trackX + row.doneX,
      y: y + rowPx / 2 + 4,
      text: '●',
      size: 11,
      fill: p.finished,
      font: 'sans',
      anchor: 'middle',
    });
  return items;
}
