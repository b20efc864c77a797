/**
 * asyncio's own coroutines (`sleep`, `wait_for`, `shutdown_default_executor`, …) as coroutine
 * objects the core can await or wrap in a Task, with the names CPython's reprs give them.
 *
 * @example
 *   const coro = libCoroutine(ctx, 'sleep', [5.0], function* () { … });
 */
import type { SimContext } from '../context';
import type { PyValue } from '../pyvalue';
import type { Gen } from '../thread';
import { PyAsyncFunction, PyCoroutine } from './coroutine';

/** A coroutine object for library code: `<coroutine object sleep at 0x…>`. */
export function libCoroutine(
  ctx: SimContext,
  qualname: string,
  args: readonly PyValue[],
  body: () => Gen<PyValue>,
): PyCoroutine {
  const name = qualname.slice(qualname.lastIndexOf('.') + 1);
  const fn = new PyAsyncFunction(ctx, name, 0, body, qualname, 0);
  return new PyCoroutine(ctx, fn, args, body);
}
