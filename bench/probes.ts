/**
 * Functions that run inside the page (passed to Playwright's `addInitScript` / `evaluate`,
 * so each is self-contained: no imports, no outer variables). They measure with the page's
 * own clock, `performance.now()` (milliseconds since navigation started).
 *
 * @example
 *   await context.addInitScript(watchForPlayButton);
 *   const readyAt = await page.evaluate(() => window.__playReadyAt);
 */

declare global {
  interface Window {
    /** ms after navigation start when an enabled button named "Play" was first in the DOM. */
    __playReadyAt?: number;
    /** Per handled keydown: ms from the key event to the frame after its handlers ran. */
    __keyLatencies?: number[];
  }
}

/** Init script: notes when a button named exactly "Play" is present and enabled. */
export function watchForPlayButton(): void {
  // The accessible name as a screen reader gets it here: aria-label, else the text outside
  // aria-hidden parts (the controls pair an aria-hidden icon with a word).
  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
    return Array.from(node.childNodes, textOf).join('');
  };
  const named = (b: Element) =>
    (b.getAttribute('aria-label') ?? textOf(b)).replace(/\s+/g, ' ').trim();
  const check = () => {
    if (window.__playReadyAt !== undefined) return;
    for (const b of document.querySelectorAll('button')) {
      if (named(b) === 'Play' && !b.disabled) {
        window.__playReadyAt = performance.now();
        observer.disconnect();
        return;
      }
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Result of {@link recordPlayback}. */
export interface PlaybackRecord {
  frameIntervals: number[];
  longTasks: number[];
  reachedEnd: boolean;
  wallMs: number;
}

/**
 * Presses `play`, then records every animation frame and every long task until `slider`
 * reaches its maximum (the end of the story) or `limitMs` passes.
 */
export function recordPlayback([play, slider, limitMs]: readonly [
  Element,
  Element,
  number,
]): Promise<PlaybackRecord> {
  const valueOf = (name: 'now' | 'max') => {
    const input = slider as HTMLInputElement;
    const attribute = slider.getAttribute(`aria-value${name}`);
    if (attribute !== null) return Number(attribute);
    return Number(name === 'now' ? input.value : input.max);
  };
  return new Promise((resolve) => {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const frames: number[] = [];
    const start = performance.now();
    const frame = (now: number) => {
      frames.push(now);
      const atEnd = valueOf('now') >= valueOf('max');
      if (atEnd || now - start > limitMs) {
        observer.disconnect();
        resolve({
          frameIntervals: frames.slice(1).map((t, i) => t - frames[i]!),
          longTasks,
          reachedEnd: atEnd,
          wallMs: now - start,
        });
        return;
      }
      requestAnimationFrame(frame);
    };
    (play as HTMLElement).click();
    requestAnimationFrame(frame);
  });
}

/** Records, for every keydown from now on, the time until the frame after its handlers. */
export function measureKeyLatencies(): void {
  window.__keyLatencies = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const started = event.timeStamp;
      requestAnimationFrame(() => {
        // The message is handled after the frame that rAF precedes has been produced.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__keyLatencies!.push(performance.now() - started);
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
}

/** Records frame intervals for `ms` on an idle page: what this browser's frame pacing allows. */
export function idleFrameIntervals(ms: number): Promise<number[]> {
  return new Promise((resolve) => {
    const frames: number[] = [];
    const frame = (now: number) => {
      frames.push(now);
      if (now - frames[0]! < ms) requestAnimationFrame(frame);
      else resolve(frames.slice(1).map((t, i) => t - frames[i]!));
    };
    requestAnimationFrame(frame);
  });
}
