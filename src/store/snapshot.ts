import { useMemo } from 'react';
import type { Trace } from '../core/trace';
import { usePlayer } from './player';
import { reuseEqual } from './reuse';
import { consoleLinesAt, type ConsoleLine } from './selectors/consoleLinesAt';
import { currentEventIndex } from './selectors/currentEventIndex';
import { currentLines, type CurrentLine } from './selectors/currentLines';
import { futuresAt, type FutureView } from './selectors/futuresAt';
import { threadSegments, type ThreadLane } from './selectors/threadSegments';
import { threadsOf, type ThreadInfo } from './selectors/threadsOf';

const EMPTY: Trace = { version: 1, source: '', events: [], end: 0 as Trace['end'] };

/** The trace on screen (an empty one before any scenario loads). */
export const selectTrace = (s: { run: { trace: Trace } | null }): Trace => s.run?.trace ?? EMPTY;
/** The playhead. */
export const selectT = (s: { t: number }): number => s.t;

/** What depends on the trace alone. */
export interface WholeTrace {
  threads: ThreadInfo[];
  lanes: ThreadLane[];
}

// The trace is immutable: its whole-trace derivations are computed once per trace object.
const wholeCache = new WeakMap<Trace, WholeTrace>();

/**
 * Threads and lanes of the whole trace, computed once per trace.
 *
 * @example wholeTrace(trace).lanes[0].thread; // 'MainThread'
 */
export function wholeTrace(trace: Trace): WholeTrace {
  let whole = wholeCache.get(trace);
  if (!whole) {
    whole = { threads: threadsOf(trace), lanes: threadSegments(trace) };
    wholeCache.set(trace, whole);
  }
  return whole;
}

/** What depends on which events have happened, not on the exact playhead between them. */
export interface AtEvent {
  futures: FutureView[];
  console: ConsoleLine[];
  lines: CurrentLine[];
}

// The last derivation per trace, so the next one shares every unchanged object with it.
const atCache = new WeakMap<Trace, { index: number; at: AtEvent }>();

/**
 * Futures, console and current lines once the events up to `index` have happened (`t` is any
 * time in that stretch). Unchanged parts keep their identity from the previous call.
 *
 * @example atEvent(trace, currentEventIndex(trace, t), t).futures;
 */
export function atEvent(trace: Trace, index: number, t: number): AtEvent {
  const last = atCache.get(trace);
  if (last && last.index === index) return last.at;
  const fresh: AtEvent = {
    futures: futuresAt(trace, t),
    console: consoleLinesAt(trace, t),
    lines: currentLines(trace, t),
  };
  const at = last ? reuseEqual(last.at, fresh) : fresh;
  atCache.set(trace, { index, at });
  return at;
}

/**
 * The world at the playhead, derived (memoised on trace and t), never stored. Between two
 * events only `t` changes: futures, console and lines keep their identity.
 *
 * @example
 *   const { futures, console } = useSnapshot();
 */
export function useSnapshot() {
  const trace = usePlayer(selectTrace);
  const t = usePlayer(selectT);
  const whole = wholeTrace(trace);
  const eventIndex = currentEventIndex(trace, t);
  const at = atEvent(trace, eventIndex, t);
  return useMemo(
    () => ({ trace, t, ...whole, ...at, eventIndex }),
    [trace, t, whole, at, eventIndex],
  );
}

export type Snapshot = ReturnType<typeof useSnapshot>;
