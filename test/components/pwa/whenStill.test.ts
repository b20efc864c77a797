import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STILL_MS, whenStill } from '../../../src/components/pwa/whenStill';

/**
 * A page's idle periods, played by hand: `idle(pattern, times)` hands the pending idle callback
 * each period of `pattern` in turn (ms: 50 when no frame is due, a frame's rest while playing),
 * the clock advancing by the period (a frame, 16 ms, at least).
 */
function idlePeriods() {
  let pending: ((deadline: IdleDeadline) => void) | null = null;
  vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => {
    pending = callback;
    return 1;
  });
  return (pattern: number[], times = 1) => {
    for (let i = 0; i < times; i++)
      for (const ms of pattern) {
        const callback = pending;
        if (!callback) return;
        pending = null;
        vi.advanceTimersByTime(Math.max(ms, 16));
        callback({ didTimeout: false, timeRemaining: () => ms });
      }
  };
}

beforeEach(() => vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'Date'] }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenStill', () => {
  it('runs once the page has drawn nothing for a second', () => {
    const idle = idlePeriods();
    const work = vi.fn();
    whenStill(work);
    idle([50], STILL_MS / 50 - 2);
    expect(work).not.toHaveBeenCalled();
    idle([50], 3);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('waits while a playback draws every frame, and runs soon after it', () => {
    const idle = idlePeriods();
    const work = vi.fn();
    whenStill(work);
    idle([50], 10); // half a second still…
    idle([6], 600); // …then ten seconds of playback: a frame's rest each time
    expect(work).not.toHaveBeenCalled();
    idle([50], 12); // 0.6 s still
    expect(work).not.toHaveBeenCalled();
    idle([50], 4); // 0.8 s still
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('is not kept waiting by a timer now and then (a poll, a blinking caret)', () => {
    const idle = idlePeriods();
    const work = vi.fn();
    whenStill(work);
    // Every ~100 ms a timer cuts an idle period short.
    idle([50, 40, 8], 12);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs after a second where the browser has no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const work = vi.fn();
    whenStill(work);
    vi.advanceTimersByTime(STILL_MS - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
