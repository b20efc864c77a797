/**
 * The iterator `executor.map` returns: each `next()` waits in `result()` of the next future in
 * call order, however the jobs finish; the ones left are cancelled if it stops early (a
 * timeout or an exception raised by a job).
 *
 * @example
 *   const results = yield* ex.map(work, [3n, 1n, 2n]);
 *   for (let r = yield* results.next(); r; r = yield* results.next()) yield* py.print(r.value);
 */
import type { SimContext } from './context';
import type { PyFuture } from './future';
import type { PyValue } from './pyvalue';
import type { Gen } from './thread';
import { fromSeconds, toSeconds, us } from './trace';

export class ExecutorMap {
  private next_ = 0;
  private readonly end: number | null;

  constructor(
    private readonly ctx: SimContext,
    private readonly futures: readonly PyFuture[],
    timeout: number | null,
  ) {
    this.end = timeout === null ? null : ctx.sched.now + fromSeconds(timeout);
  }

  /** The next result in call order, or null when every future has been given. */
  *next(): Gen<{ value: PyValue } | null> {
    const future = this.futures[this.next_++];
    if (!future) return null;
    const left = this.end === null ? null : toSeconds(us(this.end - this.ctx.sched.now));
    try {
      return { value: yield* future.result(left) };
    } catch (e) {
      // _result_or_cancel cancels this one, then result_iterator's finally the ones left, last first.
      yield* future.cancel();
      for (const f of this.futures.slice(this.next_).reverse()) yield* f.cancel();
      throw e;
    }
  }
}
