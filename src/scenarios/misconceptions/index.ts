/**
 * The misconception scenarios: one real program per common wrong model of futures, each
 * replayed by the core. Not yet in the scenario picker (ScenarioId is the shared contract);
 * `misconceptionRun` gives everything a ScenarioRun has.
 *
 * @example misconceptionRun('who-runs-callback').trace
 */
import { simulate, type Trace } from '../../core';
import { completionOrder } from './completionOrder';
import { equalDelays } from './equalDelays';
import { lateCallback } from './lateCallback';
import { neverCompletes } from './neverCompletes';
import { resultBlocks } from './resultBlocks';
import type { MisconceptionScenario, MisconceptionScenarioId } from './types';
import { whoRunsCallback } from './whoRunsCallback';

export type { MisconceptionScenario, MisconceptionScenarioId, Ordering } from './types';

export const MISCONCEPTION_SCENARIOS: readonly MisconceptionScenario[] = [
  whoRunsCallback,
  lateCallback,
  completionOrder,
  resultBlocks,
  neverCompletes,
  equalDelays,
];

export interface MisconceptionRun {
  id: MisconceptionScenarioId;
  title: string;
  summary: string;
  trace: Trace;
  cells: null;
  /** The program as CPython runs it (the downloadable .py). */
  python: string;
  /** When CPython may print in more than one order: which ordering this trace shows, and why. */
  ordering: { index: number; count: number; label: string; note: string } | null;
}

/** Runs one misconception scenario; `ordering` picks one of its possible orderings (default 0). */
export function misconceptionRun(id: MisconceptionScenarioId, ordering = 0): MisconceptionRun {
  const scenario = MISCONCEPTION_SCENARIOS.find((s) => s.id === id);
  // The ids are a closed union, so a miss is a bug in this list.
  if (!scenario) throw new Error(`unknown misconception scenario ${id}`);
  const choice = scenario.orderings?.[ordering] ?? null;
  const program = (choice?.program ?? scenario.program)();
  return {
    id,
    title: scenario.title,
    summary: scenario.summary,
    trace: simulate(program, { python: '3.11', firstAddress: '0x7f5a1c537ac8' }),
    cells: null,
    python: program.source,
    ordering:
      choice && scenario.orderings
        ? {
            index: ordering,
            count: scenario.orderings.length,
            label: choice.label,
            note: scenario.orderNote ?? '',
          }
        : null,
  };
}
