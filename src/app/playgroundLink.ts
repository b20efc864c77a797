/**
 * The playground as the shell sees it: its link (`scenario=playground&code=…`) and the run it
 * shows. The playground itself is a registered scenario (`src/scenarios/playground-scenario.ts`),
 * and what its link carried lives in the player's store (`playground`), not here.
 *
 * @example
 *   playgroundQuery('print(1)\n').toString(); // 'scenario=playground&code=print%281%29%0A'
 */
// The light module, not the scenarios' index: the shell's first script must not pull in the simulator.
import { PLAYGROUND_SEED, playground, playgroundRun } from '../scenarios/playground-scenario';
import type { ScenarioId } from '../scenarios/types';

export { playgroundRun };

/** The playground's id in the picker and the store. */
export const PLAYGROUND_ID = playground.id;

/** True for the playground's id (or a run of it). */
export const isPlayground = (id: ScenarioId | undefined | null): boolean => id === PLAYGROUND_ID;

/**
 * The link fields of a playground view: `code=` only when the program is not the seed's.
 *
 * @example playgroundQuery(null).toString(); // 'scenario=playground'
 */
export function playgroundQuery(code: string | null): URLSearchParams {
  const q = new URLSearchParams({ scenario: 'playground' });
  if (code !== null && code !== PLAYGROUND_SEED) q.set('code', code);
  return q;
}
