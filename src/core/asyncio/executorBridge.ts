/**
 * Threads meet the loop: `loop.run_in_executor` submits to a ThreadPoolExecutor (the loop's
 * default one: `asyncio_0`, `asyncio_1`, … from 3.9, `ThreadPoolExecutor-N_i` on 3.8) and
 * `wrap_future` chains the concurrent future to an asyncio one. The pool's future completes on
 * its worker thread, whose done-callback `_call_set_state` calls `call_soon_threadsafe` on the
 * loop: a handle scheduled from the worker, which wakes the loop if it waits in select.
 *
 * @example
 *   const fut = yield* loop.run_in_executor(null, blocking, 2n); // an asyncio Future
 *   const v = yield* py.await(fut, 'fut');
 */
import type { PyCallable } from '../callable';
import type { PyValue } from '../pyvalue';
import type { Gen } from '../thread';
import { finished } from '../thread';
import { PyFuture } from '../future';
import { PyThreadPoolExecutor } from '../executor';
import { PyPlainThread } from '../pythread';
import { PyException } from '../exceptions';
import type { PyEventLoop } from './loop';
import { AsyncFuture } from './future';
import type { LoopCallable } from './callbackText';
import { awaitValue } from './coroutine';

/** `min(32, os.cpu_count() + 4)` with a cpu_count of 4: the default pool's size. */
export const DEFAULT_EXECUTOR_WORKERS = 8;

export function* runInExecutor(
  loop: PyEventLoop,
  executor: PyThreadPoolExecutor | null,
  fn: PyCallable,
  args: readonly PyValue[],
): Gen<AsyncFuture> {
  const { ctx } = loop;
  let ex = executor;
  if (ex === null) {
    ex = loop.defaultExecutor;
    if (ex === null) {
      const prefix = ctx.opts.version.n >= 9 ? 'asyncio' : null;
      ex = new PyThreadPoolExecutor(ctx, DEFAULT_EXECUTOR_WORKERS, prefix);
      loop.defaultExecutor = ex;
    }
  }
  const cfut = yield* ex.submitAs(`fut${ctx.nextFutureId}`, fn, ...args);
  return yield* wrapFuture(loop, cfut);
}

function lib(
  name: string,
  libCallback: LoopCallable['libCallback'],
  invoke: (args: readonly PyValue[]) => Gen<PyValue>,
): LoopCallable {
  return {
    pyType: 'function',
    name,
    qualname: name,
    libCallback,
    pyRepr: () => `<function ${name}>`,
    invoke,
  };
}

/** `asyncio.wrap_future(cfut)`: an asyncio future that completes (on the loop) as `cfut` does. */
export function* wrapFuture(loop: PyEventLoop, source: PyValue): Gen<AsyncFuture> {
  if (source instanceof AsyncFuture) return source;
  if (!(source instanceof PyFuture))
    throw new Error('wrap_future needs a concurrent.futures.Future');
  // Its own name: the asyncio future that mirrors the pool's future is a second object.
  const dest = new AsyncFuture(loop, `${source.varName} · asyncio`);
  const setState = lib('_set_state', undefined, function* () {
    if (dest.cancelled()) return null;
    if (source.cancelled()) dest.cancelNow();
    else {
      const exc = yield* source.exception();
      if (exc) dest.setExceptionNow(exc as PyException);
      else dest.setResultNow(yield* source.result());
    }
    return null;
  });
  const checkCancel = lib(
    '_call_check_cancel',
    '_chain_future.<locals>._call_check_cancel',
    function* () {
      if (dest.cancelled()) yield* source.cancel();
      return null;
    },
  );
  const callSetState = lib('_call_set_state', '_chain_future.<locals>._call_set_state', () => {
    if (dest.cancelled() && loop.is_closed()) return finished(null);
    loop.threadsafe(setState, [dest, source]);
    return finished(null);
  });
  dest.addCallbackNow(checkCancel);
  yield* source.add_done_callback(callSetState);
  return dest;
}

/**
 * `loop.shutdown_default_executor()` (3.9+): a thread `_do_shutdown` shuts the pool down
 * (waiting for its workers), then sets a future with `call_soon_threadsafe`; the coroutine
 * awaits that future and joins the thread.
 */
export function* shutdownDefaultExecutor(loop: PyEventLoop): Gen<PyValue> {
  const ex = loop.defaultExecutor;
  if (ex === null) return null;
  const future = new AsyncFuture(loop, 'future');
  const doShutdown = lib('_do_shutdown', undefined, function* () {
    yield* ex.shutdown(true);
    if (!loop.is_closed()) loop.threadsafe(future.method('set_result'), [null]);
    return null;
  });
  const thread = new PyPlainThread(loop.ctx, doShutdown, [], null);
  yield* thread.start();
  try {
    yield* awaitValue(loop.ctx, future, 'future');
  } finally {
    yield* thread.join();
  }
  return null;
}
