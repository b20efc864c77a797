/**
 * How every bench section prints a figure: value, unit, budget, and PASS / FAIL, or INFO
 * for a figure without a budget, or N/A with the reason when it cannot be measured (never
 * a made-up number).
 *
 * @example
 *   printFigure({ name: 'first-load JS (gzip)', value: 61.2, unit: 'kB' });
 *   printFigure({ name: 'ratio to bare page', value: 1.12, unit: '×', budget: 1.35 });
 */
export interface Figure {
  name: string;
  /** null when the figure cannot be measured; `note` then says why. */
  value: number | null;
  unit: string;
  /** The largest value that passes; absent for figures reported without a budget. */
  budget?: number;
  note?: string;
}

export type Verdict = 'PASS' | 'FAIL' | 'INFO' | 'N/A';

/** A figure with a budget that cannot be measured fails: an unmeasured budget is not met. */
export function verdict(figure: Figure): Verdict {
  if (figure.value === null) return figure.budget === undefined ? 'N/A' : 'FAIL';
  if (figure.budget === undefined) return 'INFO';
  return figure.value <= figure.budget ? 'PASS' : 'FAIL';
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 100 ? 2 : 1);
}

/** Prints one line and returns whether the figure is within budget (or has none). */
export function printFigure(figure: Figure): boolean {
  const result = verdict(figure);
  const value = figure.value === null ? 'n/a' : `${format(figure.value)} ${figure.unit}`;
  const budget =
    figure.budget === undefined ? '' : `  (budget ≤ ${format(figure.budget)} ${figure.unit})`;
  const note = figure.note ? `  — ${figure.note}` : '';
  console.log(`  ${result.padEnd(4)}  ${figure.name.padEnd(58)} ${value}${budget}${note}`);
  return result !== 'FAIL';
}

/** Prints a section's figures; true when every budget is met. */
export function printFigures(figures: Figure[]): boolean {
  return figures.map(printFigure).every(Boolean);
}
