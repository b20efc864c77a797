/**
 * What an asyncio trace says about its event loops, gathered in one pass (a derivation:
 * `traceIndex(trace).derive(loopFacts)`): which futures are asyncio's, what each handle was
 * scheduled for, which handle the loop was running when a future finished or a callback ran,
 * and where each task suspended and resumed. Narration (`narrateLoop.ts`) and the predict
 * gates (`src/predict/gates/loopCallback.ts`, `awaitThread.ts`) read the same facts.
 *
 * @example
 *   const facts = traceIndex(trace).derive(loopFacts);
 *   facts.runningAt.get(completion.seq)?.turn; // 2: set_result ran in turn 2
 *   viaOf(facts, facts.runningAt.get(completion.seq)); // 'call_later'
 */
import type { EventOf, FutureId, HandleId, LoopId, TaskId, ThreadName, Trace } from '../core/trace';

export interface LoopFacts {
  /** Futures created with `kind: 'asyncio'` (an `asyncio.Future`, or a Task's own future). */
  asyncioFutures: ReadonlySet<FutureId>;
  /** How each handle came to be queued. */
  schedules: ReadonlyMap<HandleId, EventOf<'handle.schedule'>>;
  /**
   * The handle the loop was running when an event happened, by the event's seq, for every
   * `future.state`, `callback.invoke`, `task.step`, `task.suspend` and `stdout` on a loop's
   * thread while it ran one. Absent when the event happened outside any handle (before the loop
   * started, or on another thread).
   */
  runningAt: ReadonlyMap<number, EventOf<'handle.run'>>;
  /** Each task's creation. */
  tasks: ReadonlyMap<TaskId, EventOf<'task.create'>>;
  /** Every suspension at an `await`, in trace order. */
  suspends: readonly EventOf<'task.suspend'>[];
  /** The `task.step` that resumed a suspended task, by the suspension's seq; absent if never. */
  resumeOf: ReadonlyMap<number, EventOf<'task.step'>>;
  /** The suspension each resuming `task.step` ends, by the step's seq; absent for a first step. */
  resumedFrom: ReadonlyMap<number, EventOf<'task.suspend'>>;
  /** The threads that run an event loop. */
  loopThreads: ReadonlySet<ThreadName>;
  /** The thread each loop runs on (where its `loop.start` happened). */
  threadOfLoop: ReadonlyMap<LoopId, ThreadName>;
  /** The handles an event scheduled (its seq is their `cause.seq`): a completion's done-callbacks. */
  scheduledBy: ReadonlyMap<number, readonly EventOf<'handle.schedule'>[]>;
  /** Each future's first completion (`future.state` to FINISHED or CANCELLED). */
  completionOf: ReadonlyMap<FutureId, EventOf<'future.state'>>;
  /** The task whose own future each future is. */
  taskOfFuture: ReadonlyMap<FutureId, EventOf<'task.create'>>;
}

/** Why a handle was queued, in the words a program uses: `call_later`, `done-callback`… */
export function viaOf(
  facts: LoopFacts,
  run: EventOf<'handle.run'> | undefined,
): EventOf<'handle.schedule'>['via'] | null {
  return run ? (facts.schedules.get(run.handle)?.via ?? null) : null;
}

const RECORDED = new Set([
  'future.state',
  'callback.invoke',
  'task.step',
  'task.suspend',
  'stdout',
]);

/** Builds the facts in one pass over the events. */
export function loopFacts(trace: Trace): LoopFacts {
  const asyncioFutures = new Set<FutureId>();
  const schedules = new Map<HandleId, EventOf<'handle.schedule'>>();
  const runningAt = new Map<number, EventOf<'handle.run'>>();
  const tasks = new Map<TaskId, EventOf<'task.create'>>();
  const suspends: EventOf<'task.suspend'>[] = [];
  const resumeOf = new Map<number, EventOf<'task.step'>>();
  const resumedFrom = new Map<number, EventOf<'task.suspend'>>();
  const loopThreads = new Set<ThreadName>();
  const threadOfLoop = new Map<LoopId, ThreadName>();
  const scheduledBy = new Map<number, EventOf<'handle.schedule'>[]>();
  const completionOf = new Map<FutureId, EventOf<'future.state'>>();
  const taskOfFuture = new Map<FutureId, EventOf<'task.create'>>();
  // A loop runs one handle at a time on its thread; the trace tells no handle's end, so a
  // handle counts as running until the next one, the next turn, an idle wait, or the close.
  const running = new Map<ThreadName, EventOf<'handle.run'>>();
  const suspended = new Map<TaskId, EventOf<'task.suspend'>>();
  for (const e of trace.events) {
    if (RECORDED.has(e.type)) {
      const run = running.get(e.thread);
      if (run) runningAt.set(e.seq, run);
    }
    switch (e.type) {
      case 'loop.start':
        loopThreads.add(e.thread);
        threadOfLoop.set(e.loop, e.thread);
        break;
      case 'future.create':
        if (e.kind === 'asyncio') asyncioFutures.add(e.future);
        break;
      case 'handle.schedule': {
        schedules.set(e.handle, e);
        if (e.cause) scheduledBy.set(e.cause.seq, [...(scheduledBy.get(e.cause.seq) ?? []), e]);
        break;
      }
      case 'future.state':
        if ((e.to === 'FINISHED' || e.to === 'CANCELLED') && !completionOf.has(e.future))
          completionOf.set(e.future, e);
        break;
      case 'handle.run':
        running.set(e.thread, e);
        break;
      case 'loop.turn':
      case 'loop.close':
        running.delete(e.thread);
        break;
      case 'wait.begin':
        if (e.call === 'select') running.delete(e.thread);
        break;
      case 'task.create':
        tasks.set(e.task, e);
        taskOfFuture.set(e.future, e);
        break;
      case 'task.suspend':
        suspends.push(e);
        suspended.set(e.task, e);
        break;
      case 'task.step': {
        const from = suspended.get(e.task);
        if (from) {
          resumeOf.set(from.seq, e);
          resumedFrom.set(e.seq, from);
        }
        suspended.delete(e.task);
        break;
      }
      default:
        break;
    }
  }
  return {
    asyncioFutures,
    schedules,
    runningAt,
    tasks,
    suspends,
    resumeOf,
    resumedFrom,
    loopThreads,
    threadOfLoop,
    scheduledBy,
    completionOf,
    taskOfFuture,
  };
}

/**
 * A callable's own name, without the qualname's path: the handles and callbacks of a trace may
 * carry CPython's qualnames (`fetch_square.<locals>.on_done_future`).
 *
 * @example shortName('fetch_square.<locals>.on_done_future') // 'on_done_future'
 */
export const shortName = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

/**
 * Whether a done-callback is asyncio's own machinery rather than the program's: a Task's
 * wakeup (`Task.task_wakeup`), gather's `_done_callback`, asyncio.run's `_run_until_complete_cb`.
 *
 * @example isMachinery('gather.<locals>._done_callback') // true; isMachinery('fetch_square.<locals>.on_done_future') // false
 */
export const isMachinery = (name: string): boolean =>
  name.startsWith('Task.') || shortName(name).startsWith('_');
