import { us, type VirtualUs } from '../core/trace';

/**
 * The whole run's axis domain in µs: a little past the end, so the last labels have room, and
 * at least 1.1 s, so a run that ends at once still has an axis. The zoom window's "Fit".
 *
 * @example domainOf(5_014_000); // ≈ 5_515_400
 */
export const domainOf = (end: number): number => Math.max(end, 1_000_000) * 1.1;

/**
 * The timeline's horizontal scale: virtual time → percent of the track width. The domain runs
 * a little past the end so the last labels have room.
 *
 * @example
 *   const x = timeScale(5_014_000); x.pct(2_507_000); // ≈ 45.5
 */
export function timeScale(end: number) {
  const domain = domainOf(end);
  const step = niceStep(domain / 1_000_000);
  const ticks: number[] = [];
  for (let s = 0; s * 1_000_000 <= domain; s += step) ticks.push(Math.round(s * 1e6));
  return {
    domain,
    /** Percent of the track for time `t` (µs). */
    pct: (t: number) => (Math.min(Math.max(t, 0), domain) / domain) * 100,
    /** The moment at a fraction 0..1 of the track, to the microsecond. */
    at: (fraction: number): VirtualUs => us(Math.min(Math.max(fraction, 0), 1) * domain),
    /** Axis ticks in µs, every `step` seconds. */
    ticks,
    step,
  };
}

/** A tick spacing of 1, 2 or 5 × 10^k seconds giving at most about eight ticks. */
function niceStep(seconds: number): number {
  const raw = seconds / 8;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw) return m * pow;
  return 10 * pow;
}

/** The timeline's scale, as built by `timeScale`. */
export type TimeScale = ReturnType<typeof timeScale>;
