import { useEffect } from 'react';
import { usePlayer, usePlayerStore } from './PlayerProvider';
import { selectPlaying } from './selectors/player';

/**
 * The one clock of a player: while it plays, a single `requestAnimationFrame` loop feeds frame
 * durations to its store's `tick`. Nothing else keeps time. Mount it once per player.
 *
 * @example
 *   function PlayerView() { usePlaybackClock(); … }
 */
export function usePlaybackClock(): void {
  const store = usePlayerStore();
  const playing = usePlayer(selectPlaying);
  useEffect(() => {
    if (!playing) return;
    let last: number | null = null;
    let frame = requestAnimationFrame(function loop(now) {
      if (last !== null) store.getState().tick(now - last);
      last = now;
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, store]);
}
