/**
 * What every scenario is, whatever its kind: the picker's entry and a way to run it. The
 * registry (`./registry.ts`) lists them; adding a scenario is one file exporting a `Scenario`
 * and one line there.
 *
 * @example
 *   export const resultBlocks = programScenario({
 *     id: 'result-blocks',
 *     title: 'Printing around result()',
 *     summary: 'The main thread prints, then waits inside fut.result() …',
 *     program,
 *   });
 *   resultBlocks.run().trace.events.length > 0; // true
 *   lab.run({ lab: { ...DEFAULT_LAB, delays: [3, 1, 2] } }).python; // the Lab's lab.py
 */
import type { LabParams, ScenarioId, ScenarioRun } from './types';

/**
 * The four shapes a scenario takes: cells of the seed notebook, a fixed program of its own
 * (one per misconception), the parametric Lab, and the learner's own code (the playground).
 */
export type ScenarioKind = 'notebook' | 'program' | 'lab' | 'playground';

/**
 * What a link can carry for a scenario. Each kind reads only its own field and has its own
 * default for it, so a link that names only the scenario runs it with none.
 */
export interface ScenarioParams {
  /** The Lab's parameters (read by the Lab; default `DEFAULT_LAB`). */
  lab?: LabParams;
  /** Which of the orders CPython may print, 0-based (read by a program that has several; default and out of range: the first). */
  ordering?: number;
  /** The learner's program (read by the playground; default and null: its seed program). */
  code?: string | null;
}

export interface Scenario<Id extends string = ScenarioId> {
  /** The link's `scenario=` value. */
  readonly id: Id;
  /** The picker's label. */
  readonly title: string;
  /** One sentence on what the scenario teaches. */
  readonly summary: string;
  readonly kind: ScenarioKind;
  /** The seed's `In [n]` numbers a notebook scenario runs, in order; empty for other kinds. */
  readonly cellNumbers: readonly number[];
  /** Everything the UI shows; a fixed program is simulated once and the run shared. */
  run(params?: ScenarioParams): ScenarioRun<Id>;
}
