/**
 * A scenario's requests as Lab parameters, read off its trace: one call per Timer (its
 * interval), observed the way the program observes its futures (done-callbacks, `result()` or
 * both), with `result()`'s timeout if it has one. The Lab then generates an exact CPython
 * program for it and for each variation, so a "What if" needs no program written by hand.
 *
 * @example
 *   labBaseOf(scenarioById('network-request').run().trace)
 *   // { numbers: ['2', '3', '4'], delays: [5, 5, 5], outcomes: ['ok', 'ok', 'ok'], observe: 'result', timeout: null }
 */
import type { Trace } from '../../core/trace';
import type { LabParams, Observe } from '../../scenarios/types';

const US_PER_S = 1_000_000;

/** A seconds count as the Lab's field takes it: tenths are plenty and keep the code readable. */
const tenths = (us: number) => Math.round(us / (US_PER_S / 10)) / 10;

function observeOf(trace: Trace): Observe {
  // A callback added to a finished future runs at once on the adding thread: that is not
  // observing by callbacks (the Lab's run on the Timer threads) but a line of the main thread.
  const callbacks = trace.events.some((e) => e.type === 'callback.add' && !e.immediate);
  const results = trace.events.some((e) => e.type === 'wait.begin' && e.call === 'result');
  if (callbacks && results) return 'both';
  return callbacks ? 'callbacks' : 'result';
}

/** The first `result(timeout=…)` of the trace, in seconds, or null. */
function timeoutOf(trace: Trace): number | null {
  for (const e of trace.events)
    if (e.type === 'wait.begin' && e.call === 'result' && e.until !== null)
      return tenths(e.until - e.t);
  return null;
}

/** The Lab parameters that replay `trace`'s requests (a future set by hand becomes a 1 s Timer). */
export function labBaseOf(trace: Trace): LabParams {
  const intervals = trace.events.flatMap((e) =>
    e.type === 'timer.create' ? [Math.max(tenths(e.interval), 0.1)] : [],
  );
  const timeout = timeoutOf(trace);
  // No Timer: someone completes the future by hand, or nobody does (a timeout shows it); the
  // Lab needs a Timer, so it waits 1 s, or past the timeout when the program never completes it.
  const delays = intervals.length > 0 ? intervals : [timeout === null ? 1 : timeout + 1];
  return {
    numbers: delays.map((_, i) => String(i + 2)),
    delays,
    outcomes: delays.map(() => 'ok' as const),
    observe: observeOf(trace),
    timeout,
  };
}
