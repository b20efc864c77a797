/**
 * Narration of an `asyncio.Future`'s own events — completing, gaining a done-callback, running
 * one — where the threads' words would be wrong: an asyncio callback never runs inside
 * set_result on the completing thread; the loop schedules it with call_soon and runs it on a
 * later turn, on the loop's thread.
 *
 * @example
 *   narrateAsyncioFuture(trace, completion)
 *   // 'fut1 finished on MainThread (set_result in a call_later handle): on_done_future is
 *   //  scheduled with call_soon and runs on a later turn of the loop, on MainThread.'
 */
import type { EventOf, Trace } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import { isMachinery, loopFacts, shortName, viaOf, type LoopFacts } from './loopFacts';

type FutureEvent = EventOf<'future.state' | 'callback.add' | 'callback.invoke'>;

/** What the narration calls futures and callbacks (the trace's names). */
export interface FutureNames {
  future: (id: number) => string;
  callback: (id: number) => string;
}

/** Whether `future` is an asyncio future in `trace` (its events are then told by this file). */
export const isAsyncioFuture = (trace: Trace, future: number): boolean =>
  traceIndex(trace).derive(loopFacts).asyncioFutures.has(future);

/** "fut1", "fut1 and fut2", "a, b and c". */
const list = (names: readonly string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** The call that completed a future, as the program wrote it. */
function methodOf(e: EventOf<'future.state'>): string {
  if (e.to === 'CANCELLED') return 'cancel';
  return e.outcome?.kind === 'exception' ? 'set_exception' : 'set_result';
}

/** Where the loop was when `seq` happened: "in a call_later handle", "in Task-1's step". */
function context(facts: LoopFacts, seq: number): string {
  const run = facts.runningAt.get(seq);
  const via = viaOf(facts, run);
  if (!run || via === null) return '';
  if (via === 'task-step') {
    const task = facts.tasks.get(facts.schedules.get(run.handle)?.task ?? -1);
    return task ? ` in ${task.name}'s step` : ' in a task step';
  }
  return via === 'done-callback' ? ' in a done-callback' : ` in a ${via} handle`;
}

/** One sentence about an asyncio future's completion, callback registration or callback run. */
export function narrateAsyncioFuture(trace: Trace, e: FutureEvent, names: FutureNames): string {
  const facts = traceIndex(trace).derive(loopFacts);
  const fut = names.future(e.future);
  const th = e.thread;
  switch (e.type) {
    case 'future.state':
      return narrateState(facts, e, fut);
    case 'callback.add': {
      const done = facts.completionOf.get(e.future);
      if (done && done.seq < e.seq)
        return `${fut} is already done, yet add_done_callback does not call ${shortName(e.name)} now: it schedules it with call_soon, to run on a later turn of the loop.`;
      return `${shortName(e.name)} is registered on ${fut}: when ${fut} is done, the event loop schedules it with call_soon and runs it on a later turn, on the loop's thread — not inside set_result.`;
    }
    case 'callback.invoke': {
      const now = facts.runningAt.get(e.seq)?.turn;
      const then = e.cause ? facts.runningAt.get(e.cause.seq)?.turn : undefined;
      const when = now === undefined ? '' : `In turn ${now}, t`;
      const lead = when ? `${when}he event loop on ${th}` : `The event loop on ${th}`;
      const why =
        then === undefined
          ? `it was scheduled with call_soon when ${fut} was done`
          : `${fut} finished in turn ${then} and scheduled it with call_soon`;
      return `${lead} calls ${shortName(names.callback(e.callback))}(${fut}): ${why}, so it runs now, on the loop's thread.`;
    }
  }
}

function narrateState(facts: LoopFacts, e: EventOf<'future.state'>, fut: string): string {
  const th = e.thread;
  if (e.to !== 'FINISHED' && e.to !== 'CANCELLED') return `${fut} is now ${e.to.toLowerCase()}.`;
  const task = facts.taskOfFuture.get(e.future);
  const how =
    e.to === 'CANCELLED'
      ? 'was cancelled'
      : e.outcome?.kind === 'exception'
        ? `finished with ${e.outcome.type}`
        : 'finished';
  const head = task
    ? `${task.name} (${task.coro}) ${how} on ${th}`
    : `${fut} ${how} on ${th} (${methodOf(e)}${context(facts, e.seq)})`;
  const scheduled = facts.scheduledBy.get(e.seq) ?? [];
  // Callbacks run on their loop's thread, whoever completed the future.
  const loop = scheduled[0] ? (facts.threadOfLoop.get(scheduled[0].loop) ?? th) : th;
  const named = scheduled.filter((s) => !isMachinery(s.fn)).map((s) => shortName(s.fn));
  if (named.length > 0) {
    const verbs =
      named.length === 1
        ? 'is scheduled with call_soon and runs'
        : 'are scheduled with call_soon and run';
    return `${head}: ${list(named)} ${verbs} on a later turn of the loop, on ${loop}.`;
  }
  if (scheduled.length > 0)
    return `${head}: what awaits it is woken with call_soon, on a later turn of the loop, on ${loop}.`;
  return `${head}; its repr now reads ${e.repr}.`;
}
