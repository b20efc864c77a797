/**
 * Runs a scenario: builds its program, simulates it, and hands the UI everything it shows.
 * Notebook scenarios never change, so their runs are computed once and shared.
 *
 * @example runScenario('fetch-square').trace.events.length > 0 // true
 */
import { simulate } from '../core';
import { scenarioInfo } from './catalog';
import { DEFAULT_LAB } from './lab-params';
import { MISCONCEPTION_SCENARIOS, misconceptionRun } from './misconceptions';
import type { MisconceptionScenarioId } from './misconceptions';
import { labProgram } from './programs/lab-program';
import { notebookProgram } from './programs/notebook-program';
import { notebookPython, notebookSource } from './notebook-source';
import type { LabParams, ScenarioId, ScenarioRun } from './types';

/** The CPython the simulation reproduces (tracebacks and error classes differ by version). */
export const SIMULATED_PYTHON = '3.11';
/** The seed's own address for its first Future (`<Future at 0x7f5a1c537ac8 state=pending>`). */
export const SEED_FIRST_ADDRESS = '0x7f5a1c537ac8';

/**
 * Virtual cost of one Lab line. CPython runs a call of the Lab's program, Timer start included,
 * in about 0.1–0.2 ms; at the core's default 1 ms a line, 50 calls would take 0.55 s and their
 * Timers would fire in a different order from CPython's whenever intervals differ by less.
 */
export const LAB_LINE_COST_US = 10;

const notebookRuns = new Map<string, ScenarioRun>();

const isMisconception = (id: ScenarioId): id is MisconceptionScenarioId =>
  MISCONCEPTION_SCENARIOS.some((m) => m.id === id);

/**
 * The run of scenario `id`; `lab` applies only to the Lab, `ordering` only to a scenario that
 * CPython may print in more than one order (equal delays); out of range means the first.
 *
 * @example runScenario('lab', { ...DEFAULT_LAB, delays: [3, 1, 2] })
 * @example runScenario('equal-delays', DEFAULT_LAB, 1).ordering?.label // "fut2's Timer fires first…"
 */
export function runScenario(
  id: ScenarioId,
  lab: LabParams = DEFAULT_LAB,
  ordering = 0,
): ScenarioRun {
  if (isMisconception(id)) {
    const count = MISCONCEPTION_SCENARIOS.find((m) => m.id === id)?.orderings?.length ?? 1;
    const index = Number.isInteger(ordering) && ordering >= 0 && ordering < count ? ordering : 0;
    const key = `${id}#${index}`;
    // Fixed programs, like the notebook's: simulated once and shared.
    const cached = notebookRuns.get(key);
    if (cached) return cached;
    const run: ScenarioRun = misconceptionRun(id, index);
    notebookRuns.set(key, run);
    return run;
  }
  const info = scenarioInfo(id);
  const options = { python: SIMULATED_PYTHON, firstAddress: SEED_FIRST_ADDRESS };
  if (id === 'lab') {
    const program = labProgram(lab);
    return {
      id,
      title: info.title,
      summary: info.summary,
      trace: simulate(program, { ...options, lineCostUs: LAB_LINE_COST_US }),
      cells: null,
      python: program.source,
    };
  }
  const cached = notebookRuns.get(id);
  if (cached) return cached;
  const run: ScenarioRun = {
    id,
    title: info.title,
    summary: info.summary,
    trace: simulate(notebookProgram(info.cellNumbers), options),
    cells: notebookSource(info.cellNumbers).cells,
    python: notebookPython(info.cellNumbers, info.title),
  };
  notebookRuns.set(id, run);
  return run;
}
