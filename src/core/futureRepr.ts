/**
 * How a Future describes itself: its `repr` (`<Future at 0x… state=finished returned int>`,
 * spec R-1..R-4) and the outcome a `future.state` event records for the UI.
 *
 * @example
 *   futureRepr('<Future at 0x7f… state=', 'FINISHED', null, 4n); // '<Future at 0x7f… state=finished returned int>'
 *   futureOutcome('FINISHED', null, 4n); // { kind: 'result', type: 'int', repr: '4' }
 */
import type { FutureState, Outcome } from './trace';
import type { PyValue } from './pyvalue';
import { typeName } from './pyvalue';
import { repr } from './pyrepr';
import { PyException } from './exceptions';
import type { PyExcClass } from './exceptions';

/** `_STATE_TO_DESCRIPTION_MAP`: both cancelled states read `cancelled`. */
const DESCRIPTION: Record<FutureState, string> = {
  PENDING: 'pending',
  RUNNING: 'running',
  CANCELLED: 'cancelled',
  CANCELLED_AND_NOTIFIED: 'cancelled',
  FINISHED: 'finished',
};

/** What a future holds once it is done: the stored exception (instance or class), or none. */
export type StoredError = PyException | PyExcClass | null;

/** A repr that never throws (an int over 4300 digits cannot be converted). */
export function safeRepr(v: PyValue): string {
  try {
    return repr(v);
  } catch {
    return `<${typeName(v)} too large to show>`;
  }
}

/**
 * `Future.__repr__`, after `head` (`<Future at 0x… state=`, the part that never changes).
 * A finished future names only the type of its result or exception, never the value.
 */
export function futureRepr(
  head: string,
  state: FutureState,
  error: StoredError,
  value: PyValue,
): string {
  // join(): one flat string for the trace to keep (`+` keeps a tree of pieces).
  if (state !== 'FINISHED') return [head, DESCRIPTION[state], '>'].join('');
  const how = error ? ' raised ' : ' returned ';
  const what = error ? (error instanceof PyException ? error.cls.name : 'type') : typeName(value);
  return [head, 'finished', how, what, '>'].join('');
}

/** How a finished future ended, for the trace; null while it is not FINISHED. */
export function futureOutcome(
  state: FutureState,
  error: StoredError,
  value: PyValue,
): Outcome | null {
  if (state !== 'FINISHED') return null;
  if (error instanceof PyException) {
    return { kind: 'exception', type: error.cls.name, repr: safeRepr(error) };
  }
  if (error) return { kind: 'exception', type: 'type', repr: error.pyRepr() };
  return { kind: 'result', type: typeName(value), repr: safeRepr(value) };
}
