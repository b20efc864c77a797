import { useEffect } from 'react';
import { browserStorage, predictModeOn } from '../predict';
import type { PlayerState, PlayerStore } from '../store/playerStore';
import { isPlayground, playgroundQuery } from './playgroundLink';
import type { ScenarioSource } from './scenarioSource';
import { shellQuery } from './urlState';

/**
 * The link for a state of the player, or null before a scenario is on screen; with `embed`,
 * the embedded player's own link (`embed=1` kept).
 */
export function linkFor(source: ScenarioSource, s: PlayerState, embed = false): string | null {
  if (!s.run) return null;
  const scenario = isPlayground(s.run.id)
    ? playgroundQuery(s.playground.code)
    : source.query(s.run.id, s.lab ?? source.defaultLab);
  return shellQuery(scenario, {
    t: s.t,
    view: s.view,
    speed: s.speed,
    presenter: s.presenter,
    theme: s.theme,
    ordering: s.run.ordering?.index ?? null,
    note: s.note,
    embed,
    // `predict=1` whenever it is on; `predict=0` where it would otherwise open on, and always
    // once the page came from a link that named it (the picker and the Lab keep it).
    predict: s.predict
      ? true
      : s.predictInLink ||
          predictModeOn({ link: null, scenario: s.run.id, storage: browserStorage() })
        ? false
        : null,
  });
}

/**
 * Keeps the address bar equal to the page's player (history.replaceState, no new history
 * entries). While playing the playhead is left out of the updates; pausing writes it. An
 * embedded player (`embed`) keeps `embed=1` in its link.
 *
 * @example useUrlSync(source, player);
 */
export function useUrlSync(source: ScenarioSource, store: PlayerStore, embed = false): void {
  useEffect(() => {
    const write = (s: PlayerState) => {
      if (s.playing) return;
      const query = linkFor(source, s, embed);
      if (query === null) return;
      const next = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (next !== `${location.pathname}${location.search}${location.hash}`)
        history.replaceState(history.state, '', next);
    };
    write(store.getState());
    return store.subscribe(write);
  }, [source, store, embed]);
}
