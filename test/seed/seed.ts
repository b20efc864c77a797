/**
 * The seed, once for every test: the book section `shared/seeds/000_e862a3b52115f259.txt`,
 * read into its notebook cells, and the `fetch_square` program made of its cells. Tests
 * compare against what this reads, never against strings copied from the seed.
 *
 * @example
 *   readSeedCells().get(6)?.output // "'Hello'"
 *   seedOutputs().get(13) // ['Result is: 4', 'Result is: 9', 'Result is: 16']
 *   simulate({ source: SEED_FETCH_SQUARE, … })
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface SeedCell {
  n: number;
  code: string;
  /** The output block under the cell (lines joined with '\n'), or '' when it prints nothing. */
  output: string;
}

/** The project's shared seed, when this checkout sits beside it (it does on the team's machine and in CI). */
export const SHARED_SEED = resolve(__dirname, '../../../shared/seeds/000_e862a3b52115f259.txt');
/**
 * The one verbatim copy in the repository, so a clone without `shared/` beside it still runs
 * the tests; test/seed/seed.test.ts keeps it equal to the shared seed.
 */
export const SEED_COPY = resolve(__dirname, '000_e862a3b52115f259.txt');
/** The shared seed where this checkout sits beside it, else the copy. */
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

/** The seed's notebook as `In [n]` → the output lines printed under it ([] when it prints nothing). */
export function seedOutputs(path = SEED_PATH): Map<number, string[]> {
  const outputs = new Map<number, string[]>();
  for (const [n, cell] of readSeedCells(path)) {
    outputs.set(n, cell.output === '' ? [] : cell.output.split('\n'));
  }
  return outputs;
}

/** A script of the seed's cells `ns`, verbatim, a blank line between cells (as a .py file). */
export function seedProgram(ns: readonly number[], path = SEED_PATH): string {
  const cells = readSeedCells(path);
  const code = ns.map((n) => {
    const cell = cells.get(n);
    if (!cell) throw new Error(`the seed (${path}) has no In [${n}]`);
    return cell.code;
  });
  return `${code.join('\n\n')}\n`;
}

/**
 * The seed's `fetch_square` program: In [1] (imports), [9] (`network_request_async`), [12]
 * (`fetch_square` with `on_done_future`) and [13] (`fetch_square(2)`, `(3)`, `(4)`), verbatim,
 * indentation quirks included. The playground's editor starts with it
 * (src/playground/seed_fetch_square.py; test/seed/seed.test.ts holds the two equal).
 */
export const SEED_FETCH_SQUARE = seedProgram([1, 9, 12, 13]);
