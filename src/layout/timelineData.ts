import type { Trace } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import type { FutureView } from '../store/selectors/futuresAt';
import type { ThreadLane } from '../store/selectors/threadSegments';
import { wholeTrace } from '../store/snapshot';
import { loopModelOf } from './loopModel';
import { allFuturesOf } from './rows';
import { PRINT_WORDS_US } from './threadRowLayout';

/** Everything the timeline draws that depends on the trace alone. */
export interface TimelineData {
  /** Every future of the trace: each has its lane from the start, so lanes never jump. */
  allFutures: FutureView[];
  callbackLabel: (future: number, callback: number) => string;
  /** Per lane: before `from` and after `to` its picture does not change with `t`. */
  laneSpans: { from: number; to: number }[];
  /** The longest lane name's length in characters: the label column is made that wide. */
  longestName: number;
}

/**
 * What the timeline draws from the whole trace, computed once per trace (by its index), not
 * per frame.
 *
 * @example timelineOf(trace).callbackLabel(1, 1); // 'on_done_future(fut1)'
 */
export const timelineOf = (trace: Trace): TimelineData => traceIndex(trace).derive(timelineData);

function timelineData(trace: Trace): TimelineData {
  const { lanes } = traceIndex(trace).derive(wholeTrace);
  const allFutures = allFuturesOf(trace);
  const names = new Map<string, string>();
  for (const e of trace.events) {
    if (e.type === 'future.create') names.set(`f${e.future}`, e.name);
    if (e.type === 'callback.add') names.set(`c${e.callback}`, e.name);
  }
  const callbackLabel = (future: number, callback: number) =>
    `${names.get(`c${callback}`) ?? 'callback'}(${names.get(`f${future}`) ?? 'future'})`;
  return {
    allFutures,
    callbackLabel,
    laneSpans: lanes.map(spanOf),
    longestName: Math.max(
      0,
      ...lanes.map((l) => l.thread.length),
      ...allFutures.map((f) => f.name.length),
      ...loopModelOf(trace).tasks.map((k) => k.name.length),
    ),
  };
}

function spanOf(lane: ThreadLane): { from: number; to: number } {
  const starts = [
    ...lane.segments.map((s) => s.start),
    ...lane.callbacks.map((c) => c.start),
    ...lane.outputs.map((o) => o.t),
  ];
  const ends = [
    ...lane.segments.map((s) => s.end),
    ...lane.callbacks.map((c) => c.end),
    ...lane.outputs.map((o) => o.t + PRINT_WORDS_US),
    lane.finishedAt ?? 0,
  ];
  return { from: Math.min(Infinity, ...starts), to: Math.max(0, ...ends) };
}

/**
 * The `t` a lane is drawn at: clamped to its span, so a lane that has not started or has
 * nothing left to change keeps the same props (and its memo) while the playhead moves on.
 *
 * @example laneTime({ from: 10, to: 50 }, 70); // 50
 */
export function laneTime(span: { from: number; to: number }, t: number): number {
  if (t < span.from) return span.from - 1;
  return Math.min(t, span.to);
}
