/**
 * `asyncio.Future`, as CPython's C `_asyncio.Future` behaves: three states (PENDING,
 * CANCELLED, FINISHED); `set_result`/`set_exception`/`cancel` never run a callback
 * themselves but schedule each done-callback with the loop's `call_soon` (a `handle.schedule`
 * with `via: 'done-callback'`), and so does `add_done_callback` on a future already done;
 * `result()`/`exception()` never block: they raise InvalidStateError while pending.
 *
 * @example
 *   const fut = loop.create_future('fut');
 *   yield* fut.add_done_callback(onDone);   // stored: '<Future pending cb=[on_done() at …:3]>'
 *   yield* fut.set_result(4n);              // schedules on_done for the next turn
 */
import type { PyObject, PyValue } from '../pyvalue';
import type { PyCallable } from '../callable';
import type { Cause } from '../trace';
import type { Gen } from '../thread';
import { finished } from '../thread';
import { PyException } from '../exceptions';
import type { PyExcClass } from '../exceptions';
import { safeRepr } from '../futureRepr';
import { typeName } from '../pyvalue';
import type { PyEventLoop } from './loop';
import { ASYNCIO_EXC } from './exceptions';
import { reprlibRepr } from './reprlib';
import { callbackSource } from './callbackText';
import { runGuarded } from './loopLog';
import type { LoopCallable } from './callbackText';

export type AsyncState = 'PENDING' | 'CANCELLED' | 'FINISHED';

interface Registered {
  fn: PyCallable;
  /** The trace's CallbackId; null for a task's wakeup (told as the task's step instead). */
  id: number | null;
}

/** The bound methods a program may pass as callbacks: `loop.call_later(5, fut.set_result, 4)`. */
export type AsyncFutureMethod = 'set_result' | 'set_exception' | 'cancel';

export class AsyncFuture implements PyObject {
  state: AsyncState = 'PENDING';
  protected value: PyValue = null;
  protected error: PyException | null = null;
  /** `_cancel_message`: what cancel(msg) was given. */
  cancelMessage: PyValue = null;
  /** `_log_traceback`: an exception nobody retrieved (logged when the loop closes). */
  logTraceback = false;
  private callbacks: Registered[] = [];
  readonly id: number;
  readonly hexAddress: string;
  /** The event that completed it: what its scheduled callbacks point at. */
  completion: Cause | null = null;

  constructor(
    readonly loop: PyEventLoop,
    /** The program's variable for it (`fut`), for the UI. */
    readonly varName: string,
    /** `type(f).__name__`: `Future`, `Task`, `_GatheringFuture`. */
    readonly pyType = 'Future',
    /** False for a subclass that tells the trace itself once its own fields are set. */
    announce = true,
  ) {
    const { ctx } = loop;
    this.id = ctx.nextFutureId++;
    this.hexAddress = `0x${ctx.address().toString(16)}`;
    loop.futures.push(this);
    if (announce) this.announce();
  }

  /** "Future exception was never retrieved": what the logger prints when it is collected. */
  unretrievedText(): string | null {
    if (!this.logTraceback || this.error === null) return null;
    const kind = this.pyType === 'Task' ? 'Task' : 'Future';
    return `${kind} exception was never retrieved\nfuture: ${this.pyRepr()}`;
  }

  /** The stored exception (for the log's traceback), without marking it retrieved. */
  storedError(): PyException | null {
    return this.error;
  }

  /** The `future.create` event, with the repr it has when made. */
  protected announce(): void {
    this.ctx.sched.emit({
      type: 'future.create',
      future: this.id,
      name: distinctName(this.ctx, this.varName),
      address: this.hexAddress,
      repr: this.pyRepr(),
      kind: 'asyncio',
    });
  }

  protected get ctx() {
    return this.loop.ctx;
  }

  /** `_future_repr_info`: state, result or exception, callbacks. */
  protected reprInfo(): string[] {
    const info: string[] = [this.state.toLowerCase()];
    if (this.state === 'FINISHED') {
      if (this.error) info.push(`exception=${safeRepr(this.error)}`);
      else info.push(`result=${reprlibRepr(this.value)}`);
    }
    if (this.callbacks.length > 0) info.push(`cb=[${this.callbacksText()}]`);
    return info;
  }

  private callbacksText(): string {
    const cbs = this.callbacks.map(({ fn }) => callbackSource(this.ctx, fn, []));
    if (cbs.length <= 2) return cbs.join(', ');
    return `${cbs[0]}, <${cbs.length - 2} more>, ${cbs[cbs.length - 1]}`;
  }

  pyRepr(): string {
    return `<${this.pyType} ${this.reprInfo().join(' ')}>`;
  }

  done(): boolean {
    return this.state !== 'PENDING';
  }
  cancelled(): boolean {
    return this.state === 'CANCELLED';
  }
  get_loop(): PyEventLoop {
    return this.loop;
  }

  /** `Future._make_cancelled_error()`: CancelledError with the cancel message (3.9+). */
  cancelledError(): PyException {
    const msg = this.cancelMessage;
    return msg === null || this.ctx.opts.version.n < 9
      ? ASYNCIO_EXC.CancelledError.call()
      : ASYNCIO_EXC.CancelledError.call(msg);
  }

  /** result() for the library: the value, or raises (no `yield*`). */
  resultNow(): PyValue {
    if (this.state === 'CANCELLED') return this.ctx.raise(this.cancelledError());
    if (this.state !== 'FINISHED')
      return this.ctx.raise(ASYNCIO_EXC.InvalidStateError.call('Result is not set.'));
    this.logTraceback = false;
    if (this.error) return this.ctx.raise(this.error);
    return this.value;
  }

  /**
   * What `result()` would raise, without raising it (a task's wakeup throws it into the
   * coroutine as it is: the C Task adds no frame to its traceback); null after a result.
   */
  raisedBy(): PyException | null {
    if (this.state === 'CANCELLED') return this.cancelledError();
    this.logTraceback = false;
    return this.error;
  }

  /** exception() for the library. */
  exceptionNow(): PyException | null {
    if (this.state === 'CANCELLED') return this.ctx.raise(this.cancelledError());
    if (this.state !== 'FINISHED')
      return this.ctx.raise(ASYNCIO_EXC.InvalidStateError.call('Exception is not set.'));
    this.logTraceback = false;
    return this.error;
  }

  /** `fut.result()`: never blocks; raises the exception, CancelledError or InvalidStateError. */
  result(): Gen<PyValue> {
    this.ctx.callOp('result');
    return finished(this.resultNow());
  }

  /** `fut.exception()`. */
  exception(): Gen<PyException | null> {
    this.ctx.callOp('exception');
    return finished(this.exceptionNow());
  }

  private complete(to: AsyncState, by: string): void {
    const { sched } = this.ctx;
    const from = this.state;
    this.state = to;
    const outcome =
      to !== 'FINISHED'
        ? null
        : this.error
          ? ({ kind: 'exception', type: this.error.cls.name, repr: safeRepr(this.error) } as const)
          : ({ kind: 'result', type: typeName(this.value), repr: safeRepr(this.value) } as const);
    sched.emit({ type: 'future.state', future: this.id, from, to, repr: this.pyRepr(), outcome });
    this.completion = sched.causeNow(by);
    this.scheduleCallbacks();
  }

  /** `__schedule_callbacks`: every callback goes to the loop's ready queue, in order. */
  private scheduleCallbacks(): void {
    const cbs = this.callbacks;
    this.callbacks = [];
    for (const cb of cbs) this.scheduleOne(cb);
  }

  private scheduleOne({ fn, id }: Registered): void {
    const wakeup = (fn as Partial<TaskWakeup>).wakeupTask;
    if (wakeup) {
      this.loop.schedule(
        fn,
        [this],
        null,
        {
          via: 'task-step',
          cause: this.completion,
          future: this.id,
          task: wakeup.taskId,
          fnName: 'Task.task_wakeup',
        },
        () => wakeup.wakeup(this),
      );
      return;
    }
    const callback = id ?? undefined;
    this.loop.schedule(
      fn,
      [this],
      null,
      {
        via: 'done-callback',
        cause: this.completion,
        future: this.id,
        callback,
      },
      () => this.runCallback(fn, id),
    );
  }

  /** A done-callback's turn: `callback.invoke`, the call, its return (or the logged error). */
  private *runCallback(fn: PyCallable, id: number | null): Gen {
    const { sched } = this.ctx;
    if (id !== null)
      sched.emit({
        type: 'callback.invoke',
        future: this.id,
        callback: id,
        cause: this.completion,
      });
    const handleRepr = `<Handle ${callbackSource(this.ctx, fn, this.ctx.opts.version.n >= 13 ? [] : [this])}>`;
    const exc = yield* runGuarded(this.loop, fn, [this], handleRepr);
    if (id === null) return;
    if (exc === null) sched.emit({ type: 'callback.return', future: this.id, callback: id });
    else
      sched.emit({
        type: 'callback.raise',
        future: this.id,
        callback: id,
        exception: safeRepr(exc),
        logged: true,
      });
  }

  /** `set_result` for the library (no `callOp`). */
  setResultNow(value: PyValue): void {
    if (this.state !== 'PENDING')
      this.ctx.raise(ASYNCIO_EXC.InvalidStateError.call('invalid state'));
    this.value = value;
    this.complete('FINISHED', 'set_result');
  }

  /** `set_exception` for the library. */
  setExceptionNow(exc: PyException | PyExcClass): void {
    if (this.state !== 'PENDING')
      this.ctx.raise(ASYNCIO_EXC.InvalidStateError.call('invalid state'));
    const e = exc instanceof PyException ? exc : exc.call();
    this.error = e;
    this.logTraceback = true;
    this.complete('FINISHED', 'set_exception');
  }

  /** `cancel(msg=None)` for the library: False when already done. */
  cancelNow(msg: PyValue = null): boolean {
    if (this.state !== 'PENDING') return false;
    this.cancelMessage = msg;
    this.complete('CANCELLED', 'cancel');
    return true;
  }

  /** `fut.set_result(value)`: FINISHED; its callbacks are scheduled, none runs now. */
  set_result(value: PyValue): Gen {
    this.ctx.callOp('set_result');
    this.setResultNow(value);
    return finished(undefined);
  }

  /** `fut.set_exception(exc)`. */
  set_exception(exc: PyException | PyExcClass): Gen {
    this.ctx.callOp('set_exception');
    this.setExceptionNow(exc);
    return finished(undefined);
  }

  /** `fut.cancel(msg=None)`: True if it was pending (then CANCELLED, callbacks scheduled). */
  cancel(msg: PyValue = null): Gen<boolean> {
    this.ctx.callOp('cancel');
    return finished(this.cancelNow(msg));
  }

  /** add_done_callback for the library: no trace `callback.add` for a task's wakeup. */
  addCallbackNow(fn: PyCallable): void {
    const isWakeup = (fn as Partial<TaskWakeup>).wakeupTask !== undefined;
    let id: number | null = null;
    if (!isWakeup) {
      id = this.ctx.nextCallbackId++;
      this.ctx.sched.emit({
        type: 'callback.add',
        future: this.id,
        callback: id,
        name: (fn as LoopCallable).qualname ?? fn.name,
        immediate: false,
      });
    }
    if (this.done()) {
      this.completion = this.ctx.sched.causeNow('add_done_callback');
      this.scheduleOne({ fn, id });
    } else this.callbacks.push({ fn, id });
  }

  /** `fut.add_done_callback(fn)`: stored, or scheduled with call_soon if already done. */
  add_done_callback(fn: PyCallable): Gen {
    this.ctx.callOp('add_done_callback');
    this.addCallbackNow(fn);
    return finished(undefined);
  }

  /** remove_done_callback for the library: how many were removed. */
  removeCallbackNow(fn: PyCallable): number {
    const before = this.callbacks.length;
    this.callbacks = this.callbacks.filter((c) => c.fn !== fn);
    return before - this.callbacks.length;
  }

  /** `fut.remove_done_callback(fn)`: removes every registration of `fn`; returns the count. */
  remove_done_callback(fn: PyCallable): Gen<bigint> {
    this.ctx.callOp('remove_done_callback');
    return finished(BigInt(this.removeCallbackNow(fn)));
  }

  /** A bound method as a value: `loop.call_later(5.0, fut.set_result, 4)`. */
  method(name: AsyncFutureMethod): LoopCallable {
    const qualname = `${this.pyType === 'Task' ? 'Task' : 'Future'}.${name}`;
    return {
      pyType: 'builtin_function_or_method',
      name,
      qualname,
      pyRepr: () => `<built-in method ${name} of ${this.pyType} object at ${this.hexAddress}>`,
      invoke: (args) => {
        const [a = null] = args;
        if (name === 'set_result') this.setResultNow(a);
        else if (name === 'set_exception') this.setExceptionNow(a as PyException);
        else return finished(this.cancelNow(a));
        return finished(null);
      },
    };
  }
}

/** A task's `__wakeup`, registered as a done-callback of what the task awaits. */
export interface TaskWakeup extends LoopCallable {
  readonly wakeupTask: { taskId: number; wakeup(fut: AsyncFuture): Gen };
}

/** How many asyncio futures of a run got each name so far: a repeat is told apart with "#n". */
const namesUsed = new WeakMap<object, Map<string, number>>();

/**
 * `name`, or `name #2`, `name #3`… when an earlier asyncio future of the run had it (one task
 * sleeping three times makes three `asyncio.sleep(0.5) · Task-2` futures a learner tells apart).
 */
function distinctName(ctx: object, name: string): string {
  const used = namesUsed.get(ctx) ?? new Map<string, number>();
  namesUsed.set(ctx, used);
  const n = (used.get(name) ?? 0) + 1;
  used.set(name, n);
  return n === 1 ? name : `${name} #${n}`;
}
