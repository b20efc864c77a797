import type { VirtualUs } from '../core/trace';
import type { LabParams, ScenarioId } from '../scenarios/types';
import type { PlayerStore } from '../store/playerStore';
import type { ScenarioSource } from './scenarioSource';

/**
 * Shows scenario `id` in a player from the start, paused; if it cannot run, says why in a
 * notice and keeps the last valid one on screen. The playground shows the program the player
 * holds (its link's or its editor's). Another scenario drops the link's note. `at` keeps a
 * playhead (another ordering of the same run shows the same moment; Predict mode still stops
 * at the first question before it that this ordering asks).
 *
 * @example showScenario(source, player, 'lab', { ...DEFAULT_LAB, delays: [3, 1, 2] });
 */
export function showScenario(
  source: ScenarioSource,
  store: PlayerStore,
  id: ScenarioId,
  nextLab?: LabParams,
  ordering?: number,
  at: VirtualUs = 0 as VirtualUs,
): void {
  const player = store.getState();
  try {
    const lab = nextLab ?? player.lab ?? source.defaultLab;
    const run = source.run(id, { lab, ordering, code: player.playground.code });
    player.load(run, id === 'lab' ? lab : null, at);
    player.setNotices([]);
    // The link's note was about the scenario it came with: another one from the picker drops
    // it; the same one with other Lab parameters or another ordering keeps it.
    if (player.run?.id !== id) player.setNote(null);
  } catch (err) {
    player.setNotices([`That scenario could not run: ${String(err)}`]);
  }
}
