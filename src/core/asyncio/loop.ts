/**
 * asyncio's event loop (`BaseEventLoop`), in virtual time, on the thread that runs it: a FIFO
 * ready queue and a timer heap. One turn (`_run_once`) moves the timers now due to the ready
 * queue in `when` order (equal times as Python's heapq yields them, see heapq.ts), then runs the handles
 * that were ready at the start of the turn; handles scheduled meanwhile wait for the next
 * turn. With nothing ready the loop's thread waits in `select` (a `wait.begin` with call
 * `select`) until the next timer, or until `call_soon_threadsafe` from another thread wakes it.
 *
 * @example
 *   const loop = py.asyncio.new_event_loop();
 *   yield* loop.call_later(1.0, py.printFn, ['later']);
 *   yield* loop.call_soon(py.printFn, ['soon']);
 *   yield* loop.call_later(2.0, loop.method('stop'));
 *   yield* loop.run_forever(); // prints soon, then later; stops at 2.0 s
 */
import type { PyObject, PyValue } from '../pyvalue';
import type { PyCallable } from '../callable';
import type { SimContext } from '../context';
import type { Cause, HandleVia } from '../trace';
import { fromSeconds, us } from '../trace';
import { heappop, heappush } from './heapq';
import type { Gen, SimThread } from '../thread';
import { finished } from '../thread';
import { parkAt } from '../scheduler';
import { beginWait, endWait } from '../blocking';
import { EXC, PyException } from '../exceptions';
import { AsyncHandle } from './handle';
import { asyncioState } from './state';
import { AsyncFuture } from './future';
import type { PyTask } from './task';
import { callbackSource } from './callbackText';
import type { LoopCallable } from './callbackText';
import { taskFor } from './ensure';
import type { Awaitable } from './ensure';
import { shutdownDefaultExecutor, runInExecutor } from './executorBridge';
import type { PyThreadPoolExecutor } from '../executor';

/** What a handle.schedule event tells beyond the handle itself. */
export interface ScheduleInfo {
  via: HandleVia;
  cause?: Cause | null;
  future?: number;
  callback?: number;
  task?: number;
  /** The trace's `fn` when it differs from the callable's name (`Task.__step`). */
  fnName?: string;
}

export class PyEventLoop implements PyObject {
  readonly pyType = '_UnixSelectorEventLoop';
  readonly id: number;
  /** The loop's turns told in the trace, from 1. */
  turn = 0;
  private readonly ready: AsyncHandle[] = [];
  /** The timer heap, kept by heapq's rules (see heapq.ts). */
  private readonly scheduled: AsyncHandle[] = [];
  private stopping = false;
  private closed = false;
  /** The thread in `run_forever`, or null when the loop is not running. */
  thread: SimThread | null = null;
  /** The thread is parked in select (only then may call_soon_threadsafe wake it). */
  private selecting = false;
  /** `asyncio.current_task()`: the task whose step is running. */
  currentTask: PyTask | null = null;
  /** Every task not yet done (`asyncio.all_tasks()`), in creation order. */
  readonly tasks = new Set<PyTask>();
  /** `loop._default_executor`, made by the first `run_in_executor(None, …)`. */
  defaultExecutor: PyThreadPoolExecutor | null = null;
  /** Every future made on this loop, for the never-retrieved log at close. */
  readonly futures: AsyncFuture[] = [];
  private readonly hexAddress: string;

  constructor(readonly ctx: SimContext) {
    const st = asyncioState(ctx);
    this.id = st.nextLoopId++;
    this.hexAddress = `0x${ctx.objectAddress().toString(16)}`;
    ctx.sched.emit({ type: 'loop.start', loop: this.id });
  }

  pyRepr(): string {
    const running = this.thread !== null;
    return `<${this.pyType} running=${running ? 'True' : 'False'} closed=${this.closed ? 'True' : 'False'} debug=False>`;
  }

  /** `loop.time()`: virtual seconds, as a float. */
  time(): number {
    return this.ctx.sched.now / 1_000_000;
  }

  is_running(): boolean {
    return this.thread !== null;
  }
  is_closed(): boolean {
    return this.closed;
  }

  private checkClosed(): void {
    if (this.closed) this.ctx.raise(EXC.RuntimeError.call('Event loop is closed'));
  }

  /** Puts a handle in the ready queue (or the heap when `due` is set) and tells the trace. */
  schedule(
    fn: PyCallable,
    args: readonly PyValue[],
    due: number | null,
    info: ScheduleInfo,
    body?: () => Gen,
  ): AsyncHandle {
    const st = asyncioState(this.ctx);
    const id = st.nextHandleId++;
    const run = body ?? (() => this.runCallback(handle));
    const handle: AsyncHandle = new AsyncHandle(this, id, fn, args, due, run);
    const { sched } = this.ctx;
    sched.emit({
      type: 'handle.schedule',
      loop: this.id,
      handle: id,
      fn: info.fnName ?? (fn as LoopCallable).qualname ?? fn.name,
      when: due === null ? null : us(due),
      via: info.via,
      cause: info.cause ?? null,
      ...(info.future !== undefined ? { future: info.future } : {}),
      ...(info.callback !== undefined ? { callback: info.callback } : {}),
      ...(info.task !== undefined ? { task: info.task } : {}),
    });
    if (due === null) this.ready.push(handle);
    else heappush(this.scheduled, handle);
    return handle;
  }

  /** Runs a plain handle's callback; an Exception it raises is logged, as `Handle._run` does. */
  private *runCallback(handle: AsyncHandle): Gen {
    yield* this.runGuarded(handle.fn, handle.args, handle.pyRepr());
  }

  /**
   * `Handle._run`: calls `fn(*args)` inside events.py's frame; an Exception is logged as
   * "Exception in callback …" with the handle and the traceback from that frame down.
   */
  *runGuarded(
    fn: PyCallable,
    args: readonly PyValue[],
    handleRepr: string,
  ): Gen<PyException | null> {
    const { ctx } = this;
    const depth = ctx.pushLib('asyncio_handle_run');
    try {
      yield* fn.invoke(args);
      return null;
    } catch (e) {
      // Only SystemExit and KeyboardInterrupt escape a handle; any other BaseException is logged.
      if (!(e instanceof PyException) || e.is(EXC.SystemExit) || e.is(EXC.KeyboardInterrupt))
        throw e;
      const shown = ctx.opts.version.n >= 13 ? [] : args;
      const src = callbackSource(ctx, fn, shown);
      this.logError(`Exception in callback ${src}\nhandle: ${handleRepr}`, e, depth);
      return e;
    } finally {
      ctx.popFrame();
    }
  }

  /**
   * `loop.call_exception_handler` → the `asyncio` logger's error record: the message, then the
   * traceback from frame `depth` down (just the exception's line when it was never raised).
   */
  logError(message: string, exc: PyException | null, depth = 0): void {
    const { ctx } = this;
    if (exc === null) return ctx.log('ERROR', 'asyncio', message);
    const tb = exc.tb.length > depth ? ctx.traceback(exc, depth) : `${exc.lastLine()}\n`;
    ctx.log('ERROR', 'asyncio', `${message}\n${tb.replace(/\n$/, '')}`);
  }

  /** `loop.call_soon(callback, *args)`. */
  call_soon(fn: PyCallable, args: readonly PyValue[] = []): Gen<AsyncHandle> {
    this.ctx.callOp('call_soon');
    this.checkClosed();
    const h = this.schedule(fn, args, null, { via: 'call_soon' });
    return finished(h);
  }

  /** `loop.call_later(delay, callback, *args)`: a TimerHandle due at `time() + delay`. */
  call_later(delay: number, fn: PyCallable, args: readonly PyValue[] = []): Gen<AsyncHandle> {
    this.ctx.callOp('call_later');
    this.checkClosed();
    const due = this.ctx.sched.now + fromSeconds(delay);
    return finished(this.schedule(fn, args, due, { via: 'call_later' }));
  }

  /** `loop.call_at(when, callback, *args)`: `when` in `loop.time()` seconds. */
  call_at(when: number, fn: PyCallable, args: readonly PyValue[] = []): Gen<AsyncHandle> {
    this.ctx.callOp('call_at');
    this.checkClosed();
    return finished(this.schedule(fn, args, fromSeconds(when), { via: 'call_at' }));
  }

  /**
   * `loop.call_soon_threadsafe(callback, *args)`, from any thread: the handle joins the ready
   * queue and a loop waiting in select wakes up (its `wait.end` names this call).
   */
  call_soon_threadsafe(fn: PyCallable, args: readonly PyValue[] = []): Gen<AsyncHandle> {
    this.ctx.callOp('call_soon_threadsafe');
    this.checkClosed();
    return finished(this.threadsafe(fn, args));
  }

  /** call_soon_threadsafe for the library's own use (wrap_future's `_set_state`). */
  threadsafe(fn: PyCallable, args: readonly PyValue[], body?: () => Gen): AsyncHandle {
    const { sched } = this.ctx;
    const cause = sched.causeNow('call_soon_threadsafe()');
    const h = this.schedule(fn, args, null, { via: 'call_soon_threadsafe', cause }, body);
    if (this.selecting && this.thread)
      sched.wake(this.thread, sched.causeNow('call_soon_threadsafe()'));
    return h;
  }

  /** `loop.create_future()`; `name` is the program's variable for it. */
  create_future(name = 'fut'): AsyncFuture {
    this.ctx.callOp('create_future');
    return new AsyncFuture(this, name);
  }

  /** `loop.create_task(coro, name=None)`. */
  create_task(coro: PyValue, name: string | null = null): PyTask {
    this.ctx.callOp('create_task');
    this.checkClosed();
    return taskFor(this, coro, name);
  }

  /** `loop.stop()`: the loop ends after the current turn. */
  stop(): Gen<null> {
    this.ctx.callOp('stop');
    this.stopping = true;
    return finished(null);
  }

  /** `loop.stop` as a value: `loop.call_later(2.0, loop.stop)`. */
  method(name: 'stop'): LoopCallable {
    return {
      pyType: 'method',
      name,
      qualname: `BaseEventLoop.${name}`,
      pyRepr: () => `<bound method BaseEventLoop.${name} of ${this.pyRepr()}>`,
      invoke: () => this.stop(),
    };
  }

  /** `loop.close()`: refused while running; the default executor is shut down without waiting. */
  *close(): Gen<null> {
    this.ctx.callOp('close');
    if (this.thread !== null)
      this.ctx.raise(EXC.RuntimeError.call('Cannot close a running event loop'));
    if (this.closed) return null;
    this.closed = true;
    this.ready.length = 0;
    this.scheduled.length = 0;
    this.ctx.sched.emit({ type: 'loop.close', loop: this.id });
    const ex = this.defaultExecutor;
    this.defaultExecutor = null;
    // `executor.shutdown(wait=False)`: idle workers end; busy ones finish their job first.
    if (ex) yield* ex.shutdown(false);
    return null;
  }

  /** `loop.run_forever()`: turns until `stop()`. */
  *run_forever(): Gen {
    this.ctx.callOp('run_forever');
    this.checkClosed();
    const st = asyncioState(this.ctx);
    const me = this.ctx.sched.current;
    if (this.thread !== null)
      this.ctx.raise(EXC.RuntimeError.call('This event loop is already running'));
    if (st.running.has(me))
      this.ctx.raise(
        EXC.RuntimeError.call('Cannot run the event loop while another loop is running'),
      );
    this.thread = me;
    st.running.set(me, this);
    try {
      for (;;) {
        yield* this.runOnce();
        if (this.stopping) break;
      }
    } finally {
      this.stopping = false;
      this.thread = null;
      st.running.delete(me);
    }
  }

  /** `loop.run_until_complete(future)`: runs until `future` is done; returns its result. */
  *run_until_complete(aw: Awaitable): Gen<PyValue> {
    this.ctx.callOp('run_until_complete');
    this.checkClosed();
    if (this.thread !== null)
      this.ctx.raise(EXC.RuntimeError.call('This event loop is already running'));
    const future = aw instanceof AsyncFuture ? aw : taskFor(this, aw, null);
    const stopper = runUntilCompleteCb(this);
    future.addCallbackNow(stopper);
    try {
      yield* this.run_forever();
    } finally {
      future.removeCallbackNow(stopper);
    }
    if (!future.done())
      this.ctx.raise(EXC.RuntimeError.call('Event loop stopped before Future completed.'));
    this.ctx.pushLib('asyncio_run_until_complete');
    try {
      return future.resultNow();
    } finally {
      this.ctx.popFrame();
    }
  }

  /** `loop.run_in_executor(executor, func, *args)`: an asyncio future wrapping the pool's. */
  run_in_executor(
    executor: PyThreadPoolExecutor | null,
    fn: PyCallable,
    ...args: PyValue[]
  ): Gen<AsyncFuture> {
    this.ctx.callOp('run_in_executor');
    this.checkClosed();
    return runInExecutor(this, executor, fn, args);
  }

  /** `loop.shutdown_default_executor()` (3.9+), run by `asyncio.run` as a task of its own. */
  shutdownDefaultExecutor(): Gen<PyValue> {
    return shutdownDefaultExecutor(this);
  }

  /**
   * "Future exception was never retrieved" / "Task exception was never retrieved": CPython logs
   * it when the future is garbage-collected; the core logs it once the loop is closed, for each
   * future of the loop still holding an unretrieved exception, in creation order.
   */
  logUnretrieved(): void {
    for (const f of this.futures) {
      const text = f.unretrievedText();
      if (text !== null) {
        f.logTraceback = false;
        this.logError(text, f.storedError());
      }
    }
    this.futures.length = 0;
  }

  /** One `_run_once`: wait in select if nothing is ready, move due timers, run the turn. */
  private *runOnce(): Gen {
    const { sched } = this.ctx;
    this.dropCancelledTimers();
    if (this.ready.length === 0 && !this.stopping) {
      const until = this.scheduled[0]?.due ?? null;
      if (until === null || until > sched.now) yield* this.select(until);
    }
    for (let head = this.scheduled[0]; head !== undefined; head = this.scheduled[0]) {
      if ((head.due ?? 0) > sched.now) break;
      heappop(this.scheduled);
      this.ready.push(head);
    }
    const ntodo = this.ready.length;
    if (ntodo === 0) return;
    this.turn++;
    const turn = this.turn;
    sched.emit({ type: 'loop.turn', loop: this.id, turn, ready: this.ready.map((h) => h.id) });
    for (let i = 0; i < ntodo; i++) {
      const handle = this.ready.shift() as AsyncHandle;
      if (handle.cancelled) continue;
      sched.emit({ type: 'handle.run', loop: this.id, handle: handle.id, turn });
      handle.ran = true;
      yield* handle.body();
    }
  }

  private dropCancelledTimers(): void {
    // (CPython rebuilds the heap instead once over 100 timers are half cancelled: not modelled.)
    while (this.scheduled[0]?.cancelled) heappop(this.scheduled);
  }

  /** Nothing ready: the loop's thread waits for its next timer, or for a threadsafe call. */
  private *select(until: number | null): Gen {
    const { ctx } = this;
    const me = ctx.sched.current;
    beginWait(ctx, { call: 'select', on: `loop ${this.id}`, futures: [] }, until);
    me.waitingFor = {
      future: null,
      what: until === null ? 'event loop idle: nothing scheduled' : 'event loop idle',
    };
    this.selecting = true;
    const wake = yield parkAt(until);
    this.selecting = false;
    me.waitingFor = null;
    endWait(ctx, 'select', wake === 'woken');
  }
}

/** `base_events._run_until_complete_cb`: stops the loop once the future is done. */
function runUntilCompleteCb(loop: PyEventLoop): LoopCallable {
  return {
    pyType: 'function',
    name: '_run_until_complete_cb',
    libCallback: '_run_until_complete_cb',
    pyRepr: () => '<function _run_until_complete_cb>',
    invoke: () => loop.stop(),
  };
}
