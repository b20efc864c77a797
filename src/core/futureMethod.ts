/**
 * A Future's bound method as a Python value, for programs that pass one where a callable
 * goes: `threading.Timer(0.1, fut.set_result, args=(7,))`. Its repr is CPython's
 * `<bound method Future.set_result of <Future at 0x… state=pending>>`.
 *
 * @example
 *   const t = py.Timer(0.1, fut.method('set_result'), [7n]);
 */
import type { PyCallable } from './callable';
import type { PyException } from './exceptions';
import type { PyFuture } from './future';
import type { PyValue } from './pyvalue';
import type { Gen } from './thread';

export type FutureMethodName = 'set_result' | 'set_exception' | 'cancel' | 'result';

export function futureMethod(future: PyFuture, name: FutureMethodName): PyCallable {
  return {
    pyType: 'method',
    name,
    pyRepr: () => `<bound method Future.${name} of ${future.pyRepr()}>`,
    invoke: (args) => callMethod(future, name, args),
  };
}

function* callMethod(
  future: PyFuture,
  name: FutureMethodName,
  args: readonly PyValue[],
): Gen<PyValue> {
  const [a = null] = args;
  if (name === 'set_result') yield* future.set_result(a);
  else if (name === 'set_exception') yield* future.set_exception(a as PyException);
  else if (name === 'cancel') return yield* future.cancel();
  else return yield* future.result(typeof a === 'number' ? a : null);
  return null;
}
