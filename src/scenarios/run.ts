/**
 * Runs a scenario by id with what a link carries: the registry's scenario does the work;
 * this is the short form the shell and the tests call.
 *
 * @example runScenario('fetch-square').trace.events.length > 0 // true
 */
import { DEFAULT_LAB } from './lab-params';
import { scenarioById } from './registry';
import type { LabParams, ScenarioId, ScenarioRun } from './types';

/**
 * The run of scenario `id`; `lab` applies only to the Lab, `ordering` only to a scenario that
 * CPython may print in more than one order (equal delays); out of range means the first. The
 * playground's run is its seed program before any trace (the shell passes the learner's code).
 *
 * @example runScenario('lab', { ...DEFAULT_LAB, delays: [3, 1, 2] })
 * @example runScenario('equal-delays', DEFAULT_LAB, 1).ordering?.label // "fut2's Timer fires first…"
 */
export function runScenario(
  id: ScenarioId,
  lab: LabParams = DEFAULT_LAB,
  ordering = 0,
): ScenarioRun {
  return scenarioById(id).run({ lab, ordering, code: null });
}
