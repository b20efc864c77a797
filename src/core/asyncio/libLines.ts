/**
 * Where asyncio's own callbacks are defined, per CPython version: the `at <file>:<line>` a
 * future's repr prints for them (`cb=[_run_until_complete_cb() at …/base_events.py:180]`).
 * Read from the 3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1 and 3.13.0 sources; 3.14 was not
 * available here and takes 3.13's lines (unverified).
 *
 * @example
 *   libCallbackSite('_run_until_complete_cb', 11) // { file: 'asyncio/base_events.py', line: 180 }
 */

/** asyncio's internal done-callbacks that show in reprs. */
export type LibCallback =
  | '_run_until_complete_cb'
  | '_release_waiter'
  | 'gather.<locals>._done_callback'
  | 'as_completed.<locals>._on_completion'
  | '_chain_future.<locals>._call_check_cancel'
  | '_chain_future.<locals>._call_set_state';

/** Lines for 3.8 … 3.13 in that order. */
const LINES: Record<LibCallback, [string, readonly number[]]> = {
  _run_until_complete_cb: ['base_events.py', [184, 184, 184, 180, 180, 182]],
  _release_waiter: ['tasks.py', [429, 416, 387, 431, 467, 454]],
  'gather.<locals>._done_callback': ['tasks.py', [769, 767, 720, 764, 767, 820]],
  'as_completed.<locals>._on_completion': ['tasks.py', [518, 509, 475, 519, 534, 521]],
  '_chain_future.<locals>._call_check_cancel': ['futures.py', [360, 384, 385, 387, 387, 386]],
  '_chain_future.<locals>._call_set_state': ['futures.py', [367, 391, 392, 394, 394, 393]],
};

/** The file (below the stdlib directory) and line where `name` is defined on 3.`minor`. */
export function libCallbackSite(name: LibCallback, minor: number): { file: string; line: number } {
  const [file, lines] = LINES[name];
  const line = lines[Math.min(Math.max(minor - 8, 0), lines.length - 1)] as number;
  return { file: `asyncio/${file}`, line };
}
