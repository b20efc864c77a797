import type { Trace, TraceEvent, VirtualUs } from '../../core/trace';
import { currentEventIndex } from './currentEventIndex';

/**
 * Where the player stands: the playhead `t`, and within the instant `t` the `cut`, the seq of
 * the last event shown (null: the whole instant). Stepping walks the steps inside an instant
 * (each print and each wake is its own step, see `steps.ts`): the console, narration, code
 * markers, lane status and arrows stop at the cut, so one print or one wake of an instant is
 * told before the next. What follows time alone (Play, the lanes' drawing, the futures) reads
 * `t` and shows the whole instant.
 */
export interface Position {
  t: VirtualUs;
  cut: number | null;
}

/** The position as the views ask for it: `lastSeq` is the last shown event (-1 before the first). */
export interface Cursor {
  t: VirtualUs;
  lastSeq: number;
}

/**
 * The one rule for what a position shows: every event before the instant, and the events of
 * the instant up to the cut. Events are ordered by seq, so a reader stops at the first event
 * this says no to.
 *
 * @example
 *   isShownAt(event, { t: event.t, cut: null }); // true: the whole instant is shown
 *   isShownAt(event, { t: event.t, cut: event.seq - 1 }); // false: cut before it
 */
export function isShownAt(e: Pick<TraceEvent, 't' | 'seq'>, at: Position): boolean {
  return e.t < at.t || (e.t === at.t && (at.cut === null || e.seq <= at.cut));
}

/**
 * The cursor of a position: `t` and the seq of the last event shown. O(log n).
 *
 * @example cursorOf(trace, { t: 0, cut: null }).lastSeq; // the last event at 0
 */
export function cursorOf(trace: Trace, at: Position): Cursor {
  return { t: at.t, lastSeq: currentEventIndex(trace, at.t, at.cut) };
}
