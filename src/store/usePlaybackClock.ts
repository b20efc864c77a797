import { useEffect } from 'react';
import { usePlayer } from './player';

/**
 * The one clock: while playing, a single `requestAnimationFrame` loop feeds frame durations
 * to the store's `tick`. Nothing else in the app keeps time. Mount it once, in the shell.
 *
 * @example
 *   function App() { usePlaybackClock(); … }
 */
export function usePlaybackClock(): void {
  const playing = usePlayer((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let last: number | null = null;
    let frame = requestAnimationFrame(function loop(now) {
      if (last !== null) usePlayer.getState().tick(now - last);
      last = now;
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}
