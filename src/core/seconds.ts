/**
 * Virtual time as people read it, in one place: seconds the way Python prints a float
 * (`5.0`, `0.25`, `5.013`), and the countdown on a sleeping lane.
 *
 * @example
 *   formatSeconds(5_000_000);    // '5.0'
 *   formatSeconds(5_013_200, 3); // '5.013'
 *   countdown(1_234_567);        // '1.3'
 *   timeLeft(1_234_567);         // '1.3 s left'
 *   timeLeft(20);                // 'due'
 */
import type { VirtualUs } from './trace';

/**
 * Seconds rounded to `decimals` places (0 to 6; by default 6, the microsecond), printed as Python
 * prints a float: one decimal at least, no trailing zeros beyond it.
 */
export function formatSeconds(t: VirtualUs | number, decimals = 6): string {
  const scale = 10 ** decimals;
  // Rounded in whole units of 10^-decimals s, so a half unit always rounds up.
  const s = Math.round(t / (1_000_000 / scale)) / scale;
  return Number.isInteger(s) ? s.toFixed(1) : String(s);
}

/** A countdown to one decimal, rounded up so it reads 0.0 only when the time is up. */
export const countdown = (t: VirtualUs | number): string =>
  (Math.ceil(t / 100_000) / 10).toFixed(1);

/**
 * Under this a Timer is *due now*: CPython wakes Timers 1–50 ms late (spec T-4) and may fire
 * ones due within 50 ms of each other in either order (P-3), so a smaller gap is not a wait.
 */
export const DUE_NOW_US = 50_000;

/**
 * What is left of a wait, for a lane or a tooltip: `'1.3 s left'`, or `'due'` when under
 * DUE_NOW_US remain (the countdown's round-up read "0.1 s left" for a Timer due now).
 *
 * @example timeLeft(until - t); // 'due'
 */
export const timeLeft = (t: VirtualUs | number): string =>
  t < DUE_NOW_US ? 'due' : `${countdown(t)} s left`;
