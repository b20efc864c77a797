import {
  DEFAULT_LAB,
  SCENARIOS,
  narrate,
  parseScenarioQuery,
  runScenario,
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
  run: (id, lab, ordering) => runScenario(id, lab, ordering),
  parse: (params) => parseScenarioQuery(params),
  query: scenarioQuery,
  narrate,
};
