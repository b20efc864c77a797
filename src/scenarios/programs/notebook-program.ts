/**
 * A notebook scenario as a core program: its cells run one after another on MainThread, with
 * a pause between cells during which the kernel's other threads (the Timers) keep running.
 *
 * @example simulate(notebookProgram([1, 9, 12, 13]))
 */
import type { Program } from '../../core';
import { notebookSource } from '../notebook-source';
import { CELL_BEHAVIOUR, type NotebookGlobals } from './notebook-cells-behaviour';
import { cell, pauseBetweenCells } from './notebook-ops';

/** Seconds the learner waits before running the next cell: long enough to see, short next to 5 s. */
export const CELL_PAUSE_S = 1;

/** `pauseS` is the pause between cells (0: the cells back to back, as the downloadable .py runs). */
export function notebookProgram(cellNumbers: readonly number[], pauseS = CELL_PAUSE_S): Program {
  const { text, cells } = notebookSource(cellNumbers);
  return {
    source: text,
    *main(py) {
      let futureCount = 0;
      const globals: NotebookGlobals = { futs: {}, nextFutureName: () => `fut${++futureCount}` };
      for (const [i, span] of cells.entries()) {
        if (i > 0 && pauseS > 0) yield* pauseBetweenCells(py, pauseS);
        const body = CELL_BEHAVIOUR[span.n];
        // The registry lists only cells that have a behaviour; anything else is a bug.
        if (!body) throw new Error(`no behaviour for In [${span.n}]`);
        yield* cell(py, span.n, span.first);
        yield* body(py, (k) => span.first + k, globals);
      }
    },
  };
}
