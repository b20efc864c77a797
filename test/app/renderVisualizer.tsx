import { render } from '@testing-library/react';
import { playerFromLink } from '../../src/app/loadFromLink';
import type { ScenarioSource } from '../../src/app/scenarioSource';
import { Visualizer } from '../../src/app/Visualizer';
import type { PlayerStore } from '../../src/store/playerStore';

/**
 * Opens the page as a link would: a new player made from `query`, shown by the Visualizer.
 * `player` is that page's store.
 *
 * @example const { player } = renderVisualizer(fixtureSource, '?scenario=fetch-square');
 */
export function renderVisualizer(
  source: ScenarioSource,
  query: string,
): ReturnType<typeof render> & { player: PlayerStore } {
  const player = playerFromLink(source, query);
  return { ...render(<Visualizer source={source} store={player} />), player };
}
