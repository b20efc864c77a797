/**
 * One timeline row as scene items: a thread's lane, a future's, a group's. The shapes and
 * words are the live view's (ThreadRow, FutureRow, GroupRow and their CSS): running solid,
 * sleeping hatched, blocked dotted, pending dashed, ● ▲ ✕ for how a future ended, and the
 * layout's labels, which never overlap, drawn at exactly the boxes the layout placed.
 */
import type { FutureView } from '../store/selectors/futuresAt';
import type { ThreadLane } from '../store/selectors/threadSegments';
import type { PlacedLabel } from '../layout/labels';
import type { FutureRowLayout } from '../layout/futureRowLayout';
import type { ThreadRowLayout } from '../layout/threadRowLayout';
import type { TaskLane } from '../layout/loopModel';
import type { TaskRowLayout } from '../layout/taskRowLayout';
import type { LaneGroup } from '../layout/rows';
import { stateLook } from '../layout/stateLook';
import { endMark, stateHex } from './marks';
import type { Palette } from './palette';
import type { SceneItem } from './scene';
import { MONO_EM, shorten } from './text';
import { idleItems, loopMarkItems, taskPartItems } from './loopItems';

/** Where a timeline's rows go in the scene, and how they are sized. */
export interface LaneFrame {
  p: Palette;
  /** The name column's left edge and how many characters of a lane's name fit in it. */
  nameX: number;
  nameChars: number;
  /** The axis' 0 in scene pixels, and its width. */
  trackX: number;
  trackW: number;
  rowPx: number;
}

/** Lane names: monospace, bold, as the live view's. */
export const NAME_SIZE = 12;
/** A lane's caption under its name ("sleeping, 2.0 s left"). */
const CAPTION_SIZE = 9.5;
/** The layout's labels: monospace, so `charPx` is exact and placed labels never overlap. */
export const LABEL_SIZE = 11;
export const LABEL_CHAR_PX = LABEL_SIZE * MONO_EM;
/** Left of a name: a thread's colour swatch or a future's state shape. */
const NAME_INDENT = 15;

const text = (
  x: number,
  y: number,
  words: string,
  size: number,
  fill: string,
  extra: Partial<Extract<SceneItem, { kind: 'text' }>> = {},
): SceneItem => ({ kind: 'text', x, y, text: words, size, fill, font: 'mono', ...extra });

/** A lane's name and caption in the name column. */
function nameItems(f: LaneFrame, y: number, name: string, caption: string, fill: string) {
  const captionChars = Math.floor((f.nameChars * NAME_SIZE) / CAPTION_SIZE) + 1;
  return [
    text(f.nameX + NAME_INDENT, y + 14, shorten(name, f.nameChars), NAME_SIZE, fill, {
      weight: 'bold',
    }),
    text(f.nameX, y + f.rowPx - 5, shorten(caption, captionChars), CAPTION_SIZE, f.p.muted),
  ];
}

/** The line under a row, as the page's row border. */
const rowRule = (f: LaneFrame, y: number): SceneItem => ({
  kind: 'line',
  x1: f.nameX,
  y1: y + f.rowPx - 0.5,
  x2: f.trackX + f.trackW,
  y2: y + f.rowPx - 0.5,
  stroke: f.p.panel2,
  width: 1,
});

/** A box of the axis clipped to the track, in scene pixels; null when nothing is left. */
function clipBox(f: LaneFrame, x: number, w: number): { x: number; w: number } | null {
  const lo = Math.max(0, x);
  const hi = Math.min(f.trackW, x + w);
  return hi > lo ? { x: f.trackX + lo, w: hi - lo } : null;
}

/** A placed label: its box and its text, where the layout put it. */
function labelItems(
  f: LaneFrame,
  y: number,
  label: PlacedLabel,
  look: { callout: boolean; bold?: boolean; fill?: string },
): SceneItem[] {
  const mid = y + f.rowPx / 2;
  return [
    {
      kind: 'rect',
      x: f.trackX + label.x,
      y: mid - 9,
      w: label.w,
      h: 18,
      fill: f.p.bg,
      ...(look.callout ? { stroke: f.p.border } : {}),
      rx: 4,
    },
    text(f.trackX + label.x + 7, mid + 4, label.text, LABEL_SIZE, look.fill ?? f.p.fg, {
      weight: look.bold ? 'bold' : 'normal',
    }),
  ];
}

/**
 * A thread's lane at a row's top `y`: name and caption, segments, callbacks, prints, labels.
 *
 * @example threadRowItems(frame, 40, lane, layout.row, 'sleeping, 2.0 s left', '#e69f00');
 */
export function threadRowItems(
  f: LaneFrame,
  y: number,
  lane: ThreadLane,
  row: ThreadRowLayout,
  caption: string,
  color: string,
): SceneItem[] {
  const { p, rowPx } = f;
  const items: SceneItem[] = [
    rowRule(f, y),
    { kind: 'rect', x: f.nameX, y: y + 5, w: 10, h: 10, fill: color, rx: 2 },
    ...nameItems(f, y, lane.thread, caption, p.fg),
  ];
  for (const s of row.segments) {
    const b = clipBox(f, s.x, s.w);
    if (!b) continue;
    const box = { kind: 'rect' as const, x: b.x, y: y + 7, w: b.w, h: rowPx - 14, rx: 3 };
    if (s.look === 'busy' || s.look === 'running') items.push({ ...box, fill: color });
    else if (s.look === 'idle') items.push(...idleItems(f, y, s.x, s.w, color));
    else if (s.look === 'sleeping')
      items.push({ ...box, fill: p.bg, stroke: color, strokeWidth: 1.5, hatch: true });
    else items.push({ ...box, fill: p.bg, stroke: color, strokeWidth: 1.5, dots: true });
  }
  for (const c of row.callbacks) {
    const b = clipBox(f, c.x, c.w);
    if (!b) continue;
    items.push({
      kind: 'rect',
      x: b.x,
      y: y + 3,
      w: b.w,
      h: rowPx - 6,
      fill: color,
      stroke: c.span.raised ? p.raised : p.fg,
      strokeWidth: 2,
      rx: 3,
    });
  }
  if (row.loop) items.push(...loopMarkItems(f, y, row.loop, color));
  for (const mark of row.prints) {
    if (mark.x < 0 || mark.x > f.trackW) continue;
    const x = f.trackX + mark.x;
    items.push({
      kind: 'line',
      x1: x,
      y1: y + 3,
      x2: x,
      y2: y + rowPx - 3,
      stroke: p.fg,
      width: 2,
    });
  }
  for (const label of row.labels) {
    const kind = label.key[0];
    const stderr = kind === 'p' && label.full.startsWith('stderr: ');
    items.push(
      ...labelItems(f, y, label, {
        callout: kind !== 's',
        bold: kind === 'c',
        fill: stderr ? p.stderr : p.fg,
      }),
    );
  }
  return items;
}

/**
 * An asyncio task's lane: its name (under its loop's thread), its status, its parts, its labels.
 *
 * @example taskRowItems(frame, 70, task, layout.row, 'awaiting fut', '#0072b2');
 */
export function taskRowItems(
  f: LaneFrame,
  y: number,
  task: TaskLane,
  row: TaskRowLayout,
  caption: string,
  color: string,
): SceneItem[] {
  const items: SceneItem[] = [
    rowRule(f, y),
    text(f.nameX, y + 14, '↳', NAME_SIZE, f.p.muted),
    ...nameItems(f, y, task.name, caption, f.p.fg),
    ...taskPartItems(f, y, task, row, color),
  ];
  for (const label of row.labels) items.push(...labelItems(f, y, label, { callout: false }));
  return items;
}

/**
 * A future's lane: its state's shape and name, the dashed pending stretch, the mark of how it
 * ended and the value beside it. `future` null: a future not created yet.
 *
 * @example futureRowItems(frame, 160, future, layout.row, 'fut1');
 */
export function futureRowItems(
  f: LaneFrame,
  y: number,
  future: FutureView | null,
  row: FutureRowLayout | null,
  name: string,
): SceneItem[] {
  const { p, rowPx } = f;
  if (!future || !row) return [rowRule(f, y), ...nameItems(f, y, name, 'not created yet', p.muted)];
  const look = stateLook(future.state, future.outcome);
  const items: SceneItem[] = [
    rowRule(f, y),
    text(f.nameX + 5, y + 14, look.shape, NAME_SIZE, stateHex(p, look.kind), { anchor: 'middle' }),
    ...nameItems(f, y, future.name, look.words, p.fg),
  ];
  const b = row.pending && clipBox(f, row.pending.x, row.pending.w);
  if (b)
    items.push({
      kind: 'rect',
      x: b.x,
      y: y + 8,
      w: b.w,
      h: rowPx - 16,
      fill: 'none',
      stroke: p.pending,
      strokeWidth: 2,
      dashed: true,
      rx: 3,
    });
  if (row.done && row.done.x >= 0 && row.done.x <= f.trackW) {
    const kind = stateLook(row.done.at.state, row.done.at.outcome).kind;
    items.push(endMark(kind, f.trackX + row.done.x, y + rowPx / 2, stateHex(p, kind)));
  }
  for (const label of row.labels)
    items.push(...labelItems(f, y, label, { callout: label.key === 'value' }));
  return items;
}

/**
 * A group's row: the fold's arrow and the group's name, its size and what its members do now.
 *
 * @example groupRowItems(frame, 40, group, true, '3 running · 5 sleeping');
 */
export function groupRowItems(
  f: LaneFrame,
  y: number,
  group: LaneGroup,
  folded: boolean,
  counts: string,
): SceneItem[] {
  const { p, rowPx } = f;
  const size =
    group.of === 'futures' ? `${group.futures.length} futures` : `${group.threads.length} workers`;
  const name = group.of === 'futures' ? 'futures' : group.name;
  const countChars = Math.floor((f.trackW - 16) / (LABEL_SIZE * MONO_EM));
  return [
    {
      kind: 'rect',
      x: f.nameX,
      y,
      w: f.trackX + f.trackW - f.nameX,
      h: rowPx - 1,
      fill: p.panel2,
    },
    text(
      f.nameX,
      y + rowPx / 2 + 4,
      `${folded ? '▸' : '▾'} ${shorten(name, f.nameChars - 1)}`,
      NAME_SIZE,
      p.fg,
      {
        weight: 'bold',
      },
    ),
    text(
      f.trackX + 8,
      y + rowPx / 2 + 4,
      shorten(`${size}: ${counts}`, countChars),
      LABEL_SIZE,
      p.fg,
    ),
  ];
}
