/**
 * A notebook scenario: some of the seed's cells, run in order as in a kernel. The code panel
 * shows the cells with their `In [n]` spans; the download is the cells as a script.
 *
 * @example
 *   export const doneCallbacks = notebookScenario({
 *     id: 'done-callbacks',
 *     title: 'Done-callbacks',
 *     summary: 'A callback added with add_done_callback runs as soon as set_result finishes the future.',
 *     cellNumbers: [1, 7, 8],
 *   });
 */
import { simulate } from '../core';
import { notebookPython, notebookSource } from './notebook-source';
import { notebookProgram } from './programs/notebook-program';
import type { Scenario } from './scenario';
import { SIMULATION } from './simulation';
import type { ScenarioRun } from './types';

export function notebookScenario<Id extends string>(entry: {
  id: Id;
  title: string;
  summary: string;
  cellNumbers: readonly number[];
}): Scenario<Id> {
  // The cells never change, so the run is computed once, on first use, and shared.
  let cached: ScenarioRun<Id> | null = null;
  return {
    ...entry,
    kind: 'notebook',
    run() {
      cached ??= {
        id: entry.id,
        title: entry.title,
        summary: entry.summary,
        trace: simulate(notebookProgram(entry.cellNumbers), SIMULATION),
        cells: notebookSource(entry.cellNumbers).cells,
        python: notebookPython(entry.cellNumbers, entry.title),
      };
      return cached;
    },
  };
}
