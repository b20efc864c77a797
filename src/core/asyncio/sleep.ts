/**
 * `asyncio.sleep(delay, result=None)`: a coroutine that, for a positive delay, creates a
 * future, schedules `_set_result_unless_cancelled` with `call_later(delay, …)` and awaits it;
 * for 0 or less it yields once (the task's next step is scheduled with call_soon).
 *
 * @example
 *   yield* py.await(py.asyncio.sleep(5.0)); // the task suspends; the loop idles 5 s
 */
import type { SimContext } from '../context';
import type { PyValue } from '../pyvalue';
import { repr } from '../pyrepr';
import type { Gen } from '../thread';
import { finished } from '../thread';
import type { PyCoroutine } from './coroutine';
import { awaitValue, yieldTurn } from './coroutine';
import { libCoroutine } from './libCoroutine';
import { runningLoop } from './running';
import { AsyncFuture } from './future';
import type { LoopCallable } from './callbackText';
import { fromSeconds } from '../trace';

export function sleepCoroutine(
  ctx: SimContext,
  delay: number,
  result: PyValue = null,
): PyCoroutine {
  const label = `asyncio.sleep(${repr(delay)})`;
  const args = result === null ? [delay] : [delay, result];
  return libCoroutine(ctx, 'sleep', args, function* (): Gen<PyValue> {
    if (delay <= 0) {
      yield* yieldTurn(ctx, label);
      return result;
    }
    const loop = runningLoop(ctx);
    // Named by its task too: three tasks sleeping 5.0 s are three futures a learner tells apart.
    const task = loop.currentTask;
    const future = new AsyncFuture(loop, task ? `${label} · ${task.name}` : label);
    const setUnlessCancelled: LoopCallable = {
      pyType: 'function',
      name: '_set_result_unless_cancelled',
      qualname: '_set_result_unless_cancelled',
      pyRepr: () => '<function _set_result_unless_cancelled>',
      invoke: () => {
        if (!future.cancelled()) future.setResultNow(result);
        return finished(null);
      },
    };
    const h = loop.schedule(
      setUnlessCancelled,
      [future, result],
      ctx.sched.now + fromSeconds(delay),
      {
        via: 'call_later',
      },
    );
    try {
      return yield* awaitValue(ctx, future, label);
    } finally {
      h.cancelNow();
    }
  });
}
