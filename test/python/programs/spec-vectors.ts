/**
 * The spec's test vectors (TV-01 …) exist once, as the .py files in test/playground/programs/
 * that the playground's oracle runs. The core's oracle reads the same text, so the Python a
 * program replays and the Python the playground runs cannot drift apart; each DSL program
 * beside it replays that file line by line.
 *
 * @example
 *   source: specVector('tv01_lifecycle_and_predicates_3_8_3_14'),
 */
import { readFileSync } from 'node:fs';

const DIR = new URL('../../playground/programs/', import.meta.url);

/** The text of `test/playground/programs/<stem>.py`. */
export function specVector(stem: string): string {
  return readFileSync(new URL(`${stem}.py`, DIR), 'utf8');
}
