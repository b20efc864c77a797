/**
 * Narration of asyncio's event-loop events (issue 17): the loop's turns, the handles it
 * schedules and runs, and tasks stepping and suspending at an `await`. Each sentence says the
 * cause and the effect a learner coming from threads must see: nothing runs "at once" on the
 * loop — a handle waits for a turn — and no thread waits while a task is suspended.
 *
 * @example
 *   narrateLoop(trace, e)
 *   // 'Task-1 (main()) suspends at await fut1: no thread waits for it; MainThread goes back to
 *   //  the event loop, which runs other callbacks or waits for its next timer.'
 */
import { formatSeconds } from '../core/seconds';
import type { EventOf, Trace } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import { loopFacts, shortName, type LoopFacts } from './loopFacts';

type LoopEvent = EventOf<
  | 'loop.start'
  | 'loop.close'
  | 'loop.turn'
  | 'handle.schedule'
  | 'handle.run'
  | 'handle.cancel'
  | 'task.create'
  | 'task.step'
  | 'task.suspend'
  | 'task.done'
>;

const secs = (t: number): string => `${formatSeconds(t)} s`;

/** A task as a sentence names it: `Task-1 (main())`. */
export function taskName(facts: LoopFacts, task: number | undefined): string {
  const created = task === undefined ? undefined : facts.tasks.get(task);
  return created ? `${created.name} (${created.coro})` : `a task`;
}

/** One sentence about an event-loop event, in the words of the threads' narration. */
export function narrateLoop(trace: Trace, e: LoopEvent): string {
  const facts = traceIndex(trace).derive(loopFacts);
  const th = e.thread;
  switch (e.type) {
    case 'loop.start':
      return `An asyncio event loop starts on ${th}: from now on ${th} runs the loop's callbacks and tasks, one at a time.`;
    case 'loop.close':
      return `The event loop on ${th} is closed: it runs nothing more.`;
    case 'loop.turn': {
      const n = e.ready.length;
      const ready = n === 1 ? 'the callback' : `the ${n} callbacks`;
      return `The event loop on ${th} starts turn ${e.turn}: it runs ${ready} ready now; whatever ${n === 1 ? 'it schedules' : 'they schedule'} waits for a later turn.`;
    }
    case 'handle.schedule':
      return narrateSchedule(facts, e);
    case 'handle.run': {
      const scheduled = facts.schedules.get(e.handle);
      if (scheduled?.via === 'task-step')
        return `In turn ${e.turn}, the event loop on ${th} runs the next step of ${taskName(facts, scheduled.task)}.`;
      const what = scheduled ? `${shortName(scheduled.fn)} (${viaWords(scheduled)})` : 'a callback';
      return `In turn ${e.turn}, the event loop on ${th} runs ${what}.`;
    }
    case 'handle.cancel':
      return `A scheduled callback is cancelled: the event loop will not run it.`;
    case 'task.create':
      return `${e.name} is created for ${e.coro}: it starts on a later turn of the event loop, not now.`;
    case 'task.step': {
      const at = facts.resumedFrom.get(e.seq);
      if (at)
        return `${taskName(facts, e.task)} resumes after await ${at.on}, on ${th}: what it awaited is done.`;
      return `The event loop on ${th} starts ${taskName(facts, e.task)}: its coroutine runs until its first await.`;
    }
    case 'task.suspend':
      return `${taskName(facts, e.task)} suspends at await ${e.on}: no thread waits for it; ${th} goes back to the event loop, which runs other callbacks or waits for its next timer.`;
    case 'task.done': {
      const task = facts.tasks.get(e.task);
      const end = task && facts.completionOf.get(task.future);
      const how =
        end?.outcome?.kind === 'exception'
          ? `raised ${end.outcome.type}`
          : end?.to === 'CANCELLED'
            ? 'was cancelled'
            : 'returned';
      return `${taskName(facts, e.task)} has finished: its coroutine ${how}, and whatever awaits the task is woken on a later turn.`;
    }
  }
}

/** Why a handle is queued, in a few words: "call_later, due at 5.0 s". */
function viaWords(s: EventOf<'handle.schedule'>): string {
  switch (s.via) {
    case 'call_later':
    case 'call_at':
      return s.when === null ? s.via : `${s.via}, due at ${secs(s.when)}`;
    case 'call_soon':
    case 'call_soon_threadsafe':
      return s.via;
    case 'done-callback':
      return 'a done-callback, scheduled with call_soon';
    case 'task-step':
      return 'its next step';
  }
}

function narrateSchedule(facts: LoopFacts, e: EventOf<'handle.schedule'>): string {
  // The loop's thread, not the scheduler's: call_soon_threadsafe comes from another thread.
  const loopThread = facts.threadOfLoop.get(e.loop) ?? 'its thread';
  const fn = shortName(e.fn);
  switch (e.via) {
    case 'call_later':
    case 'call_at':
      return e.when === null
        ? `${fn} is scheduled with ${e.via}: the event loop runs it when its timer is due.`
        : `${fn} is scheduled with ${e.via} to run in ${secs(e.when - e.t)}: the loop's timer heap keeps it until then, and no thread sleeps for it.`;
    case 'call_soon':
      return `${fn} is scheduled with call_soon: it will run on ${loopThread}'s event loop on a later turn, not now.`;
    case 'call_soon_threadsafe':
      return `${e.thread} schedules ${fn} with call_soon_threadsafe: this wakes the event loop on ${loopThread}, which runs it on its next turn.`;
    case 'done-callback':
      if (e.cause?.by === 'add_done_callback')
        return `The future is already done, so add_done_callback schedules ${fn} with call_soon: even so it runs on a later turn of the loop on ${loopThread}, not now.`;
      return `${fn} joins the loop's ready queue (call_soon): it runs on ${loopThread} on the next turn of the loop, not inside ${e.cause?.by ?? 'set_result'}.`;
    case 'task-step':
      return `${taskName(facts, e.task)} is scheduled to take its next step on a later turn of the event loop.`;
  }
}
