import { useMemo } from 'react';
import type { Trace } from '../core/trace';
import { usePlayer } from './player';
import { consoleLinesAt } from './selectors/consoleLinesAt';
import { currentEventIndex } from './selectors/currentEventIndex';
import { currentLines } from './selectors/currentLines';
import { futuresAt } from './selectors/futuresAt';
import { threadSegments } from './selectors/threadSegments';
import { threadsOf } from './selectors/threadsOf';

const EMPTY: Trace = { version: 1, source: '', events: [], end: 0 as Trace['end'] };

/** The trace on screen (an empty one before any scenario loads). */
export const selectTrace = (s: { run: { trace: Trace } | null }): Trace => s.run?.trace ?? EMPTY;
/** The playhead. */
export const selectT = (s: { t: number }): number => s.t;

/**
 * The world at the playhead, derived (memoised on trace and t), never stored.
 *
 * @example
 *   const { futures, console } = useSnapshot();
 */
export function useSnapshot() {
  const trace = usePlayer(selectTrace);
  const t = usePlayer(selectT);
  const whole = useMemo(
    () => ({ threads: threadsOf(trace), lanes: threadSegments(trace) }),
    [trace],
  );
  return useMemo(
    () => ({
      trace,
      t,
      ...whole,
      futures: futuresAt(trace, t),
      console: consoleLinesAt(trace, t),
      lines: currentLines(trace, t),
      eventIndex: currentEventIndex(trace, t),
    }),
    [trace, t, whole],
  );
}

export type Snapshot = ReturnType<typeof useSnapshot>;
