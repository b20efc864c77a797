/**
 * A scenario written to confront one misconception: a real Python program (its `source` is
 * what CPython runs) and the core program that replays it.
 *
 * @example misconceptionRun(whoRunsCallback).trace
 */
import type { Program } from '../../core';

export type MisconceptionScenarioId =
  | 'who-runs-callback'
  | 'late-callback'
  | 'completion-order'
  | 'result-blocks'
  | 'never-completes'
  | 'equal-delays';

export interface Ordering {
  /** What differs in this run: "fut1's Timer fires first". */
  label: string;
  program: () => Program;
}

export interface MisconceptionScenario {
  id: MisconceptionScenarioId;
  title: string;
  summary: string;
  /** Ids of the misconceptions it confronts (as `src/predict/misconceptions.ts` names them). */
  teaches: readonly string[];
  program: () => Program;
  /**
   * When CPython may produce more than one output, every ordering it may produce, each as a
   * program over the same source; `program` is the first of them.
   */
  orderings?: readonly Ordering[];
  /** Said with the scenario when `orderings` has more than one entry. */
  orderNote?: string;
}
