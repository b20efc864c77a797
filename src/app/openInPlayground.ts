import type { PlayerStore } from '../store/playerStore';
import { PLAYGROUND_SEED } from '../scenarios/playground-scenario';
import { PLAYGROUND_ID } from './playgroundLink';
import type { ScenarioSource } from './scenarioSource';
import { showScenario } from './showScenario';

/**
 * **Edit this code** without leaving the page: the scenario's link stays in the history (Back
 * returns to it, see `useBackAndForward`), and the player shows the program in the playground.
 * A page load would throw away the Python runtime that a hover on the link started loading.
 *
 * @example openInPlayground(source, player, run.python);
 */
export function openInPlayground(source: ScenarioSource, store: PlayerStore, python: string) {
  store.getState().pause();
  // A new entry, equal to this one until the link follows the player to the playground.
  history.pushState(history.state, '', location.href);
  store.getState().setPlayground({
    code: python === PLAYGROUND_SEED ? null : python,
    pendingT: null,
    pendingView: null,
  });
  showScenario(source, store, PLAYGROUND_ID);
}
