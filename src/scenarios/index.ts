/**
 * The scenarios room: the seed's notebook in four scenarios and the Lab, each with its real
 * Python source, its simulation, its link and its narration.
 *
 * @example
 *   const { id, lab, errors } = parseScenarioQuery(new URLSearchParams(location.search));
 *   const run = runScenario(id, lab); // run.trace, run.python, run.cells
 */
export { SCENARIOS, scenarioInfo } from './catalog';
export type { ScenarioInfo } from './catalog';
export { DEFAULT_LAB, validateLabInput, labFieldsText, MAX_CALLS, MAX_SECONDS } from './lab-params';
export type { LabField, RawLabInput } from './lab-params';
export { runScenario, SIMULATED_PYTHON } from './run';
export { parseScenarioQuery, scenarioQuery, DEFAULT_SCENARIO } from './query';
export type { ScenarioFallback } from './query';
export { narrate } from './narrate';
// Also importable on its own ('./ipynb') so the UI can load it only when asked for.
export { notebookIpynb } from './ipynb';
export { SCENARIO_IDS } from './types';
export type * from './types';
