/**
 * A scenario's requests as Lab parameters, read off its trace: one call per Timer (its
 * interval; in an asyncio program, per future a `call_later` handle completes, or per
 * `run_in_executor` job), observed the way the program observes its futures (done-callbacks,
 * `result()` or both), with `result()`'s timeout if it has one. The Lab then generates an exact CPython
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

/**
 * An asyncio program's requests, in the order they were made, each as the seconds between its
 * making and its completion: a pool job handed over by `run_in_executor` (from its submit to the
 * worker's return), or else an asyncio future completed by a `call_later` handle (from the
 * scheduling to the handle's due time; `asyncio.sleep(5.0)` is one too).
 */
function asyncioRequestsOf(trace: Trace): number[] {
  const submitted = new Map<number, number>();
  const jobs: number[] = [];
  for (const e of trace.events) {
    if (e.type === 'executor.submit') submitted.set(e.future, e.t);
    else if (e.type === 'future.state' && e.to === 'FINISHED' && submitted.has(e.future))
      jobs.push(e.t - submitted.get(e.future)!);
  }
  if (jobs.length > 0) return jobs;
  const laters = new Map<number, number>();
  const asyncioFutures = new Set<number>();
  const requests: number[] = [];
  let running: number | null = null;
  for (const e of trace.events) {
    if (e.type === 'future.create' && e.kind === 'asyncio') asyncioFutures.add(e.future);
    else if (e.type === 'handle.schedule' && e.via === 'call_later' && e.when !== null)
      laters.set(e.handle, e.when - e.t);
    else if (e.type === 'handle.run') running = laters.get(e.handle) ?? null;
    else if (e.type === 'future.state' && e.to === 'FINISHED' && running !== null) {
      if (asyncioFutures.has(e.future)) requests.push(running);
      running = null;
    }
  }
  return requests;
}

/** A callback asyncio adds itself (gather's, a task's wakeup, asyncio.run's), not the program's. */
const internalCallback = (name: string) => /(^|\.)_[^.]*$|^Task\./.test(name);

/**
 * How an asyncio program observes its requests: by its own done-callbacks, or by awaiting a
 * future in the main coroutine (Task-1), one after another in call order, as `result()` does in
 * the Lab. A coroutine of its own per request that prints after its await prints in completion
 * order, as a done-callback does.
 */
function asyncioObserveOf(trace: Trace): Observe {
  const tasks = new Set<number>();
  const gathers = new Set<number>();
  for (const e of trace.events) {
    if (e.type === 'task.create') tasks.add(e.future);
    else if (e.type === 'future.create' && e.name.startsWith('gather(')) gathers.add(e.future);
  }
  const callbacks = trace.events.some(
    (e) => e.type === 'callback.add' && !tasks.has(e.future) && !internalCallback(e.name),
  );
  const mainTask = trace.events.find((e) => e.type === 'task.create');
  const awaitsInMain = trace.events.some(
    (e) =>
      e.type === 'task.suspend' &&
      mainTask?.type === 'task.create' &&
      e.task === mainTask.task &&
      e.futures.some((f) => !tasks.has(f) && !gathers.has(f)),
  );
  if (callbacks && awaitsInMain) return 'both';
  return awaitsInMain ? 'result' : 'callbacks';
}

/** The Lab parameters that replay `trace`'s requests (a future set by hand becomes a 1 s Timer). */
export function labBaseOf(trace: Trace): LabParams {
  const asyncio = trace.events.some((e) => e.type === 'loop.start');
  const intervals = (
    asyncio
      ? asyncioRequestsOf(trace)
      : trace.events.flatMap((e) => (e.type === 'timer.create' ? [e.interval] : []))
  ).map((us) => Math.max(tenths(us), 0.1));
  const timeout = timeoutOf(trace);
  // No Timer: someone completes the future by hand, or nobody does (a timeout shows it); the
  // Lab needs a Timer, so it waits 1 s, or past the timeout when the program never completes it.
  const delays = intervals.length > 0 ? intervals : [timeout === null ? 1 : timeout + 1];
  return {
    numbers: delays.map((_, i) => String(i + 2)),
    delays,
    outcomes: delays.map(() => 'ok' as const),
    observe: asyncio ? asyncioObserveOf(trace) : observeOf(trace),
    timeout,
  };
}
