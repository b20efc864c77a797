/**
 * `concurrent.futures.Future`, rule by rule as CPython 3.8+ behaves (spec §1–§5): five
 * states, done-callbacks run in registration order on the thread that completes the future,
 * at once on the caller's thread when it is already done, raising callbacks logged on
 * stderr, `result()`/`exception()` blocking in virtual time with an optional timeout.
 *
 * Methods that may run callbacks or block are generators (`yield*` them); the predicates are
 * plain methods.
 *
 * @example
 *   const fut = new PyFuture(ctx, 'fut1');
 *   yield* fut.add_done_callback(cb);
 *   yield* fut.set_result(4n);       // runs cb on this thread
 *   const v = yield* fut.result();   // 4n
 */
import type { Cause, FutureId, FutureState } from './trace';
import { fromSeconds } from './trace';
import { beginWait, endWait } from './blocking';
import type { PyObject, PyValue } from './pyvalue';
import { EXC, PyException } from './exceptions';
import type { PyExcClass } from './exceptions';
import type { LibSite } from './frames';
import type { SimContext } from './context';
import type { PyCallable } from './callable';
import { SimThread, finished } from './thread';
import { parkAt } from './scheduler';
import type { Gen, Wake } from './thread';
import type { StoredError } from './futureRepr';
import { futureOutcome, futureRepr } from './futureRepr';
import { runDoneCallback } from './doneCallback';
import type { FutureMethodName } from './futureMethod';
import { futureMethod } from './futureMethod';

export class PyFuture implements PyObject {
  state: FutureState = 'PENDING';
  private value: PyValue = null;
  private error: StoredError = null;
  private readonly callbacks: { fn: PyCallable; id: number }[] = [];
  private readonly waiters: SimThread[] = [];
  /** `wait()`/`as_completed()` listeners: told when the future counts as done for them (W-2). */
  private listeners: Set<() => void> | null = null;
  readonly id: FutureId;
  readonly address: number;
  /** `hex(id(f))`, computed once. */
  readonly hexAddress: string;
  /** `<Future at 0x… state=`: the part of the repr that never changes, built once. */
  private readonly reprHead: string;
  /** The event that completed it (set_result, set_exception, cancel): what its wakes point at. */
  private completion: Cause | null = null;

  constructor(
    private readonly ctx: SimContext,
    /** The program's variable for it (`fut1`), for the UI. */
    readonly varName: string,
    /** `type(f).__name__`: `Future`, or a subclass's name. */
    readonly pyType = 'Future',
  ) {
    this.id = ctx.nextFutureId++;
    this.address = ctx.address();
    // join() builds flat strings: the trace keeps them, and `+` would keep a tree of pieces.
    this.hexAddress = ['0x', this.address.toString(16)].join('');
    this.reprHead = `<${pyType} at ${this.hexAddress} state=`;
    ctx.sched.emit({
      type: 'future.create',
      future: this.id,
      name: varName,
      address: this.hexAddress,
      repr: this.pyRepr(),
    });
  }

  /** `<Future at 0x… state=…>`. */
  pyRepr(): string {
    return futureRepr(this.reprHead, this.state, this.error, this.value);
  }

  /** A bound method as a value: `Timer(0.1, fut.set_result, args=(7,))`. */
  method(name: FutureMethodName): PyCallable {
    return futureMethod(this, name);
  }

  /** Registers a `wait()`/`as_completed()` listener. */
  listen(fn: () => void): void {
    // Made on first use: few futures are waited on, and a Set is costly to make per future.
    (this.listeners ??= new Set()).add(fn);
  }
  unlisten(fn: () => void): void {
    this.listeners?.delete(fn);
  }
  /** Done as `wait()` counts it: FINISHED or CANCELLED_AND_NOTIFIED, not plain CANCELLED (W-2). */
  doneForWait(): boolean {
    return this.state === 'FINISHED' || this.state === 'CANCELLED_AND_NOTIFIED';
  }
  /** Finished with an exception (for FIRST_EXCEPTION). */
  raisedException(): boolean {
    return this.state === 'FINISHED' && this.error !== null;
  }
  private notifyListeners(): void {
    // A copy: a listener may unlisten itself. Most futures have none: no copy then.
    if (this.listeners === null || this.listeners.size === 0) return;
    for (const fn of [...this.listeners]) fn();
  }

  cancelled(): boolean {
    return this.state === 'CANCELLED' || this.state === 'CANCELLED_AND_NOTIFIED';
  }
  running(): boolean {
    return this.state === 'RUNNING';
  }
  private finished(): boolean {
    return this.state === 'FINISHED';
  }
  done(): boolean {
    return this.cancelled() || this.state === 'FINISHED';
  }

  private moveTo(to: FutureState, by: string | null = null): void {
    const from = this.state;
    this.state = to;
    const outcome = futureOutcome(to, this.error, this.value);
    const { sched } = this.ctx;
    sched.emit({
      type: 'future.state',
      future: this.id,
      from,
      to,
      repr: this.pyRepr(),
      outcome,
    });
    if (by !== null) this.completion = sched.causeNow(by);
  }

  /** What woke a thread waiting on this future, or ran its callbacks: the completing event. */
  completedBy(): Cause | null {
    return this.completion;
  }

  /** Returns False when RUNNING or FINISHED; otherwise cancels, runs the callbacks, True (S-4). */
  *cancel(): Gen<boolean> {
    this.ctx.callOp('cancel');
    if (this.state === 'RUNNING' || this.state === 'FINISHED') return false;
    if (this.cancelled()) return true;
    this.moveTo('CANCELLED', 'cancel');
    yield* this.complete('cancel.invoke');
    return true;
  }

  /** S-5: PENDING → RUNNING (True), CANCELLED → CANCELLED_AND_NOTIFIED (False), else logs and raises. */
  // eslint-disable-next-line require-yield -- uniform generator API; never parks
  *set_running_or_notify_cancel(): Gen<boolean> {
    this.ctx.callOp('set_running_or_notify_cancel');
    if (this.state === 'CANCELLED') {
      this.moveTo('CANCELLED_AND_NOTIFIED', 'cancel');
      this.notifyListeners();
      return false;
    }
    if (this.state === 'PENDING') {
      this.moveTo('RUNNING');
      return true;
    }
    this.ctx.log(
      'CRITICAL',
      'concurrent.futures',
      `Future ${this.address} in unexpected state: ${this.state}`,
    );
    return this.ctx.raiseAt(
      'set_running.raise',
      EXC.RuntimeError.call('Future in unexpected state'),
    );
  }

  /** C-1: stores the value, runs the callbacks here, then wakes blocked threads (P-2). */
  *set_result(value: PyValue): Gen {
    this.ctx.callOp('set_result');
    this.checkSettable('set_result.raise');
    this.value = value;
    this.moveTo('FINISHED', 'set_result');
    yield* this.complete('set_result.invoke');
  }

  /** C-2: as set_result, storing an exception instance (or class) as it is. */
  *set_exception(exc: PyException | PyExcClass): Gen {
    this.ctx.callOp('set_exception');
    this.checkSettable('set_exception.raise');
    this.error = exc;
    this.moveTo('FINISHED', 'set_exception');
    yield* this.complete('set_exception.invoke');
  }

  private checkSettable(site: LibSite): void {
    if (this.done()) {
      const msg = `${this.state}: ${this.pyRepr()}`;
      this.ctx.raiseAt(site, EXC.InvalidStateError.call(msg));
    }
  }

  /** Callbacks first, then the blocked threads: the visualizer's fixed order (spec P-2). */
  private *complete(site: LibSite): Gen {
    this.ctx.pushLib(site);
    try {
      // In registration order; the loop is here, not in a generator of its own (one less per call).
      for (const { fn, id } of this.callbacks)
        yield* runDoneCallback(this.ctx, this, fn, id, 'invoke_callbacks', this.completion);
    } finally {
      this.ctx.popFrame();
      if (this.waiters.length > 0)
        for (const w of this.waiters.splice(0)) this.ctx.sched.wake(w, this.completion);
      // cancel() wakes result() waiters only; wait()'s waiters hear of it via set_running_or_notify_cancel.
      if (this.state === 'FINISHED') this.notifyListeners();
    }
  }

  /** CB-1/CB-2: stores `fn`, or calls it now on this thread when the future is done. */
  add_done_callback(fn: PyCallable): Gen {
    this.ctx.callOp('add_done_callback');
    const id = this.ctx.nextCallbackId++;
    const immediate = this.done();
    this.ctx.sched.emit({
      type: 'callback.add',
      future: this.id,
      callback: id,
      name: fn.name,
      immediate,
    });
    if (!immediate) {
      this.callbacks.push({ fn, id });
      // Stored, nothing runs: no generator needed.
      return finished(undefined);
    }
    const added = this.ctx.sched.causeNow('add_done_callback');
    return runDoneCallback(this.ctx, this, fn, id, 'add_done_callback', added);
  }

  /** G-1..G-3: the value, or raises the stored exception / CancelledError / TimeoutError. */
  result(timeout: number | null = null): Gen<PyValue> {
    this.ctx.callOp('result');
    // Already finished with a value (the usual callback's f.result()): nothing can park or raise.
    if (this.state === 'FINISHED' && !this.error) return finished(this.value);
    return this.resultSlow(timeout);
  }

  private *resultSlow(timeout: number | null): Gen<PyValue> {
    if (this.cancelled()) this.ctx.raiseAt('result.cancelled', EXC.CancelledError.call());
    if (this.state === 'FINISHED') return this.getResult('result.get');
    yield* this.waitDone('result', timeout);
    if (this.cancelled()) this.ctx.raiseAt('result.cancelled_waited', EXC.CancelledError.call());
    // The state may have changed while this thread was parked.
    if (this.finished()) return this.getResult('result.get_waited');
    return this.ctx.raiseAt('result.timeout', this.ctx.timeoutError.call());
  }

  /** The stored exception (never raised), None after a result; blocks like `result()`. */
  *exception(timeout: number | null = null): Gen<PyException | PyExcClass | null> {
    this.ctx.callOp('exception');
    if (this.cancelled()) this.ctx.raiseAt('exception.cancelled', EXC.CancelledError.call());
    if (this.state === 'FINISHED') return this.error;
    yield* this.waitDone('exception', timeout);
    if (this.cancelled()) this.ctx.raiseAt('exception.cancelled_waited', EXC.CancelledError.call());
    if (this.finished()) return this.error;
    return this.ctx.raiseAt('exception.timeout', this.ctx.timeoutError.call());
  }

  private getResult(site: LibSite): PyValue {
    if (!this.error) return this.value;
    // `return self.__get_result()` → `raise self._exception`: both frames show in the traceback.
    this.ctx.pushLib(site);
    try {
      return this.ctx.raiseAt('get_result', this.error);
    } finally {
      this.ctx.popFrame();
    }
  }

  /** Blocks the current thread until done or until `timeout` seconds pass (≤ 0: no wait). */
  private *waitDone(method: 'result' | 'exception', timeout: number | null): Gen {
    if (timeout !== null && timeout <= 0) return;
    const { sched } = this.ctx;
    const thread = sched.current;
    const until = timeout === null ? null : sched.now + fromSeconds(timeout);
    beginWait(this.ctx, { call: method, on: this.varName, futures: [this.id] }, until);
    thread.waitingFor = { future: this.id, what: `${method}() on ${this.varName}` };
    this.waiters.push(thread);
    const wake = (yield parkAt(until)) as Wake;
    thread.waitingFor = null;
    const i = this.waiters.indexOf(thread);
    if (i >= 0) this.waiters.splice(i, 1);
    endWait(this.ctx, method, wake === 'woken');
  }
}
