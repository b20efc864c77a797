/**
 * `asyncio.run(main)`: a new loop set as the thread's current one; `main` becomes the first
 * Task and runs to completion; then, as CPython's runner closes: every task still pending is
 * cancelled and gathered, `shutdown_asyncgens()` runs as a task, and from 3.9
 * `shutdown_default_executor()` too (a thread joins the default pool's workers); the loop
 * is closed and the current loop unset.
 *
 * @example
 *   yield* py.asyncio.run(py.callAsync(main)); // Task-1 runs main(); the result is returned
 */
import type { SimContext } from '../context';
import type { PyValue } from '../pyvalue';
import type { Gen } from '../thread';
import { finished } from '../thread';
import { EXC } from '../exceptions';
import { repr } from '../pyrepr';
import { PyEventLoop } from './loop';
import { PyCoroutine } from './coroutine';
import { libCoroutine } from './libCoroutine';
import { gather } from './gather';
import { asyncioState } from './state';
import { maybeRunningLoop } from './running';

export function* asyncioRun(ctx: SimContext, main: PyValue): Gen<PyValue> {
  ctx.callOp('run');
  if (maybeRunningLoop(ctx) !== null)
    ctx.raise(EXC.RuntimeError.call('asyncio.run() cannot be called from a running event loop'));
  if (!(main instanceof PyCoroutine))
    ctx.raise(EXC.ValueError.call(`a coroutine was expected, got ${repr(main)}`));
  const st = asyncioState(ctx);
  const me = ctx.sched.current;
  const loop = new PyEventLoop(ctx);
  st.current.set(me, loop);
  try {
    const runner = ctx.opts.version.n >= 11;
    ctx.pushLib('asyncio_run');
    if (runner) ctx.pushLib('asyncio_runner_run');
    try {
      return yield* loop.run_until_complete(main);
    } finally {
      ctx.popFrame();
      if (runner) ctx.popFrame();
    }
  } finally {
    try {
      yield* cancelAllTasks(ctx, loop);
      const asyncgens = libCoroutine(ctx, 'BaseEventLoop.shutdown_asyncgens', [], () =>
        finished(null),
      );
      yield* loop.run_until_complete(asyncgens);
      if (ctx.opts.version.n >= 9) {
        const shutdown = libCoroutine(ctx, 'BaseEventLoop.shutdown_default_executor', [], () =>
          loop.shutdownDefaultExecutor(),
        );
        yield* loop.run_until_complete(shutdown);
      }
    } finally {
      st.current.set(me, null);
      yield* loop.close();
      loop.logUnretrieved();
    }
  }
}

/** `runners._cancel_all_tasks`: cancel what is left, run until all have ended, log their errors. */
function* cancelAllTasks(ctx: SimContext, loop: PyEventLoop): Gen {
  const toCancel = [...loop.tasks];
  if (toCancel.length === 0) return;
  for (const task of toCancel) task.cancelNow();
  yield* loop.run_until_complete(gather(ctx, () => loop, toCancel, true));
  for (const task of toCancel) {
    if (task.cancelled()) continue;
    const exc = task.exceptionNow();
    if (exc !== null)
      loop.logError(
        `unhandled exception during asyncio.run() shutdown\ntask: ${task.pyRepr()}`,
        exc,
      );
  }
}
