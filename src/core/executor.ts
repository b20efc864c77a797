/**
 * A small `ThreadPoolExecutor` (spec §11): `submit` returns a PENDING Future; up to
 * `max_workers` worker threads named `ThreadPoolExecutor-{k}_{i}` (or `{prefix}_{i}`) are
 * started lazily; a worker calls `set_running_or_notify_cancel()`, then the function, then
 * `set_result` / `set_exception` (any BaseException is stored, printed nowhere). An idle worker
 * waits for work (a `work` wait in the trace); shutdown wakes one idle worker, and each worker
 * that exits wakes the next, as CPython's `None` sentinel passes from worker to worker.
 *
 * @example
 *   const ex = py.ThreadPoolExecutor(1);
 *   const a = yield* ex.submit(task, 1n);
 *   yield* ex.shutdown();
 */
import type { PyObject, PyValue } from './pyvalue';
import type { PyCallable } from './callable';
import type { SimContext } from './context';
import type { Gen } from './thread';
import { SimThread } from './thread';
import { park, parkAt } from './scheduler';
import { PyFuture } from './future';
import { EXC, PyException } from './exceptions';
import { beginWait, endWait } from './blocking';
import { ExecutorMap } from './executorMap';

interface WorkItem {
  future: PyFuture;
  fn: PyCallable;
  args: PyValue[];
}

export class PyThreadPoolExecutor implements PyObject {
  readonly pyType = 'ThreadPoolExecutor';
  private readonly queue: WorkItem[] = [];
  private readonly workers: SimThread[] = [];
  private readonly idle: SimThread[] = [];
  private shutdownCalled = false;
  /** The workers' name prefix, and what the trace's waits on this pool are `on`. */
  readonly prefix: string;
  /** `hex(id(executor))`: taken once, when the object is made, as CPython allocates it then. */
  private readonly hexAddress: string;

  constructor(
    private readonly ctx: SimContext,
    readonly maxWorkers: number,
    prefix: string | null = null,
  ) {
    // Only executors without a prefix take a number from the class-wide counter (E-2).
    this.prefix = prefix ?? `ThreadPoolExecutor-${ctx.nextExecutorNumber++}`;
    this.hexAddress = `0x${ctx.objectAddress().toString(16)}`;
    // concurrent.futures.thread._python_exit: at interpreter exit idle workers end.
    ctx.sched.atMainExit.push(() => this.stopIdleWorkers());
  }

  /** No new work; the first idle worker is told to exit (it tells the next). */
  private stopIdleWorkers(): void {
    this.shutdownCalled = true;
    this.wakeNextIdle();
  }

  private wakeNextIdle(): void {
    const w = this.idle.shift();
    if (w) this.ctx.sched.wake(w, this.ctx.sched.causeNow('shutdown()'));
  }

  /**
   * `submit(fn, *args)`: a new PENDING future, named `fut{n}` as the trace numbers futures
   * (see `submitAs` for `fut = ex.submit(…)`); wakes an idle worker or starts one.
   */
  submit(fn: PyCallable, ...args: PyValue[]): Gen<PyFuture> {
    return this.submitAs(`fut${this.ctx.nextFutureId}`, fn, ...args);
  }

  /**
   * `name = ex.submit(fn, *args)`: the future takes the program's variable name. A worker it
   * starts runs first, until it parks: CPython's `Thread.start()` waits for the new thread to
   * signal that it has started.
   */
  *submitAs(name: string, fn: PyCallable, ...args: PyValue[]): Gen<PyFuture> {
    const { ctx } = this;
    ctx.callOp('submit');
    if (this.shutdownCalled)
      ctx.raise(EXC.RuntimeError.call('cannot schedule new futures after shutdown'));
    const future = new PyFuture(ctx, name);
    this.queue.push({ future, fn, args });
    ctx.sched.emit({
      type: 'executor.submit',
      future: future.id,
      executor: this.prefix,
      fn: fn.name,
    });
    const idle = this.idle.shift();
    if (idle) ctx.sched.wake(idle, ctx.sched.causeNow('submit()'));
    else if (this.workers.length < this.maxWorkers) {
      this.startWorker();
      yield parkAt(ctx.sched.now);
    }
    return future;
  }

  /** `executor.map(fn, items)`: every job is submitted now; results come back in call order. */
  *map(fn: PyCallable, items: readonly PyValue[], timeout: number | null = null): Gen<ExecutorMap> {
    const futures: PyFuture[] = [];
    for (const item of items) futures.push(yield* this.submit(fn, item));
    return new ExecutorMap(this.ctx, futures, timeout);
  }

  private startWorker(): void {
    const { ctx } = this;
    const name = `${this.prefix}_${this.workers.length}`;
    // Non-daemon from 3.9 (spec E-2); joined at exit either way.
    const t = new SimThread(name, 'worker', ctx.opts.version.n <= 8, ctx.ident());
    this.workers.push(t);
    ctx.sched.emit({ type: 'thread.start', kind: 'worker', daemon: t.daemon }, t);
    ctx.sched.spawn(t, this.work(t));
  }

  private *work(me: SimThread): Gen {
    const { ctx } = this;
    for (;;) {
      const item = this.queue.shift();
      if (!item) {
        if (this.shutdownCalled) return this.wakeNextIdle();
        this.idle.push(me);
        me.waitingFor = { future: null, what: 'idle worker: waiting for work' };
        beginWait(ctx, { call: 'work', on: this.prefix, futures: [] }, null);
        yield* park(null);
        endWait(ctx, 'work', true);
        me.waitingFor = null;
        continue;
      }
      if (!(yield* item.future.set_running_or_notify_cancel())) continue;
      let value: PyValue = null;
      try {
        value = yield* item.fn.invoke(item.args);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        yield* item.future.set_exception(e);
        continue;
      }
      yield* item.future.set_result(value);
    }
  }

  /** `shutdown(wait=True)`: no new work; idle workers exit; one wait until every worker ended. */
  *shutdown(wait = true): Gen {
    const { ctx } = this;
    ctx.callOp('shutdown');
    this.stopIdleWorkers();
    if (!wait) return;
    const me = ctx.sched.current;
    let waiting = false;
    for (const w of this.workers) {
      while (!w.finished) {
        if (!waiting) beginWait(ctx, { call: 'shutdown', on: this.prefix, futures: [] }, null);
        waiting = true;
        w.joiners.push(me);
        me.waitingFor = { future: null, what: `shutdown(): joining ${w.name}` };
        yield* park(null);
        me.waitingFor = null;
      }
    }
    if (waiting) endWait(ctx, 'shutdown', true);
  }

  pyRepr(): string {
    return `<concurrent.futures.thread.ThreadPoolExecutor object at ${this.hexAddress}>`;
  }
}
