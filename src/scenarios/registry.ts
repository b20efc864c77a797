/**
 * Every scenario, once, in the picker's order: the seed's notebook in four steps, one program
 * per misconception, the executors' programs, the asyncio programs (issue 17), the Lab, the
 * playground. `ScenarioId` is derived from this list, so adding
 * a scenario is one file exporting a `Scenario` (see `./scenario.ts`) and one line here.
 *
 * @example
 *   scenarioById('fetch-square').title // 'fetch_square: callbacks on timer threads'
 *   isScenarioId('warp-drive')         // false
 */
import { fetchSquareAsyncio } from './asyncio/fetchSquareAsyncio';
import { fetchSquareAwait } from './asyncio/fetchSquareAwait';
import { networkRequestAsyncio } from './asyncio/networkRequestAsyncio';
import { runInExecutor } from './asyncio/runInExecutor';
import { poolAsCompleted } from './executors/asCompleted';
import { poolMap } from './executors/executorMap';
import { poolFirstCompleted } from './executors/firstCompleted';
import { poolQueue } from './executors/poolQueue';
import { poolShutdown } from './executors/shutdownWait';
import { poolRaises } from './executors/workerRaises';
import { lab } from './lab-scenario';
import { completionOrder } from './misconceptions/completionOrder';
import { equalDelays } from './misconceptions/equalDelays';
import { lateCallback } from './misconceptions/lateCallback';
import { neverCompletes } from './misconceptions/neverCompletes';
import { resultBlocks } from './misconceptions/resultBlocks';
import { whoRunsCallback } from './misconceptions/whoRunsCallback';
import { doneCallbacks } from './notebook/doneCallbacks';
import { fetchSquare } from './notebook/fetchSquare';
import { futureByHand } from './notebook/futureByHand';
import { networkRequest } from './notebook/networkRequest';
import { playground } from './playground-scenario';
import type { Scenario } from './scenario';

export const SCENARIOS = [
  futureByHand,
  doneCallbacks,
  networkRequest,
  fetchSquare,
  whoRunsCallback,
  lateCallback,
  completionOrder,
  resultBlocks,
  neverCompletes,
  equalDelays,
  poolAsCompleted,
  poolMap,
  poolFirstCompleted,
  poolQueue,
  poolShutdown,
  poolRaises,
  fetchSquareAsyncio,
  fetchSquareAwait,
  runInExecutor,
  networkRequestAsyncio,
  lab,
  playground,
] as const;

/** The link's `scenario=` values. */
export type ScenarioId = (typeof SCENARIOS)[number]['id'];

/** The ids in the picker's order (derived, not a second list). */
export const SCENARIO_IDS: readonly ScenarioId[] = SCENARIOS.map((s) => s.id);

/** Whether `text` names a scenario, e.g. a link's `scenario=` value. */
export function isScenarioId(text: string): text is ScenarioId {
  return SCENARIOS.some((s) => s.id === text);
}

/** The scenario `id` names. */
export function scenarioById(id: ScenarioId): Scenario {
  const scenario = SCENARIOS.find((s) => s.id === id);
  // ScenarioId is derived from SCENARIOS, so a miss is impossible short of a cast elsewhere.
  if (!scenario) throw new Error(`unknown scenario ${id}`);
  return scenario;
}
