import type { WhatIf } from '../predict/whatIf';
import type { PlayerStore } from '../store/playerStore';
import { openInPlayground } from './openInPlayground';
import type { ScenarioSource } from './scenarioSource';
import { showScenario } from './showScenario';

/**
 * **Run it** for a "What if": the variation becomes the current run the way its link would
 * open it (the Lab with its parameters, or the playground with its code), in a new history
 * entry, so Back returns to the scenario and the address bar is the variation's link. Predict
 * mode stays as it was.
 *
 * @example playWhatIf(source, player, whatIfs[0]);
 */
export function playWhatIf(source: ScenarioSource, store: PlayerStore, whatIf: WhatIf): void {
  if (whatIf.load.kind === 'playground') {
    openInPlayground(source, store, whatIf.load.code);
    return;
  }
  store.getState().pause();
  // A new entry, equal to this one until the link follows the player to the variation.
  history.pushState(history.state, '', location.href);
  showScenario(source, store, 'lab', whatIf.load.lab);
}
