/**
 * `asyncio.wait_for(aw, timeout)`, as each version writes it. Up to 3.11 the awaitable becomes
 * a Task; the caller awaits a `waiter` future released by whichever comes first, the task's
 * end or a `call_later(timeout, _release_waiter)`; at the timeout the task is cancelled and
 * awaited, then TimeoutError (asyncio's own class before 3.11, the builtin from 3.11) is
 * raised. From 3.12 it is `async with timeout(t): return await aw`: a coroutine runs inline
 * in the caller's task (no new Task), and at the deadline `Timeout._on_timeout` cancels the
 * caller's task; the CancelledError it gets is turned into TimeoutError.
 *
 * @example
 *   yield* py.await(py.asyncio.wait_for(py.asyncio.sleep(10), 1.0)); // TimeoutError at 1 s
 */
import type { SimContext } from '../context';
import type { PyValue } from '../pyvalue';
import type { Gen } from '../thread';
import { finished } from '../thread';
import { PyException } from '../exceptions';
import { fromSeconds } from '../trace';
import type { PyCoroutine } from './coroutine';
import { awaitValue } from './coroutine';
import { libCoroutine } from './libCoroutine';
import { runningLoop } from './running';
import { AsyncFuture } from './future';
import type { LoopCallable } from './callbackText';
import { ensureFuture } from './ensure';
import { ASYNCIO_EXC, asyncioTimeoutError } from './exceptions';
import type { PyEventLoop } from './loop';
import type { PyTask } from './task';

/** `_release_waiter(waiter)`: sets the waiter unless it is done already. */
function releaseWaiter(waiter: AsyncFuture): LoopCallable {
  return {
    pyType: 'function',
    name: '_release_waiter',
    qualname: '_release_waiter',
    libCallback: '_release_waiter',
    pyRepr: () => '<function _release_waiter>',
    invoke: () => {
      if (!waiter.done()) waiter.setResultNow(null);
      return finished(null);
    },
  };
}

/** `_cancel_and_wait(fut)`: cancels `fut` and waits until it is done. */
function* cancelAndWait(ctx: SimContext, loop: PyEventLoop, fut: AsyncFuture): Gen {
  const waiter = new AsyncFuture(loop, 'waiter');
  const cb = releaseWaiter(waiter);
  fut.addCallbackNow(cb);
  try {
    fut.cancelNow();
    yield* awaitValue(ctx, waiter, 'waiter');
  } finally {
    fut.removeCallbackNow(cb);
  }
}

const isCancelled = (e: unknown): e is PyException =>
  e instanceof PyException && e.is(ASYNCIO_EXC.CancelledError);

export function waitForCoroutine(
  ctx: SimContext,
  aw: PyValue,
  timeout: number | null,
): PyCoroutine {
  const args = [aw, timeout];
  const body =
    ctx.opts.version.n >= 12
      ? () => waitFor312(ctx, aw, timeout)
      : () => waitFor38(ctx, aw, timeout);
  return libCoroutine(ctx, 'wait_for', args, body);
}

function timeoutError(ctx: SimContext): PyException {
  return asyncioTimeoutError(ctx.opts.version.n).call();
}

function* waitFor38(ctx: SimContext, aw: PyValue, timeout: number | null): Gen<PyValue> {
  const loop = runningLoop(ctx);
  if (timeout === null) return yield* awaitValue(ctx, aw);
  if (timeout <= 0) {
    const fut = ensureFuture(loop, aw);
    if (fut.done()) return fut.resultNow();
    yield* cancelAndWait(ctx, loop, fut);
    try {
      return fut.resultNow();
    } catch (e) {
      if (isCancelled(e)) ctx.raise(timeoutError(ctx));
      throw e;
    }
  }
  const waiter = new AsyncFuture(loop, 'waiter');
  const timeoutHandle = loop.schedule(
    releaseWaiter(waiter),
    [waiter],
    ctx.sched.now + fromSeconds(timeout),
    {
      via: 'call_later',
    },
  );
  const cb = releaseWaiter(waiter);
  const fut = ensureFuture(loop, aw);
  fut.addCallbackNow(cb);
  try {
    try {
      yield* awaitValue(ctx, waiter, 'waiter');
    } catch (e) {
      if (!isCancelled(e)) throw e;
      if (fut.done()) return fut.resultNow();
      fut.removeCallbackNow(cb);
      yield* cancelAndWait(ctx, loop, fut);
      throw e;
    }
    if (fut.done()) return fut.resultNow();
    fut.removeCallbackNow(cb);
    yield* cancelAndWait(ctx, loop, fut);
    try {
      const v = fut.resultNow();
      // 3.8–3.10 raise TimeoutError even when the task swallowed its cancellation.
      if (ctx.opts.version.n <= 10) ctx.raise(timeoutError(ctx));
      return v;
    } catch (e) {
      if (isCancelled(e)) ctx.raise(timeoutError(ctx));
      throw e;
    }
  } finally {
    timeoutHandle.cancelNow();
  }
}

function* waitFor312(ctx: SimContext, aw: PyValue, timeout: number | null): Gen<PyValue> {
  const loop = runningLoop(ctx);
  if (timeout !== null && timeout <= 0) {
    const fut = ensureFuture(loop, aw);
    if (fut.done()) return fut.resultNow();
    yield* cancelAndWait(ctx, loop, fut);
    try {
      return fut.resultNow();
    } catch (e) {
      if (isCancelled(e)) ctx.raise(timeoutError(ctx));
      throw e;
    }
  }
  // async with timeouts.timeout(timeout):
  const task = loop.currentTask as PyTask;
  const cancelling = task.cancelling();
  let expiring = false;
  const onTimeout: LoopCallable = {
    pyType: 'method',
    name: '_on_timeout',
    qualname: 'Timeout._on_timeout',
    pyRepr: () => '<bound method Timeout._on_timeout>',
    invoke: () => {
      task.cancelNow();
      expiring = true;
      return finished(null);
    },
  };
  const when = timeout === null ? null : ctx.sched.now + fromSeconds(timeout);
  const handle = when === null ? null : loop.schedule(onTimeout, [], when, { via: 'call_at' });
  try {
    return yield* awaitValue(ctx, aw);
  } catch (e) {
    if (expiring && isCancelled(e) && task.uncancel() <= cancelling) ctx.raise(timeoutError(ctx));
    throw e;
  } finally {
    handle?.cancelNow();
  }
}
