/**
 * Reads the seed notebook text into its cells: `In [n]`'s code, and the output printed under it. Tests compare against this,
 * never against strings copied from the seed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface SeedCell {
  n: number;
  code: string;
  /** The output block under the cell (lines joined with '\n'), or '' when it prints nothing. */
  output: string;
}

/** The project's shared seed, when this checkout sits beside it (it does on the team's machine). */
export const SHARED_SEED = resolve(__dirname, '../../../shared/seeds/000_e862a3b52115f259.txt');
/** A verbatim copy kept in the repository so a fresh clone can run these tests. */
export const SEED_COPY = resolve(__dirname, 'fixtures/000_e862a3b52115f259.txt');
/** The shared seed where this checkout sits beside it, else the copy (a test keeps them equal). */
export const SEED_PATH = existsSync(SHARED_SEED) ? SHARED_SEED : SEED_COPY;

/** Parses the seed: code runs until a blank line followed by a non-indented line; the output is the next paragraph. */
export function readSeedCells(path = SEED_PATH): Map<number, SeedCell> {
  const lines = readFileSync(path, 'utf8').split('\n');
  const cells = new Map<number, SeedCell>();
  for (let i = 0; i < lines.length; i++) {
    const header = /^In \[(\d+)\]:$/.exec(lines[i] ?? '');
    if (!header) continue;
    let j = i + 1;
    const code: string[] = [];
    // A blank line inside a def (followed by an indented line) still belongs to the code.
    while (j < lines.length && !(lines[j]?.trim() === '' && !/^\s/.test(lines[j + 1] ?? ''))) {
      code.push(lines[j] ?? '');
      j++;
    }
    j++;
    const output: string[] = [];
    if (!/^In \[\d+\]:$/.test(lines[j] ?? '')) {
      while (j < lines.length && (lines[j] ?? '').trim() !== '') output.push(lines[j++] ?? '');
    }
    cells.set(Number(header[1]), {
      n: Number(header[1]),
      code: code.join('\n'),
      output: output.join('\n'),
    });
  }
  return cells;
}
