import { readFileSync } from 'node:fs';
import { SEED_PATH } from '../scenarios/seed';

/**
 * The seed's notebook as `In [n]` → the output lines printed under it, parsed from the seed
 * text itself (no copied strings): a cell's code runs until a blank line followed by an
 * unindented paragraph; that first unindented paragraph is its output; prose after it is not.
 *
 * @example seedOutputs().get(13) // ['Result is: 4', 'Result is: 9', 'Result is: 16']
 */
export function seedOutputs(path = SEED_PATH): Map<number, string[]> {
  const text = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const parts = text.split(/^In \[(\d+)\]:\n/m);
  const outputs = new Map<number, string[]>();
  for (let i = 1; i < parts.length; i += 2) {
    const n = Number(parts[i]);
    const paragraphs = parts[i + 1]!.split(/\n[ \t]*\n/).filter((p) => p.trim() !== '');
    // Paragraphs after the first that start indented are still code (blank lines in a def).
    let k = 1;
    while (k < paragraphs.length && /^[ \t]/.test(paragraphs[k]!)) k++;
    const out = paragraphs[k];
    outputs.set(n, out === undefined ? [] : out.trimEnd().split('\n'));
  }
  return outputs;
}
