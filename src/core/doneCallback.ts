/**
 * Running one done-callback (spec CB-1..CB-6): on the current thread, inside the library
 * frame that calls it (`_invoke_callbacks`, or `add_done_callback` for a future already
 * done). An `Exception` it raises is logged on stderr as `exception calling callback for
 * <Future …>` with its traceback, and the next callback still runs; a `BaseException` that
 * is not an `Exception` (KeyboardInterrupt, SystemExit) escapes.
 *
 * @example
 *   yield* runDoneCallback(ctx, future, fn, id, 'invoke_callbacks');
 */
import type { SimContext } from './context';
import type { PyCallable } from './callable';
import type { PyFuture } from './future';
import type { LibSite } from './frames';
import type { Gen } from './thread';
import type { Cause } from './trace';
import { EXC, PyException } from './exceptions';
import { safeRepr } from './futureRepr';

export function* runDoneCallback(
  ctx: SimContext,
  future: PyFuture,
  fn: PyCallable,
  callback: number,
  site: LibSite,
  /** What made it run: the future's completion, or the add itself when already done. */
  cause: Cause | null,
): Gen {
  const { sched } = ctx;
  sched.emit({ type: 'callback.invoke', future: future.id, callback, cause });
  const depth = ctx.pushLib(site);
  try {
    yield* fn.invoke([future]);
    sched.emit({ type: 'callback.return', future: future.id, callback });
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    const logged = e.is(EXC.Exception);
    sched.emit({
      type: 'callback.raise',
      future: future.id,
      callback,
      exception: safeRepr(e),
      logged,
    });
    if (!logged) throw e;
    ctx.logException(
      'concurrent.futures',
      `exception calling callback for ${future.pyRepr()}`,
      e,
      depth,
    );
  } finally {
    ctx.popFrame();
  }
}
