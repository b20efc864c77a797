/**
 * Console lines as a printed sheet shows them: the text of each line, a value IPython displays
 * with its `Out[n]:` prompt, as the Console panel shows it.
 *
 * @example
 *   sheetConsoleLines(consoleLinesAt(runScenario('future-by-hand').trace, Infinity)).at(-1);
 *   // "Out[6]: 'Hello'"
 */
import type { ConsoleLine } from '../store/selectors/consoleLinesAt';

export function sheetConsoleLines(lines: readonly ConsoleLine[]): string[] {
  return lines.map((l) => (l.stream === 'display' ? `Out[${l.cell}]: ${l.text}` : l.text));
}
