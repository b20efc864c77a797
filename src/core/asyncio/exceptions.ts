/**
 * asyncio's exception classes (module `asyncio.exceptions` from 3.8): `CancelledError` is a
 * BaseException, `InvalidStateError` an Exception, and `asyncio.TimeoutError` its own class
 * until 3.10 but the builtin `TimeoutError` from 3.11.
 *
 * @example
 *   ctx.raise(ASYNCIO_EXC.InvalidStateError.call('Result is not set.'));
 */
import { EXC, PyExcClass } from '../exceptions';

const c = (name: string, base: PyExcClass) => new PyExcClass(name, 'asyncio.exceptions', base);

export const ASYNCIO_EXC = {
  CancelledError: c('CancelledError', EXC.BaseException),
  InvalidStateError: c('InvalidStateError', EXC.Exception),
  /** `asyncio.TimeoutError` on 3.8–3.10 (3.11+: the builtin TimeoutError). */
  TimeoutError310: c('TimeoutError', EXC.Exception),
} as const;

/** `asyncio.TimeoutError` on the target version: what `wait_for` raises. */
export function asyncioTimeoutError(minor: number): PyExcClass {
  return minor >= 11 ? EXC.TimeoutError : ASYNCIO_EXC.TimeoutError310;
}
