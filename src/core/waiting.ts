/**
 * `concurrent.futures.wait()` and `as_completed()` (spec §10), blocking in virtual time.
 * Only FINISHED and CANCELLED_AND_NOTIFIED futures count as done (W-2).
 *
 * @example
 *   const r = yield* py.wait([a, b], 0.01);            // DoneAndNotDoneFutures(done={…}, not_done={…})
 *   const it = py.as_completed([a, b], 5);
 *   for (let f = yield* it.next(); f; f = yield* it.next()) …
 */
import type { PyObject } from './pyvalue';
import type { PyFuture } from './future';
import type { SimContext } from './context';
import type { Gen, SimThread } from './thread';
import { park } from './scheduler';
import { fromSeconds } from './trace';
import { beginWait, endWait } from './blocking';

export type ReturnWhen = 'FIRST_COMPLETED' | 'FIRST_EXCEPTION' | 'ALL_COMPLETED';

const setRepr = (fs: readonly PyFuture[]) =>
  fs.length === 0 ? 'set()' : `{${fs.map((f) => f.pyRepr()).join(', ')}}`;

/** The named tuple `wait()` returns. Set order follows the input (CPython's is by hash). */
export class DoneAndNotDone implements PyObject {
  readonly pyType = 'DoneAndNotDoneFutures';
  constructor(
    readonly done: readonly PyFuture[],
    readonly not_done: readonly PyFuture[],
  ) {}
  pyRepr(): string {
    return `DoneAndNotDoneFutures(done=${setRepr(this.done)}, not_done=${setRepr(this.not_done)})`;
  }
}

const unique = (fs: readonly PyFuture[]) => [...new Set(fs)];

/** The trace's words for the futures a wait()/as_completed() waits on. */
const waitOn = (call: 'wait' | 'as_completed', fs: readonly PyFuture[]) => ({
  call,
  on: fs.map((f) => f.varName).join(', '),
  futures: fs.map((f) => f.id),
});

/**
 * Parks the current thread until one of `fs` reports done-for-wait, or `until`. The caller
 * tells the trace the wait began and ended (one wait may park several times).
 */
function* waitForAny(
  ctx: SimContext,
  fs: readonly PyFuture[],
  until: number | null,
): Gen<'done' | 'timeout'> {
  const { sched } = ctx;
  const me = sched.current;
  const listeners = fs.map((f) => () => sched.wake(me, f.completedBy()));
  me.waitingFor = {
    future: fs[0]?.id ?? null,
    what: `wait() on ${fs.map((f) => f.varName).join(', ')}`,
  };
  fs.forEach((f, i) => f.listen(listeners[i]!));
  const w = yield* park(until);
  fs.forEach((f, i) => f.unlisten(listeners[i]!));
  me.waitingFor = null;
  return w === 'woken' ? 'done' : 'timeout';
}

/** `wait(fs, timeout=None, return_when=ALL_COMPLETED)`. */
export function* pyWait(
  ctx: SimContext,
  fs: readonly PyFuture[],
  timeout: number | null = null,
  returnWhen: ReturnWhen = 'ALL_COMPLETED',
): Gen<DoneAndNotDone> {
  ctx.callOp('wait');
  const all = unique(fs);
  const until = timeout === null ? null : ctx.sched.now + fromSeconds(Math.max(0, timeout));
  // CPython waits once on a waiter that fires when the condition holds: one wait in the trace.
  let waiting = false;
  for (;;) {
    const done = all.filter((f) => f.doneForWait());
    const notDone = all.filter((f) => !f.doneForWait());
    const satisfied =
      notDone.length === 0 ||
      (returnWhen === 'FIRST_COMPLETED' && done.length > 0) ||
      (returnWhen === 'FIRST_EXCEPTION' && done.some((f) => f.raisedException()));
    if (satisfied || (until !== null && ctx.sched.now >= until)) {
      if (waiting) endWait(ctx, 'wait', satisfied);
      return new DoneAndNotDone(done, notDone);
    }
    if (!waiting) beginWait(ctx, waitOn('wait', notDone), until);
    waiting = true;
    if ((yield* waitForAny(ctx, notDone, until)) === 'timeout') {
      endWait(ctx, 'wait', false);
      return new DoneAndNotDone(
        all.filter((f) => f.doneForWait()),
        all.filter((f) => !f.doneForWait()),
      );
    }
  }
}

/**
 * `as_completed(fs, timeout=None)`: `next()` gives the next future to complete (those already
 * done first, in input order), null at the end, or raises TimeoutError at the deadline. As
 * CPython's waiter does, it hears of every completion from the start, so a future that finishes
 * while the loop body runs is given next without a wait.
 */
export class AsCompleted {
  private readonly pending: PyFuture[];
  private readonly total: number;
  private readonly until: number | null;
  private readonly finished: PyFuture[];
  /** Done since the last look, in completion order (CPython's `waiter.finished_futures`). */
  private arrived: PyFuture[] = [];
  /** The thread parked in `next()`, if one is. */
  private waiter: SimThread | null = null;

  constructor(
    private readonly ctx: SimContext,
    fs: readonly PyFuture[],
    timeout: number | null,
  ) {
    ctx.callOp('as_completed');
    const all = unique(fs);
    this.total = all.length;
    this.until = timeout === null ? null : ctx.sched.now + fromSeconds(Math.max(0, timeout));
    this.finished = all.filter((f) => f.doneForWait());
    this.pending = all.filter((f) => !f.doneForWait());
    for (const f of this.pending) {
      const heard = () => {
        f.unlisten(heard);
        this.arrived.push(f);
        if (this.waiter) ctx.sched.wake(this.waiter, f.completedBy());
      };
      f.listen(heard);
    }
  }

  /** Moves what has arrived to the futures to give, in completion order. */
  private collect(): void {
    for (const f of this.arrived) {
      const i = this.pending.indexOf(f);
      if (i >= 0) this.pending.splice(i, 1);
      this.finished.push(f);
    }
    this.arrived = [];
  }

  *next(): Gen<PyFuture | null> {
    const { ctx } = this;
    for (;;) {
      const ready = this.finished.shift();
      if (ready) return ready;
      this.collect();
      if (this.finished.length > 0) continue;
      if (this.pending.length === 0) return null;
      if (this.until !== null && ctx.sched.now >= this.until) this.timeout();
      const me = ctx.sched.current;
      const what = waitOn('as_completed', this.pending);
      beginWait(ctx, what, this.until);
      me.waitingFor = { future: what.futures[0] ?? null, what: `as_completed() on ${what.on}` };
      this.waiter = me;
      const wake = yield* park(this.until);
      this.waiter = null;
      me.waitingFor = null;
      endWait(ctx, 'as_completed', wake === 'woken');
      this.collect();
      if (wake !== 'woken' && this.finished.length === 0) this.timeout();
    }
  }

  private timeout(): never {
    const msg = `${this.pending.length} (of ${this.total}) futures unfinished`;
    return this.ctx.raiseAt('as_completed.timeout', this.ctx.timeoutError.call(msg));
  }
}
