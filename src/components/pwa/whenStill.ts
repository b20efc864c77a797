/** The stretch over which `whenStill` judges the page, in ms. */
export const STILL_MS = 1000;

/**
 * Idle periods longer than this mean no frame is due. Chromium hands out idle periods of up to
 * 50 ms while the page draws nothing; a page that draws every frame (a playback, a drag) gets
 * at most what is left of each 16.7 ms frame.
 */
const NO_FRAME_DUE_MS = 20;

/** Still: at least this share of the last `STILL_MS` was offered as such long idle periods. */
const STILL_SHARE = 0.75;

/**
 * Runs `work` once the page has been still for about a second: no playback drawing frames, no
 * long task. A timer now and then (a blinking caret, a poll) does not count against it. So
 * background work never competes with a playback. Where `requestIdleCallback` is missing
 * (Safari), after `STILL_MS`.
 *
 * @example whenStill(() => void registerServiceWorker(showPrompt));
 */
export function whenStill(work: () => void): void {
  if (typeof requestIdleCallback !== 'function') {
    setTimeout(work, STILL_MS);
    return;
  }
  const start = performance.now();
  // The long idle periods offered in the last STILL_MS: when, and how long.
  const offered: { at: number; ms: number }[] = [];
  const check = (deadline: IdleDeadline) => {
    const now = performance.now();
    const ms = deadline.timeRemaining();
    if (ms >= NO_FRAME_DUE_MS) offered.push({ at: now, ms });
    while (offered[0] && offered[0].at < now - STILL_MS) offered.shift();
    const idleMs = offered.reduce((sum, period) => sum + period.ms, 0);
    if (now - start >= STILL_MS && idleMs >= STILL_SHARE * STILL_MS) work();
    else requestIdleCallback(check);
  };
  requestIdleCallback(check);
}
