/**
 * `asyncio.ensure_future`: a Future or Task stays as it is; a coroutine becomes a new Task on
 * the loop; anything else is a TypeError.
 *
 * @example
 *   const fut = taskFor(loop, coro, null); // Task-2 wrapping coro
 */
import type { PyValue } from '../pyvalue';
import { typeName } from '../pyvalue';
import { EXC } from '../exceptions';
import type { PyEventLoop } from './loop';
import { AsyncFuture } from './future';
import { PyCoroutine } from './coroutine';
import { PyTask } from './task';

export type { Awaitable } from './coroutine';

/** A new Task for a coroutine (`create_task`); a TypeError for anything else. */
export function taskFor(loop: PyEventLoop, coro: PyValue, name: string | null): PyTask {
  if (!(coro instanceof PyCoroutine))
    return loop.ctx.raise(EXC.TypeError.call(`a coroutine was expected, got ${repr(coro)}`));
  return new PyTask(loop, coro, name);
}

/** `ensure_future(aw)`: the future itself, or a Task for a coroutine. */
export function ensureFuture(loop: PyEventLoop, aw: PyValue): AsyncFuture {
  if (aw instanceof AsyncFuture) return aw;
  if (aw instanceof PyCoroutine) return new PyTask(loop, aw, null);
  return loop.ctx.raise(
    EXC.TypeError.call(`An asyncio.Future, a coroutine or an awaitable is required`),
  );
}

function repr(v: PyValue): string {
  return v !== null && typeof v === 'object' && 'pyRepr' in v ? v.pyRepr() : typeName(v);
}
