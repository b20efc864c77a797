/**
 * A trace's console as lines, and which lines of one console differ from another's: the
 * difference a "What if" shows between a program and its variation.
 *
 * @example
 *   printedLines(trace);                                   // ['Result is: 9', 'Result is: 16', 'Result is: 4']
 *   changedIndexes(['a', 'b'], ['a', 'c', 'd']);         // [1, 2]
 */
import type { Trace } from '../../core/trace';

/** Every printed line in order: stdout, stderr and a notebook's `Out[n]:` displays. */
export function printedLines(trace: Trace): string[] {
  let text = '';
  for (const e of trace.events) {
    if (e.type === 'stdout' || e.type === 'stderr') text += e.text;
    else if (e.type === 'display') text += `Out[${e.cell}]: ${e.text}\n`;
  }
  const lines = text.split('\n');
  // A final newline ends the last line; it does not start an empty one.
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Indexes of `after` whose line is not the one `before` had at the same place. */
export function changedIndexes(before: readonly string[], after: readonly string[]): number[] {
  return after.flatMap((line, i) => (before[i] === line ? [] : [i]));
}

/**
 * 1-based lines of `after` that are not in `before`, by a longest common subsequence, so a
 * line inserted or removed elsewhere does not mark everything below it.
 *
 * @example changedSourceLines('a\nb\nc\n', 'a\nB\nc\n') // [2]
 */
export function changedSourceLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const changed: number[] = [];
  let i = 0;
  let j = 0;
  while (j < b.length) {
    if (i < a.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else {
      if (b[j] !== '') changed.push(j + 1);
      j++;
    }
  }
  return changed;
}
