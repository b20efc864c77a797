/**
 * A worksheet's one-line description of its program, read off the trace: how many futures,
 * jobs and Timers it makes. A scenario's own summary states what the run teaches ("each result is
 * printed … on the Timer thread"), which would answer the sheet's questions before they are
 * asked; counting what the source visibly creates gives nothing away, and works for the Lab and
 * the playground too.
 *
 * @example
 *   worksheetDescription(runScenario('fetch-square').trace);
 *   // 'The program creates 3 futures and starts 3 Timers.'
 */
import type { Trace } from '../core/trace';

/** `3 futures`, `1 Timer`. */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What the program visibly makes, as one neutral sentence. */
export function worksheetDescription(trace: Trace): string {
  let futures = 0;
  let timers = 0;
  let jobs = 0;
  const pools = new Set<string>();
  for (const e of trace.events) {
    if (e.type === 'future.create') futures++;
    else if (e.type === 'timer.start') timers++;
    else if (e.type === 'executor.submit') {
      jobs++;
      pools.add(e.executor);
    }
  }
  const parts: string[] = [];
  if (jobs > 0) {
    const where = pools.size === 1 ? 'a thread pool' : `${pools.size} thread pools`;
    parts.push(`submits ${count(jobs, 'job')} to ${where}`);
  }
  // A submitted job's future is counted with its job, not a second time.
  const ownFutures = futures - jobs;
  if (ownFutures > 0) parts.push(`creates ${count(ownFutures, 'future')}`);
  if (timers > 0) parts.push(`starts ${count(timers, 'Timer')}`);
  if (parts.length === 0) return 'The program runs on its main thread.';
  const last = parts.pop()!;
  return `The program ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}.`;
}
