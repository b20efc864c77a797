/**
 * `events.get_running_loop()` and friends: which loop runs on the current thread.
 *
 * @example
 *   const loop = runningLoop(ctx); // raises RuntimeError('no running event loop') outside one
 */
import type { SimContext } from '../context';
import { EXC } from '../exceptions';
import type { PyEventLoop } from './loop';
import { asyncioState } from './state';

/** The loop running on this thread, or null. */
export function maybeRunningLoop(ctx: SimContext): PyEventLoop | null {
  return asyncioState(ctx).running.get(ctx.sched.current) ?? null;
}

/** `asyncio.get_running_loop()`: raises RuntimeError('no running event loop') outside one. */
export function runningLoop(ctx: SimContext): PyEventLoop {
  const loop = maybeRunningLoop(ctx);
  if (loop === null) return ctx.raise(EXC.RuntimeError.call('no running event loop'));
  return loop;
}
