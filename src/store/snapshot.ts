import { useMemo, useState } from 'react';
import type { Trace, VirtualUs } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import { usePlayer } from './PlayerProvider';
import { consoleLinesAt, type ConsoleLine } from './selectors/consoleLinesAt';
import { currentEventIndex } from './selectors/currentEventIndex';
import { currentLines, type CurrentLine } from './selectors/currentLines';
import { futuresAt, type FutureView } from './selectors/futuresAt';
import { selectCut, selectT, selectTrace } from './selectors/player';
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

/** What depends on which events are shown, not on the exact playhead between them. */
export interface AtEvent {
  futures: FutureView[];
  console: ConsoleLine[];
  lines: CurrentLine[];
}

/**
 * A reader of futures, console and current lines once the events up to `index` are shown
 * (`t` is any time in that stretch, `cut` the position's cut within its instant). Futures
 * follow time and show the whole instant; the console and the code markers stop at the cut. Each reader
 * remembers its own last answer, so unchanged parts keep their identity from one call to the
 * next, and two readers at different moments (two players on one trace) never disturb each
 * other. `index` alone tells positions apart: a cut is never an instant's last event (that is
 * the whole instant, cut null), so no other position shows exactly the events up to it.
 *
 * @example
 *   const read = atEventReader();
 *   read(trace, currentEventIndex(trace, t, cut), t, cut).futures;
 */
export function atEventReader() {
  let last: { trace: Trace; index: number; at: AtEvent } | null = null;
  return (trace: Trace, index: number, t: VirtualUs, cut: number | null = null): AtEvent => {
    if (last && last.trace === trace && last.index === index) return last.at;
    const fresh: AtEvent = {
      futures: futuresAt(trace, t),
      console: consoleLinesAt(trace, t, cut),
      lines: currentLines(trace, t, cut),
    };
    const at = last && last.trace === trace ? reuseEqual(last.at, fresh) : fresh;
    last = { trace, index, at };
    return at;
  };
}

/**
 * The world at this view's player's position, derived, never stored. Between two events only
 * `t` changes: futures, console and lines keep their identity. `eventIndex` is the last event
 * shown (the cursor's `lastSeq`): the end of the current step.
 *
 * @example
 *   const { futures, console } = useSnapshot();
 */
export function useSnapshot() {
  const trace = usePlayer(selectTrace);
  const t = usePlayer(selectT);
  const cut = usePlayer(selectCut);
  const [read] = useState(atEventReader);
  const whole = traceIndex(trace).derive(wholeTrace);
  const eventIndex = currentEventIndex(trace, t, cut);
  const at = read(trace, eventIndex, t, cut);
  return useMemo(
    () => ({ trace, t, cut, ...whole, ...at, eventIndex }),
    [trace, t, cut, whole, at, eventIndex],
  );
}

export type Snapshot = ReturnType<typeof useSnapshot>;
