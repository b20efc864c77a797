import { us, type VirtualUs } from '../core/trace';
import { nextStop } from './selectors/eventStops';

/** Playback speeds offered (virtual seconds per wall-clock second). */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;

/** A frame longer than this (a background tab, a debugger) counts as this long. */
const MAX_FRAME_MS = 100;

/**
 * Moves the playhead on by one animation frame of `frameMs` wall-clock milliseconds. Stops at
 * the end, and with `autoPause` at the next event, so a teacher can talk through each moment.
 *
 * @example
 *   advance({ t: 0, speed: 1, autoPause: false }, stops, end, 16); // { t: 16000, playing: true }
 */
export function advance(
  now: { t: VirtualUs; speed: number; autoPause: boolean },
  stops: readonly VirtualUs[],
  end: VirtualUs,
  frameMs: number,
): { t: VirtualUs; playing: boolean } {
  const dtUs = Math.min(Math.max(frameMs, 0), MAX_FRAME_MS) * 1000 * now.speed;
  const reach = Math.min(now.t + dtUs, end);
  if (now.autoPause) {
    const stop = nextStop(stops, now.t);
    if (stop > now.t && stop <= reach) return { t: stop, playing: false };
  }
  const t = us(reach);
  return { t, playing: t < end };
}

/** Nearest offered speed to `value` (for `speed=` from a link). */
export function nearestSpeed(value: number): number {
  let best: number = SPEEDS[2];
  for (const s of SPEEDS) if (Math.abs(s - value) < Math.abs(best - value)) best = s;
  return best;
}
