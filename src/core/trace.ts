/**
 * The trace: the only interface between a simulation and the UI.
 *
 * A producer (the TypeScript core's `simulate()`, later real Python run in the browser)
 * runs a program to completion in virtual time and returns a `Trace`: plain JSON, ordered
 * by `seq`, never mutated afterwards. The UI derives everything it shows (thread lanes,
 * future cards, console, code markers, narration) from `(trace, t)`.
 *
 * @example
 *   const trace = simulate(program);
 *   for (const e of trace.events) if (e.type === 'stdout') console.log(e.text);
 */

/** Virtual time in integer microseconds. Branded so it never mixes with wall-clock ms. */
export type VirtualUs = number & { readonly __unit: 'VirtualUs' };

/** Wraps a whole number of microseconds as virtual time. */
export const us = (n: number): VirtualUs => Math.round(n) as VirtualUs;

/** Converts seconds (as a Python program states them, `5.0`) to virtual microseconds. */
export const fromSeconds = (s: number): VirtualUs => Math.round(s * 1_000_000) as VirtualUs;

/** Converts virtual microseconds back to seconds, for display. */
export const toSeconds = (t: VirtualUs): number => t / 1_000_000;

/** A thread's name exactly as CPython shows it: `MainThread`, `Thread-1`, `ThreadPoolExecutor-0_0`. */
export type ThreadName = string;
/** Futures are numbered in creation order, from 1. */
export type FutureId = number;
/** Timers are numbered in creation order, from 1. */
export type TimerId = number;
/** Callbacks are numbered in registration order across the program, from 1. */
export type CallbackId = number;
/** asyncio event loops are numbered in creation order, from 1. */
export type LoopId = number;
/** A loop's callback handles (call_soon, call_later, a done-callback, a task's step), numbered from 1 per program. */
export type HandleId = number;
/** asyncio Tasks are numbered in creation order, from 1 (`Task-1` is asyncio.run's). */
export type TaskId = number;

/**
 * Why a handle was put in a loop's queue: a direct `call_soon`/`call_later`/`call_at`/
 * `call_soon_threadsafe`, an asyncio Future's done-callback (scheduled when the future
 * completes, or at once when added to a done future), or a Task's next step (`create_task`, or
 * the wakeup when what it awaits is done).
 */
export type HandleVia =
  'call_soon' | 'call_later' | 'call_at' | 'call_soon_threadsafe' | 'done-callback' | 'task-step';

/** CPython's internal `Future._state` strings. */
export type FutureState =
  'PENDING' | 'RUNNING' | 'CANCELLED' | 'CANCELLED_AND_NOTIFIED' | 'FINISHED';

/** How a finished future ended: its value's or exception's type name and text. */
export type Outcome =
  | { kind: 'result'; type: string; repr: string }
  | { kind: 'exception'; type: string; repr: string };

/** What a thread is waiting for while it sleeps. */
export type SleepReason = 'timer' | 'sleep' | 'cell-pause';

/**
 * The blocking call a thread is waiting in, named as the program writes it:
 * `result`/`exception` (a Future's), `wait`/`as_completed` (concurrent.futures'), `join` (a
 * Thread's), `shutdown` (an executor's, also at the end of a `with` block), `work` (an idle
 * pool worker waiting for a job), and the `threading` / `queue` primitives.
 */
export type WaitCall =
  | 'result'
  | 'exception'
  | 'wait'
  | 'as_completed'
  | 'join'
  | 'shutdown'
  | 'work'
  | 'Event.wait'
  | 'Condition.wait'
  | 'Lock.acquire'
  | 'Semaphore.acquire'
  | 'Queue.get'
  | 'Queue.put'
  /** An asyncio event loop with an empty ready queue, waiting for its next timer or a wakeup. */
  | 'select';

/**
 * Who ended a wait, or made a callback run: the event `seq` on thread `thread` at that moment,
 * and the call that did it, as the program would write it: `set_result`, `set_exception`,
 * `cancel`, `Event.set()`, `notify()`, `release()`, `put()`, `get()`, `submit()`,
 * `shutdown()`, `thread end`, `add_done_callback` (a callback added to a finished future).
 */
export interface Cause {
  seq: number;
  thread: ThreadName;
  by: string;
}

interface EventBase {
  /** Position in the trace, from 0; strictly increasing. */
  seq: number;
  /** Virtual time at which the event happens. Never decreases along the trace. */
  t: VirtualUs;
  /** The thread on which the event happens. */
  thread: ThreadName;
  /** 1-based line of `Trace.source` the thread is executing, or null outside user code. */
  line: number | null;
}

export type TraceEvent = EventBase &
  (
    | { type: 'thread.start'; kind: 'main' | 'timer' | 'worker'; daemon: boolean; timer?: TimerId }
    | { type: 'thread.finish' }
    /** The thread executes source line `line` (costs a small fixed virtual time). */
    | { type: 'line' }
    /** The thread sleeps until `until`: a Timer's wait, `time.sleep`, or a pause between notebook cells. */
    | { type: 'thread.sleep'; until: VirtualUs; reason: SleepReason; timer?: TimerId }
    /**
     * The thread blocks in `call` (every blocking call, one family). `on` names what it waits
     * on as the program does: `fut2`, `fut1, fut2, fut3`, `ready`, `jobs`, `Thread-3`,
     * `ThreadPoolExecutor-0`. `futures` are the futures it waits for (result(), wait(),
     * as_completed()), else empty. `until` is the timeout's deadline, or null for none.
     * Only the outermost call is told: `as_completed()` is one wait, not its inner Event's.
     */
    | {
        type: 'wait.begin';
        call: WaitCall;
        on: string;
        futures: FutureId[];
        until: VirtualUs | null;
      }
    /** The wait ends: woken by `cause` (never null when woken), or the timeout passed. */
    | { type: 'wait.end'; call: WaitCall; reason: 'woken' | 'timeout'; cause: Cause | null }
    /** `executor.submit(fn, …)`: `future` is pending in the pool's queue until a worker takes it. */
    | { type: 'executor.submit'; future: FutureId; executor: string; fn: string }
    /**
     * `name` is the variable the program gives the future (`fut1`); `repr` its repr when created.
     * `kind` is `'asyncio'` for an `asyncio.Future` (or a Task's future), absent for
     * `concurrent.futures.Future`. An asyncio future only takes PENDING, CANCELLED and FINISHED.
     */
    | {
        type: 'future.create';
        future: FutureId;
        name: string;
        address: string;
        repr: string;
        kind?: 'asyncio';
      }
    | {
        type: 'future.state';
        future: FutureId;
        from: FutureState;
        to: FutureState;
        repr: string;
        outcome: Outcome | null;
      }
    /**
     * `immediate`: the future was already done, so the callback runs at once on this thread.
     * Always false for an asyncio future: its callbacks are scheduled (`handle.schedule` with
     * `via: 'done-callback'`) and run on a later turn of its loop.
     */
    | {
        type: 'callback.add';
        future: FutureId;
        callback: CallbackId;
        name: string;
        immediate: boolean;
      }
    /** `cause`: the event that made it run (the future's completion, or the add itself when immediate). */
    | { type: 'callback.invoke'; future: FutureId; callback: CallbackId; cause: Cause | null }
    | { type: 'callback.return'; future: FutureId; callback: CallbackId }
    /** The callback raised; `logged` is false for a BaseException that escaped (CB-6). */
    | {
        type: 'callback.raise';
        future: FutureId;
        callback: CallbackId;
        exception: string;
        logged: boolean;
      }
    | {
        type: 'timer.create';
        timer: TimerId;
        threadName: ThreadName;
        interval: VirtualUs;
        function: string;
      }
    | { type: 'timer.start'; timer: TimerId; due: VirtualUs }
    | { type: 'timer.fire'; timer: TimerId }
    /** `effective`: cancelled before firing, so the function will never run. */
    | { type: 'timer.cancel'; timer: TimerId; effective: boolean }
    /** One `print` call (or one log record / traceback) as it reaches the stream. */
    | { type: 'stdout'; text: string }
    | { type: 'stderr'; text: string }
    /** A notebook cell begins executing. */
    | { type: 'cell.start'; cell: number }
    /** IPython shows a cell's value: `Out[cell]: text`. */
    | { type: 'display'; cell: number; text: string }
    /** asyncio: loop `loop` is created on this thread (`asyncio.run`, `new_event_loop`). */
    | { type: 'loop.start'; loop: LoopId }
    /** The loop is closed; it runs nothing more. */
    | { type: 'loop.close'; loop: LoopId }
    /**
     * One turn of the loop (`BaseEventLoop._run_once`): the timers now due join the ready
     * queue (in heap order: two timers due at the same instant need not keep their scheduling
     * order, as in CPython), then the handles in `ready` (in order) run, each as a
     * `handle.run`; one cancelled meanwhile is skipped (no `handle.run`). Handles scheduled
     * during the turn wait for the next one. A turn with nothing ready is not told: the loop
     * thread waits instead (`wait.begin` with call `select`, `until` the next timer). Turns are
     * numbered from 1 per loop, counting told turns only.
     */
    | { type: 'loop.turn'; loop: LoopId; turn: number; ready: HandleId[] }
    /**
     * A handle joins the loop's queue: `when` is the due time for call_later/call_at, null for
     * the ready queue. `fn` names the callable as CPython's handle repr would (`on_done_future`,
     * `<lambda>`, `Task.task_wakeup`, `Task.__step`). `cause` is the event that scheduled it
     * (for a done-callback, the `future.state` that completed the future). `future` and
     * `callback` are set for a done-callback; `task` for a task's step.
     */
    | {
        type: 'handle.schedule';
        loop: LoopId;
        handle: HandleId;
        fn: string;
        when: VirtualUs | null;
        via: HandleVia;
        cause: Cause | null;
        future?: FutureId;
        callback?: CallbackId;
        task?: TaskId;
      }
    /** The loop runs the handle, in turn `turn`; a `callback.invoke` or `task.step` follows. */
    | { type: 'handle.run'; loop: LoopId; handle: HandleId; turn: number }
    /**
     * `handle.cancel()` (or a timer handle dropped because its future was cancelled). Not told
     * for a handle that already ran (cancelling it then changes nothing).
     */
    | { type: 'handle.cancel'; loop: LoopId; handle: HandleId }
    /**
     * A Task wraps coroutine `coro` (`main()`, `fetch_square(2)`), named `name` (`Task-1`).
     * The task is also asyncio future `future` (its own `future.create` comes first).
     */
    | { type: 'task.create'; task: TaskId; name: string; coro: string; future: FutureId }
    /** The task's coroutine resumes (inside a `handle.run` on the loop's thread). */
    | { type: 'task.step'; task: TaskId }
    /**
     * The coroutine suspends at an `await`: `on` is what it awaits as the program writes it
     * (`fut`, `asyncio.sleep(5.0)`, `Task-2`, `gather(…)`), `futures` the futures it waits for.
     * No thread waits while a task is suspended: the loop's thread goes on.
     */
    | { type: 'task.suspend'; task: TaskId; on: string; futures: FutureId[] }
    /** The coroutine returned or raised; the task's `future.state` follows. */
    | { type: 'task.done'; task: TaskId }
    /** Every remaining thread waits on something nobody will ever provide. */
    | { type: 'deadlock'; waiting: { thread: ThreadName; future: FutureId | null; what: string }[] }
    /** The process exits (after non-daemon threads are joined). */
    | { type: 'program.end'; exitCode: number }
  );

export type TraceEventType = TraceEvent['type'];

/** Narrows a trace event by its `type`. */
export type EventOf<K extends TraceEventType> = Extract<TraceEvent, { type: K }>;

export interface Trace {
  /** Schema version of this JSON (2: the wait.* family and causes). */
  version: 2;
  /** The Python source the events' `line` numbers refer to. */
  source: string;
  /** Ordered by `seq` (and so by `t`). */
  events: TraceEvent[];
  /** Virtual time of the last event. */
  end: VirtualUs;
}
