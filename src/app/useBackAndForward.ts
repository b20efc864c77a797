import { useEffect } from 'react';
import type { PlayerStore } from '../store/playerStore';
import { loadFromLink } from './loadFromLink';
import type { ScenarioSource } from './scenarioSource';

/**
 * Back and Forward between views this page opened itself (Edit this code): the player shows
 * what the address bar now says, as a page opened on that link would.
 *
 * @example useBackAndForward(source, player);
 */
export function useBackAndForward(source: ScenarioSource, store: PlayerStore): void {
  useEffect(() => {
    const show = () => loadFromLink(store, source, new URLSearchParams(location.search));
    addEventListener('popstate', show);
    return () => removeEventListener('popstate', show);
  }, [source, store]);
}
