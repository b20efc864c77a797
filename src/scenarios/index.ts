/**
 * The scenarios room: every scenario the picker lists (`./registry.ts`: the seed's notebook in
 * four scenarios, the misconception programs, the Lab, the playground), each with its real
 * Python source, its simulation, its link and its narration.
 *
 * @example
 *   const { id, lab, errors } = parseScenarioQuery(new URLSearchParams(location.search));
 *   const run = runScenario(id, lab); // run.trace, run.python, run.cells
 */
export { SCENARIOS, SCENARIO_IDS, scenarioById, isScenarioId } from './registry';
export type { Scenario, ScenarioKind, ScenarioParams } from './scenario';
export { DEFAULT_LAB, validateLabInput, labFieldsText, MAX_CALLS, MAX_SECONDS } from './lab-params';
export type { LabField, RawLabInput } from './lab-params';
export { runScenario } from './run';
export { SIMULATED_PYTHON, SEED_FIRST_ADDRESS, SIMULATION } from './simulation';
export { LAB_LINE_COST_US } from './lab-scenario';
export { PLAYGROUND_SEED, playgroundRun } from './playground-scenario';
export { parseScenarioQuery, scenarioQuery, DEFAULT_SCENARIO } from './query';
export type { ScenarioFallback } from './query';
export { narrate } from './narrate';
// Also importable on its own ('./ipynb') so the UI can load it only when asked for.
export { notebookIpynb } from './ipynb';
export type * from './types';
