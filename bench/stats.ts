/**
 * The few statistics the bench prints, and its rounding (figures are read by people).
 *
 * @example
 *   percentile([16.6, 16.7, 33.3], 95); // 33.3
 *   round1(16.66);                       // 16.7
 */

/** The nearest-rank percentile: a value that was measured, never an interpolated one. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export const median = (values: number[]) => percentile(values, 50);
export const round1 = (ms: number) => Math.round(ms * 10) / 10;
export const round2 = (ms: number) => Math.round(ms * 100) / 100;
