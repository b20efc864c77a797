/**
 * `asyncio.as_completed(aws, timeout=None)`: every awaitable becomes a future (coroutines a
 * Task, in argument order), each with the `_on_completion` callback that puts it in a queue;
 * the iterator hands out one `_wait_for_one()` coroutine per future, and awaiting the k-th
 * gives the k-th future to complete (its result, or its exception raised). At the timeout the
 * remaining ones raise TimeoutError.
 *
 * @example
 *   for (const next of py.asyncio.as_completed([t1, t2])) yield* py.print(yield* py.await(next));
 */
import type { SimContext } from '../context';
import type { PyValue } from '../pyvalue';
import type { Gen } from '../thread';
import { finished } from '../thread';
import { fromSeconds } from '../trace';
import type { PyCoroutine } from './coroutine';
import { awaitValue } from './coroutine';
import { libCoroutine } from './libCoroutine';
import { maybeRunningLoop } from './running';
import { AsyncFuture } from './future';
import type { LoopCallable } from './callbackText';
import { ensureFuture } from './ensure';
import { asyncioTimeoutError } from './exceptions';
import type { PyEventLoop } from './loop';
import type { AsyncHandle } from './handle';

export function asCompleted(
  ctx: SimContext,
  aws: readonly PyValue[],
  timeout: number | null,
  loopFor: () => PyEventLoop = () => maybeRunningLoop(ctx) as PyEventLoop,
): PyCoroutine[] {
  const loop = loopFor();
  const unique = [...new Set(aws)];
  const todo = new Set(unique.map((aw) => ensureFuture(loop, aw)));
  /** The `done` Queue: completed futures, or null for the timeout. */
  const queue: (AsyncFuture | null)[] = [];
  const getters: AsyncFuture[] = [];
  let timeoutHandle: AsyncHandle | null = null;
  const wakeNext = () => {
    while (getters.length > 0) {
      const g = getters.shift() as AsyncFuture;
      if (!g.done()) {
        g.setResultNow(null);
        break;
      }
    }
  };
  const onCompletion: LoopCallable = {
    pyType: 'function',
    name: '_on_completion',
    qualname: 'as_completed.<locals>._on_completion',
    libCallback: 'as_completed.<locals>._on_completion',
    pyRepr: () => '<function as_completed.<locals>._on_completion>',
    invoke: (args) => {
      const f = args[0] as AsyncFuture;
      if (todo.size === 0) return finished(null);
      todo.delete(f);
      queue.push(f);
      wakeNext();
      if (todo.size === 0 && timeoutHandle !== null) timeoutHandle.cancelNow();
      return finished(null);
    },
  };
  const onTimeout: LoopCallable = {
    pyType: 'function',
    name: '_on_timeout',
    qualname: 'as_completed.<locals>._on_timeout',
    pyRepr: () => '<function as_completed.<locals>._on_timeout>',
    invoke: () => {
      for (const f of todo) {
        f.removeCallbackNow(onCompletion);
        queue.push(null);
        wakeNext();
      }
      todo.clear();
      return finished(null);
    },
  };
  for (const f of todo) f.addCallbackNow(onCompletion);
  if (todo.size > 0 && timeout !== null)
    timeoutHandle = loop.schedule(onTimeout, [], ctx.sched.now + fromSeconds(timeout), {
      via: 'call_later',
    });
  const waitForOne = function* (): Gen<PyValue> {
    while (queue.length === 0) {
      const getter = new AsyncFuture(loop, 'getter');
      getters.push(getter);
      yield* awaitValue(ctx, getter, 'as_completed(…)');
    }
    const f = queue.shift() as AsyncFuture | null;
    if (f === null) return ctx.raise(asyncioTimeoutError(ctx.opts.version.n).call());
    return f.resultNow();
  };
  return unique.map(() => libCoroutine(ctx, 'as_completed.<locals>._wait_for_one', [], waitForOne));
}
