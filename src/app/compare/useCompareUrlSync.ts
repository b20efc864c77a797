import { useEffect } from 'react';
import type { PlayerStore } from '../../store/playerStore';
import type { ScenarioSource } from '../scenarioSource';
import { linkFor } from '../useUrlSync';
import { compareValue } from './compareLink';

/**
 * Keeps the address bar equal to a comparison: the first run's link, with the shared clock's
 * playhead and speed, and `compare=` holding the second run's fields. Written when paused,
 * like the one-player link (`useUrlSync`).
 *
 * @example useCompareUrlSync(source, first, second, clock);
 */
export function useCompareUrlSync(
  source: ScenarioSource,
  first: PlayerStore,
  second: PlayerStore,
  clock: PlayerStore,
): void {
  useEffect(() => {
    const write = () => {
      const c = clock.getState();
      const b = second.getState();
      if (c.playing || !b.run) return;
      const a = { ...first.getState(), t: c.t, speed: c.speed, playing: false };
      const query = linkFor(source, a);
      if (query === null) return;
      const full = `${query}&compare=${compareValue(source, b.run, b.lab)}`;
      const next = `${location.pathname}?${full}${location.hash}`;
      if (next !== `${location.pathname}${location.search}${location.hash}`)
        history.replaceState(history.state, '', next);
    };
    write();
    const stops = [first, second, clock].map((s) => s.subscribe(write));
    return () => stops.forEach((stop) => stop());
  }, [source, first, second, clock]);
}
