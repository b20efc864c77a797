import { createPlayerStore, type PlayerState, type PlayerStore } from '../../store/playerStore';
import { loadFromLink } from '../loadFromLink';
import { isPlayground } from '../playgroundLink';
import type { ScenarioSource } from '../scenarioSource';

/**
 * The link fields an embedded player reads: the page's own, with Predict mode off (an embed
 * has no Predict dialog, and a question nobody can answer must not stop playback).
 *
 * @example embedQuery('?scenario=lab&embed=1').get('predict'); // '0'
 */
export function embedQuery(link: string): URLSearchParams {
  const q = new URLSearchParams(link);
  q.set('predict', '0');
  return q;
}

/**
 * A new embedded player showing what its link describes.
 *
 * @example const store = embeddedPlayer(source, location.search);
 */
export function embeddedPlayer(source: ScenarioSource, link: string): PlayerStore {
  const store = createPlayerStore();
  loadFromLink(store, source, embedQuery(link));
  return store;
}

/**
 * Shows the view `link` (`?…`) describes in `store`, as a page does from its address, but
 * only when all of it can be used: a link with any problem (a bad value, a scenario that
 * cannot run) or a playground program (which runs in the full app only) is refused, and the
 * player keeps what it shows. Returns whether it loaded.
 *
 * @example loadLinkInto(store, source, '?scenario=lab&numbers=2,3&t=1'); // true
 */
export function loadLinkInto(store: PlayerStore, source: ScenarioSource, link: string): boolean {
  // Tried on a scratch player first, so a refused link changes nothing on screen.
  const scratch = createPlayerStore();
  loadFromLink(scratch, source, embedQuery(link));
  const next = scratch.getState();
  if (next.notices.length > 0 || !next.run || isPlayground(next.run.id)) return false;
  const data: Partial<PlayerState> = {};
  for (const [key, value] of Object.entries(next))
    if (typeof value !== 'function') Object.assign(data, { [key]: value });
  store.setState(data);
  return true;
}
