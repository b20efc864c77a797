/**
 * Virtual time as people read it, in one place: seconds the way Python prints a float
 * (`5.0`, `0.25`, `5.013`), and the countdown on a sleeping lane.
 *
 * @example
 *   formatSeconds(5_000_000);    // '5.0'
 *   formatSeconds(5_013_200, 3); // '5.013'
 *   countdown(1_234_567);        // '1.3'
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
