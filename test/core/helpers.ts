/**
 * Test helpers: run a DSL body as a program, and build futures in each of CPython's states
 * the way CPython's own tests do (`util.py`: PENDING_FUTURE, RUNNING_FUTURE, …).
 */
import type { Gen, Py, PyFuture, SimulateOptions, Trace } from '../../src/core';
import { simulate } from '../../src/core';

/** Simulates `body` as a program whose source is `source` (default: empty lines). */
export function run(
  body: (py: Py) => Gen,
  options: SimulateOptions = {},
  source = '\n'.repeat(40),
): Trace {
  return simulate({ source, main: body }, options);
}

export type StateName =
  'PENDING' | 'RUNNING' | 'CANCELLED' | 'CANCELLED_AND_NOTIFIED' | 'EXCEPTION' | 'SUCCESSFUL';

/** A future in the given state, reached through the public API (as `create_future` does). */
export function* futureIn(py: Py, state: StateName): Gen<PyFuture> {
  const f = py.Future(`${state.toLowerCase()}_future`);
  if (state === 'RUNNING') yield* f.set_running_or_notify_cancel();
  if (state === 'CANCELLED' || state === 'CANCELLED_AND_NOTIFIED') yield* f.cancel();
  if (state === 'CANCELLED_AND_NOTIFIED') yield* f.set_running_or_notify_cancel();
  if (state === 'EXCEPTION') yield* f.set_exception(py.exc.OSError.call());
  if (state === 'SUCCESSFUL') yield* f.set_result(42n);
  return f;
}

/** Runs `body` and returns what it returned (for assertions outside the simulation). */
export function outcome<T>(
  body: (py: Py) => Gen<T>,
  options: SimulateOptions = {},
): { value: T; trace: Trace } {
  let value: T | undefined;
  const trace = run(function* (py) {
    value = yield* body(py);
  }, options);
  return { value: value as T, trace };
}
