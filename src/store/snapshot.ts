import { useMemo, useState } from 'react';
import type { Trace, VirtualUs } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import { usePlayer } from './PlayerProvider';
import { consoleLinesAt, type ConsoleLine } from './selectors/consoleLinesAt';
import { currentEventIndex } from './selectors/currentEventIndex';
import { currentLines, type CurrentLine } from './selectors/currentLines';
import { futuresAt, type FutureView } from './selectors/futuresAt';
import { selectT, selectTrace } from './selectors/player';
import { threadSegments, type ThreadLane } from './selectors/threadSegments';
import { threadsOf, type ThreadInfo } from './selectors/threadsOf';
import { reuseEqual } from './structuralSharing';

/** What depends on the trace alone. */
export interface WholeTrace {
  threads: ThreadInfo[];
  lanes: ThreadLane[];
}

/**
 * Threads and lanes of the whole trace, computed once per trace (by its index).
 *
 * @example traceIndex(trace).derive(wholeTrace).lanes[0].thread; // 'MainThread'
 */
export function wholeTrace(trace: Trace): WholeTrace {
  const index = traceIndex(trace);
  return { threads: index.derive(threadsOf), lanes: index.derive(threadSegments) };
}

/** What depends on which events have happened, not on the exact playhead between them. */
export interface AtEvent {
  futures: FutureView[];
  console: ConsoleLine[];
  lines: CurrentLine[];
}

/**
 * A reader of futures, console and current lines once the events up to `index` have happened
 * (`t` is any time in that stretch). Each reader remembers its own last answer, so unchanged
 * parts keep their identity from one call to the next, and two readers at different moments
 * (two players on one trace) never disturb each other.
 *
 * @example
 *   const read = atEventReader();
 *   read(trace, currentEventIndex(trace, t), t).futures;
 */
export function atEventReader() {
  let last: { trace: Trace; index: number; at: AtEvent } | null = null;
  return (trace: Trace, index: number, t: VirtualUs): AtEvent => {
    if (last && last.trace === trace && last.index === index) return last.at;
    const fresh: AtEvent = {
      futures: futuresAt(trace, t),
      console: consoleLinesAt(trace, t),
      lines: currentLines(trace, t),
    };
    const at = last && last.trace === trace ? reuseEqual(last.at, fresh) : fresh;
    last = { trace, index, at };
    return at;
  };
}

/**
 * The world at this view's player's playhead, derived, never stored. Between two events only
 * `t` changes: futures, console and lines keep their identity.
 *
 * @example
 *   const { futures, console } = useSnapshot();
 */
export function useSnapshot() {
  const trace = usePlayer(selectTrace);
  const t = usePlayer(selectT);
  const [read] = useState(atEventReader);
  const whole = traceIndex(trace).derive(wholeTrace);
  const eventIndex = currentEventIndex(trace, t);
  const at = read(trace, eventIndex, t);
  return useMemo(
    () => ({ trace, t, ...whole, ...at, eventIndex }),
    [trace, t, whole, at, eventIndex],
  );
}

export type Snapshot = ReturnType<typeof useSnapshot>;
