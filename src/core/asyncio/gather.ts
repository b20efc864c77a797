/**
 * `asyncio.gather(*aws, return_exceptions=False)`: each coroutine becomes a Task (in argument
 * order), every child gets the `_done_callback`, and the returned `_GatheringFuture` finishes
 * with the results in argument order once all are done, or with the first exception (or
 * CancelledError) as soon as one child fails unless `return_exceptions`. Cancelling it cancels
 * the children.
 *
 * @example
 *   const all = gather(ctx, [py.callAsync(f, 1n), py.callAsync(f, 2n)]);
 *   const results = yield* py.await(all, 'gather(…)'); // [1, 4]
 */
import type { SimContext } from '../context';
import type { PyValue } from '../pyvalue';
import { PyException } from '../exceptions';
import { finished } from '../thread';
import type { PyEventLoop } from './loop';
import { AsyncFuture } from './future';
import { ensureFuture } from './ensure';
import { ASYNCIO_EXC } from './exceptions';
import type { LoopCallable } from './callbackText';

export class GatheringFuture extends AsyncFuture {
  /** A child was cancelled through this future: it ends with CancelledError whatever happens. */
  cancelRequested = false;
  constructor(
    loop: PyEventLoop,
    readonly children: readonly AsyncFuture[],
    name: string,
  ) {
    super(loop, name, '_GatheringFuture');
  }

  override cancelNow(msg: PyValue = null): boolean {
    if (this.done()) return false;
    let ret = false;
    for (const child of this.children) if (child.cancelNow(msg)) ret = true;
    if (ret) this.cancelRequested = true;
    return ret;
  }
}

/** The CancelledError a cancelled child puts in the results list: `CancelledError('')` from 3.9. */
function childCancelled(ctx: SimContext, fut: AsyncFuture): PyException {
  if (ctx.opts.version.n <= 8) return ASYNCIO_EXC.CancelledError.call();
  return ASYNCIO_EXC.CancelledError.call(fut.cancelMessage ?? '');
}

export function gather(
  ctx: SimContext,
  loopFor: () => PyEventLoop,
  aws: readonly PyValue[],
  returnExceptions = false,
  name = 'gather(…)',
): GatheringFuture {
  if (aws.length === 0) {
    const outer = new GatheringFuture(loopFor(), [], name);
    outer.setResultNow([]);
    return outer;
  }
  let outer: GatheringFuture | null = null;
  let nfinished = 0;
  const children: AsyncFuture[] = [];
  const seen = new Map<PyValue, AsyncFuture>();
  let loop: PyEventLoop | null = null;
  const doneCallback: LoopCallable = {
    pyType: 'function',
    name: '_done_callback',
    qualname: 'gather.<locals>._done_callback',
    libCallback: 'gather.<locals>._done_callback',
    pyRepr: () => '<function gather.<locals>._done_callback>',
    invoke: (args) => {
      const fut = args[0] as AsyncFuture;
      nfinished++;
      if (outer === null || outer.done()) {
        if (!fut.cancelled()) fut.exceptionNow();
        return finished(null);
      }
      if (!returnExceptions) {
        if (fut.cancelled()) {
          outer.setExceptionNow(
            ctx.opts.version.n <= 8 ? ASYNCIO_EXC.CancelledError.call() : fut.cancelledError(),
          );
          return finished(null);
        }
        const exc = fut.exceptionNow();
        if (exc !== null) {
          outer.setExceptionNow(exc);
          return finished(null);
        }
      }
      if (nfinished === seen.size) {
        const results: PyValue[] = children.map((f) => {
          if (f.cancelled()) return childCancelled(ctx, f);
          return f.exceptionNow() ?? f.resultNow();
        });
        if (outer.cancelRequested)
          outer.setExceptionNow(
            ctx.opts.version.n <= 8 ? ASYNCIO_EXC.CancelledError.call() : fut.cancelledError(),
          );
        else outer.setResultNow(results);
      }
      return finished(null);
    },
  };
  for (const aw of aws) {
    let fut = seen.get(aw);
    if (fut === undefined) {
      fut = ensureFuture(loop ?? loopFor(), aw);
      loop ??= fut.loop;
      seen.set(aw, fut);
      fut.addCallbackNow(doneCallback);
    }
    children.push(fut);
  }
  outer = new GatheringFuture(loop as PyEventLoop, children, name);
  return outer;
}
