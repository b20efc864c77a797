import {
  DEFAULT_LAB,
  SCENARIOS,
  narrate,
  parseScenarioQuery,
  scenarioById,
  scenarioQuery,
} from '../scenarios';
import type { ScenarioSource } from './scenarioSource';

/**
 * The shell's view of the scenarios room: the registry, the simulation, links and narration.
 *
 * @example <Visualizer source={realScenarioSource} />
 */
export const realScenarioSource: ScenarioSource = {
  scenarios: SCENARIOS,
  defaultLab: DEFAULT_LAB,
  run: (id, params) => scenarioById(id).run(params),
  parse: (params) => parseScenarioQuery(params),
  query: scenarioQuery,
  narrate,
};
