import type { Trace, TraceEvent, VirtualUs } from '../../core/trace';
import type { Position } from '../selectors/cursor';
import { stepsOf } from '../selectors/steps';

/** Which of the two compared runs an event of the merged trace came from, and its own seq there. */
export interface Origin {
  run: 0 | 1;
  seq: number;
}

/** Two runs' events on one time line: the shared clock's trace, with where each event came from. */
export interface MergedTraces {
  /** Both runs' events by time, renumbered (seq = position); its steps are the clock's steps. */
  trace: Trace;
  /** `origin[seq]`: the run and the seq there of the merged event `seq`. */
  origin: Origin[];
  runs: readonly [Trace, Trace];
}

/**
 * Puts two runs' events on one time line, so that one Time slider and one Step button can
 * drive both. Within an instant the runs' steps alternate (the first run's first print, the
 * second run's first print, …), so stepping through an instant where both print shows the
 * two prints side by side rather than all of one run's first. The merged trace is only a
 * clock: it is never drawn or narrated.
 *
 * @example
 *   const merged = mergeTraces(threads.trace, asyncio.trace);
 *   merged.trace.end; // the longer run's end
 */
export function mergeTraces(a: Trace, b: Trace): MergedTraces {
  const events: TraceEvent[] = [];
  const origin: Origin[] = [];
  const stepsA = stepsOf(a);
  const stepsB = stepsOf(b);
  const push = (run: 0 | 1, trace: Trace, first: number, last: number) => {
    for (let seq = first; seq <= last; seq++) {
      origin.push({ run, seq });
      events.push({ ...trace.events[seq]!, seq: events.length });
    }
  };
  let i = 0;
  let j = 0;
  while (i < stepsA.length || j < stepsB.length) {
    const ta = stepsA[i]?.t ?? Infinity;
    const tb = stepsB[j]?.t ?? Infinity;
    const t = Math.min(ta, tb);
    // One step of each run at this instant in turn, until both have no more steps there.
    while (stepsA[i]?.t === t || stepsB[j]?.t === t) {
      if (stepsA[i]?.t === t) push(0, a, stepsA[i]!.first, stepsA[i++]!.last);
      if (stepsB[j]?.t === t) push(1, b, stepsB[j]!.first, stepsB[j++]!.last);
    }
  }
  const end = Math.max(a.end, b.end) as VirtualUs;
  return { trace: { version: 2, source: '', events, end }, origin, runs: [a, b] };
}

/**
 * Where run `run` stands when the shared clock is at `at`: at the same instant, showing the
 * same events of it; a run that has ended stays at its end.
 *
 * @example
 *   positionIn(merged, 1, { t: merged.trace.end, cut: null }); // { t: runs[1].end, cut: null }
 */
export function positionIn(merged: MergedTraces, run: 0 | 1, at: Position): Position {
  const own = merged.runs[run];
  if (at.t > own.end) return { t: own.end, cut: null };
  if (at.cut === null) return { t: at.t, cut: null };
  const { events } = merged.trace;
  // The run's last event of this instant at or before the cut…
  for (let k = at.cut; k >= 0 && events[k]!.t === at.t; k--)
    if (merged.origin[k]!.run === run) return { t: at.t, cut: merged.origin[k]!.seq };
  // …or, when the cut is before all of them, just before its first one.
  for (let k = at.cut + 1; k < events.length && events[k]!.t === at.t; k++)
    if (merged.origin[k]!.run === run) return { t: at.t, cut: merged.origin[k]!.seq - 1 };
  return { t: at.t, cut: null };
}
