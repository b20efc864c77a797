import type { VirtualUs } from '../core/trace';
import type { LabParams, ScenarioId, ScenarioRun } from '../scenarios/types';
import type { PlayerStore } from '../store/playerStore';
import { emptyPlaygroundRun, isPlayground } from './playgroundLink';
import type { ScenarioSource } from './scenarioSource';

/**
 * The run of scenario `id` for this player: the playground shows the program its link or
 * editor holds (the store's `playground.code`); every other scenario comes from the source.
 *
 * @example runFor(source, player, 'lab', { ...DEFAULT_LAB, delays: [3, 1, 2] });
 */
export function runFor(
  source: ScenarioSource,
  store: PlayerStore,
  id: ScenarioId,
  lab?: LabParams,
  ordering?: number,
): ScenarioRun {
  if (isPlayground(id)) return emptyPlaygroundRun(store.getState().playground.code);
  return source.run(id, lab, ordering);
}

/**
 * Shows scenario `id` in a player from the start, paused; if it cannot run, says why in a
 * notice and keeps the last valid one on screen.
 *
 * @example showScenario(source, player, 'fetch-square');
 */
export function showScenario(
  source: ScenarioSource,
  store: PlayerStore,
  id: ScenarioId,
  nextLab?: LabParams,
  ordering?: number,
): void {
  const player = store.getState();
  try {
    const lab = nextLab ?? player.lab ?? source.defaultLab;
    player.load(
      runFor(source, store, id, lab, ordering),
      id === 'lab' ? lab : null,
      0 as VirtualUs,
    );
    player.setNotices([]);
  } catch (err) {
    player.setNotices([`That scenario could not run: ${String(err)}`]);
  }
}
