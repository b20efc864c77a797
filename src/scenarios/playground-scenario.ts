/**
 * The playground: the learner's own Python, run by real CPython (Pyodide) in a Worker, which
 * produces the trace later (`src/playground/`). As a scenario it is the run before that trace
 * arrives — the program, nothing happened yet — and the shape a finished trace is shown in.
 *
 * Its seed program is the seed's `In [1]`, `[9]`, `[12]`, `[13]`, built here from the notebook's
 * cells rather than imported from `src/playground/seed_fetch_square.py`, which this room may
 * not import; `test/scenarios/registry.test.ts` checks the two are equal, byte for byte.
 *
 * @example playground.run({ code: 'print(1)\n' }).trace.events // []
 */
import { us, type Trace } from '../core/trace';
import { notebookSource } from './notebook-source';
import type { Scenario } from './scenario';
import type { ScenarioRun } from './types';

/**
 * The program the playground opens with when the link carries no `code=`: the cells of the
 * fetch-square scenario. Named here rather than imported from `./notebook/fetchSquare`, which
 * would pull the simulator into the app shell's first script (this module is loaded with it).
 */
export const PLAYGROUND_SEED = notebookSource([1, 9, 12, 13]).text;

const title = 'Playground: your own Python';

/**
 * A playground trace as a run the visualizer shows like any scenario.
 *
 * @example store.load(playgroundRun(trace), null, 0);
 */
export function playgroundRun(trace: Trace): ScenarioRun<'playground'> {
  return {
    id: 'playground',
    title,
    // Addressed to someone at the editor; the scenario's own summary, to someone choosing one.
    summary:
      'Your own program, run by real CPython in virtual time: edit it, then press Run (Ctrl+Enter).',
    trace,
    cells: null,
    python: trace.source,
    ordering: null,
  };
}

export const playground: Scenario<'playground'> = {
  id: 'playground',
  title,
  summary: 'Write your own Python and watch it run on CPython.',
  kind: 'playground',
  cellNumbers: [],
  run: ({ code = null } = {}) =>
    playgroundRun({ version: 2, source: code ?? PLAYGROUND_SEED, events: [], end: us(0) }),
};
