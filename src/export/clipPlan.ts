/**
 * What a clip covers and which instants its frames show: pure arithmetic on virtual time, so
 * the video and the GIF draw the same moments and the tests can check them without a browser.
 * Speeds are virtual seconds per wall second, as the player's own speed is.
 *
 * @example
 *   const range = clipRange('run', trace.end, null);      // { from: 0, to: trace.end }
 *   clipWallMs(range, 2);                                 // 4000 for an 8-second run
 *   gifFrameTimes(range, 2);                              // 0, 160_000, 320_000, … trace.end
 */
import type { VirtualUs } from '../core/trace';
import type { TimeWindow } from '../layout/zoomWindow';

/** The speeds a clip can be recorded at (virtual seconds per wall second). */
export type ClipSpeed = 1 | 2 | 4;
export const CLIP_SPEEDS: readonly ClipSpeed[] = [1, 2, 4];

/** The zoom window on screen, or the whole run. */
export type ClipRangeChoice = 'window' | 'run';

/** The stretch of virtual time a clip shows, `from` ≤ `to`, in µs. */
export interface ClipRange {
  from: VirtualUs;
  to: VirtualUs;
}

/** How long a GIF frame shows: 80 ms is 12.5 frames a second (GIF counts in 10 ms steps). */
export const GIF_FRAME_MS = 80;

/**
 * The range to record: the zoom window as the timeline shows it (so what the learner framed is
 * what the clip shows), or the whole run from 0 to its last event. "Zoom window" with no window
 * (the timeline is fitted) is the whole run.
 *
 * @example clipRange('window', 8_000_000 as VirtualUs, { from: 7_900_000, to: 8_100_000 });
 */
export function clipRange(
  choice: ClipRangeChoice,
  end: VirtualUs,
  view: TimeWindow | null,
): ClipRange {
  if (choice === 'window' && view) return { from: view.from, to: view.to };
  return { from: 0 as VirtualUs, to: end };
}

/**
 * Wall-clock milliseconds a clip of `range` lasts at `speed`.
 *
 * @example clipWallMs({ from: 0, to: 10_000_000 }, 2); // 5000
 */
export function clipWallMs(range: ClipRange, speed: ClipSpeed): number {
  return (range.to - range.from) / 1000 / speed;
}

/**
 * The instant a real-time recording shows `elapsedMs` after it started: the video's frames come
 * from the wall clock (MediaRecorder stamps them as they arrive), so a late frame shows a later
 * moment rather than stretching the clip. Never past the range's end.
 *
 * @example videoTimeAt({ from: 1_000_000, to: 2_000_000 }, 4, 100); // 1_400_000
 */
export function videoTimeAt(range: ClipRange, speed: ClipSpeed, elapsedMs: number): VirtualUs {
  const t = range.from + Math.max(elapsedMs, 0) * 1000 * speed;
  return Math.min(Math.round(t), range.to) as VirtualUs;
}

/**
 * The instants of a GIF's frames: one every `frameMs` of the clip's wall time, from `from`,
 * ending exactly at `to` (so the last frame is the range's end state). A zero-length range is
 * one frame.
 *
 * @example gifFrameTimes({ from: 0, to: 1_000_000 }, 4); // [0, 320_000, 640_000, 960_000, 1_000_000]
 */
export function gifFrameTimes(
  range: ClipRange,
  speed: ClipSpeed,
  frameMs = GIF_FRAME_MS,
): VirtualUs[] {
  const step = speed * frameMs * 1000;
  const times: VirtualUs[] = [];
  for (let t: number = range.from; t < range.to; t += step) times.push(Math.round(t) as VirtualUs);
  times.push(range.to);
  return times;
}

/**
 * Progress as a whole percentage, 0–100, for the progress bar and its text.
 *
 * @example clipPercent(0.426); // 42
 */
export function clipPercent(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  return Math.floor(Math.min(Math.max(fraction, 0), 1) * 100);
}
