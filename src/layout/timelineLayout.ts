import type { Trace } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import { futuresAt, type FutureView } from '../store/selectors/futuresAt';
import type { ThreadLane } from '../store/selectors/threadSegments';
import { wholeTrace } from '../store/snapshot';
import type { Axis } from './axis';
import { layoutFutureRow, type FutureRowLayout } from './futureRowLayout';
import { countsText, groupCounts } from './groupCounts';
import { rowsFor, type RowSpec } from './rows';

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
  | { spec: Extract<RowSpec, { kind: 'group' }>; counts: string };

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
  const laid = rows.slice(first, last).map((spec): LaidRow => {
    if (spec.kind === 'thread') {
      const lane = lanes[spec.lane]!;
      const tRow = laneTime(data.laneSpans[spec.lane] ?? { from: 0, to: t }, t);
      return { spec, lane, row: layoutThreadRow(lane, tRow, axis, data.callbackLabel, charPx) };
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
