/**
 * Narration of asyncio's event-loop events (issue 17): the loop's turns, the handles it
 * schedules and runs, and tasks stepping and suspending at an `await`.
 *
 * @example narrateLoop(e) // 'The event loop on MainThread starts turn 3: it runs 2 ready callbacks.'
 */
import type { EventOf } from '../core/trace';

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

/** One sentence about an event-loop event, in the words of the threads' narration. */
export function narrateLoop(e: LoopEvent): string {
  const th = e.thread;
  switch (e.type) {
    case 'loop.start':
      return `An asyncio event loop starts on ${th}: from now on ${th} runs the loop's callbacks, one at a time.`;
    case 'loop.close':
      return `The event loop on ${th} is closed.`;
    case 'loop.turn': {
      const n = e.ready.length;
      return `The event loop on ${th} starts turn ${e.turn}: it runs ${n} ready callback${n === 1 ? '' : 's'}.`;
    }
    case 'handle.schedule':
      return e.when === null
        ? `${e.fn} is scheduled with call_soon: it will run on ${th}'s event loop on a later turn, not now.`
        : `${e.fn} is scheduled to run on the event loop when its timer is due.`;
    case 'handle.run':
      return `In turn ${e.turn}, the event loop on ${th} runs a scheduled callback.`;
    case 'handle.cancel':
      return `A scheduled callback is cancelled: the event loop will not run it.`;
    case 'task.create':
      return `${e.name} is created for ${e.coro}: it will start on a later turn of the event loop.`;
    case 'task.step':
      return `The event loop on ${th} resumes a task's coroutine.`;
    case 'task.suspend':
      return `The task suspends at await ${e.on}: no thread waits, and the event loop on ${th} goes on.`;
    case 'task.done':
      return `The task's coroutine has finished.`;
  }
}
