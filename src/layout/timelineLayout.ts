import type { Trace } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import { futuresAt, type FutureView } from '../store/selectors/futuresAt';
import type { ThreadLane } from '../store/selectors/threadSegments';
import { wholeTrace } from '../store/snapshot';
import type { Axis } from './axis';
import { layoutFutureRow, type FutureRowLayout } from './futureRowLayout';
import { countsText, groupCounts } from './groupCounts';
import { loopModelOf, type TaskLane } from './loopModel';
import { rowsFor, type RowSpec } from './rows';
import { layoutTaskRow, type TaskRowLayout } from './taskRowLayout';

const NO_FOLDS: ReadonlyMap<string, boolean> = new Map();
import { layoutThreadRow, type ThreadRowLayout } from './threadRowLayout';
import { laneTime, timelineOf } from './timelineData';

/** One row laid out: what it is and what it draws. */
export type LaidRow =
  | { spec: Extract<RowSpec, { kind: 'thread' }>; lane: ThreadLane; row: ThreadRowLayout }
  | {
      spec: Extract<RowSpec, { kind: 'future' }>;
      future: FutureView | null;
      row: FutureRowLayout | null;
    }
  | { spec: Extract<RowSpec, { kind: 'group' }>; counts: string }
  | { spec: Extract<RowSpec, { kind: 'task' }>; task: TaskLane; row: TaskRowLayout };

export interface TimelineLayout {
  axis: Axis;
  rows: RowSpec[];
  /** The rows from `first` to `last` (exclusive), laid out. */
  laid: LaidRow[];
  /** The playhead's x, or null when it is outside the window. */
  playheadX: number | null;
}

export interface LayoutInput {
  trace: Trace;
  t: number;
  axis: Axis;
  /** Groups the reader folded (true) or unfolded (false) (see `rowsOf`). */
  folded?: ReadonlyMap<string, boolean>;
  first?: number;
  last?: number;
  /** The average width of a label's character, in pixels. */
  charPx: number;
}

/**
 * The whole timeline at `t` in a window: its rows and, for those from `first` to `last`, every
 * segment, mark and label with its position. The live view draws the same rows with the same
 * functions (`layoutThreadRow`, `layoutFutureRow`), one row at a time; exports draw this.
 *
 * @example layoutTimeline({ trace, t, axis: axisOf(fitWindow(trace.end), 800), charPx: 7 }).laid;
 */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { trace, t, axis, charPx } = input;
  const { lanes } = traceIndex(trace).derive(wholeTrace);
  const data = timelineOf(trace);
  const rows = rowsFor(trace, input.folded ?? NO_FOLDS);
  const first = Math.max(0, input.first ?? 0);
  const last = Math.min(rows.length, input.last ?? rows.length);
  const now = new Map(futuresAt(trace, t).map((f) => [f.id, f]));
  const laneByName = new Map(lanes.map((l) => [l.thread, l]));
  const loops = loopModelOf(trace);
  const laid = rows.slice(first, last).map((spec): LaidRow => {
    if (spec.kind === 'thread') {
      const lane = lanes[spec.lane]!;
      const tRow = laneTime(data.laneSpans[spec.lane] ?? { from: 0, to: t }, t);
      const loop = loops.byThread.get(lane.thread) ?? null;
      const row = layoutThreadRow(lane, tRow, axis, data.callbackLabel, charPx, loop);
      return { spec, lane, row };
    }
    if (spec.kind === 'task') {
      const task = loops.tasks[spec.index]!;
      return { spec, task, row: layoutTaskRow(task, t, axis, charPx) };
    }
    if (spec.kind === 'future') {
      const future = now.get(spec.future) ?? null;
      return { spec, future, row: future ? layoutFutureRow(future, t, axis, charPx) : null };
    }
    return { spec, counts: countsText(groupCounts(spec.group, laneByName, now, t), spec.group.of) };
  });
  const x = axis.x(t);
  return { axis, rows, laid, playheadX: x >= 0 && x <= axis.width ? x : null };
}
