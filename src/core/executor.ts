/**
 * A small `ThreadPoolExecutor` (spec §11): `submit` returns a PENDING Future; up to
 * `max_workers` worker threads named `ThreadPoolExecutor-{k}_{i}` (or `{prefix}_{i}`) are
 * started lazily; a worker calls `set_running_or_notify_cancel()`, then the function, then
 * `set_result` / `set_exception` (any BaseException is stored, printed nowhere).
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
import { park } from './scheduler';
import { PyFuture } from './future';
import { EXC, PyException } from './exceptions';

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
  private readonly prefix: string;
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

  private stopIdleWorkers(): void {
    this.shutdownCalled = true;
    for (const w of this.idle.splice(0)) this.ctx.sched.wake(w);
  }

  /** `submit(fn, *args)`: a new PENDING future; wakes an idle worker or starts one. */
  // eslint-disable-next-line require-yield -- uniform generator API; never parks
  *submit(fn: PyCallable, ...args: PyValue[]): Gen<PyFuture> {
    const { ctx } = this;
    ctx.callOp('submit');
    if (this.shutdownCalled)
      ctx.raise(EXC.RuntimeError.call('cannot schedule new futures after shutdown'));
    const future = new PyFuture(ctx, `${fn.name}()`);
    this.queue.push({ future, fn, args });
    const idle = this.idle.shift();
    if (idle) ctx.sched.wake(idle);
    else if (this.workers.length < this.maxWorkers) this.startWorker();
    return future;
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
    for (;;) {
      const item = this.queue.shift();
      if (!item) {
        if (this.shutdownCalled) return;
        this.idle.push(me);
        me.waitingFor = { future: null, what: 'idle worker: waiting for work' };
        yield* park(null);
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

  /** `shutdown(wait=True)`: no new work; idle workers exit; waits for all workers. */
  *shutdown(wait = true): Gen {
    const { ctx } = this;
    ctx.callOp('shutdown');
    this.stopIdleWorkers();
    if (!wait) return;
    const me = ctx.sched.current;
    for (const w of this.workers) {
      while (!w.finished) {
        w.joiners.push(me);
        me.waitingFor = { future: null, what: `shutdown(): joining ${w.name}` };
        yield* park(null);
        me.waitingFor = null;
      }
    }
  }

  pyRepr(): string {
    return `<concurrent.futures.thread.ThreadPoolExecutor object at ${this.hexAddress}>`;
  }
}
