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
    /** Per keydown or wheel event since {@link measureInputLatencies}: see {@link InputLatency}. */
    __inputLatencies?: InputLatency[];
    /** Set by {@link watchTraceArrived} when the app marks `fv:trace-arrived`. */
    __traceArrived?: TraceArrival;
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
  /** When asked for: elements in the page at the middle of the run and at its end. */
  domNodes: { middle: number | null; end: number | null } | null;
}

/**
 * Presses `play`, then records every animation frame and every long task until `slider`
 * reaches its maximum (the end of the story) or `limitMs` passes. With `countDom`, also
 * counts the page's elements in the first frame past the slider's middle and in the last.
 */
export function recordPlayback([play, slider, limitMs, countDom]: readonly [
  Element,
  Element,
  number,
  boolean,
]): Promise<PlaybackRecord> {
  const valueOf = (name: 'now' | 'max' | 'min') => {
    const input = slider as HTMLInputElement;
    const attribute = slider.getAttribute(`aria-value${name}`);
    if (attribute !== null) return Number(attribute);
    return Number(input[name === 'now' ? 'value' : name]);
  };
  const elements = () => document.getElementsByTagName('*').length;
  return new Promise((resolve) => {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const frames: number[] = [];
    const domNodes = countDom
      ? { middle: null as number | null, end: null as number | null }
      : null;
    const middle = (valueOf('min') + valueOf('max')) / 2;
    const start = performance.now();
    const frame = (now: number) => {
      frames.push(now);
      const value = valueOf('now');
      if (domNodes && domNodes.middle === null && value >= middle) domNodes.middle = elements();
      const atEnd = value >= valueOf('max');
      if (atEnd || now - start > limitMs) {
        observer.disconnect();
        if (domNodes) domNodes.end = elements();
        resolve({
          frameIntervals: frames.slice(1).map((t, i) => t - frames[i]!),
          longTasks,
          reachedEnd: atEnd,
          wallMs: now - start,
          domNodes,
        });
        return;
      }
      requestAnimationFrame(frame);
    };
    (play as HTMLElement).click();
    requestAnimationFrame(frame);
  });
}

/** One input event as {@link measureInputLatencies} saw it. */
export interface InputLatency {
  type: 'keydown' | 'wheel';
  /** ms from the event to the end of the frame after its handlers ran. */
  ms: number;
  /** DOM mutations and scrolls between the event and that frame: 0 means it changed nothing. */
  changes: number;
}

/**
 * Records, for every keydown and wheel event from now on, the time from the event until the
 * frame after its handlers has been produced, and whether the page changed in between.
 */
export function measureInputLatencies(): void {
  // Once per page: a second set of listeners would record every event twice.
  if (window.__inputLatencies) return;
  const latencies: InputLatency[] = [];
  window.__inputLatencies = latencies;
  let changes = 0;
  new MutationObserver((records) => (changes += records.length)).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  // A view may pan by scrolling, which mutates nothing; scroll events do not bubble, capture does.
  document.addEventListener('scroll', () => changes++, { capture: true, passive: true });
  const measure = (event: Event) => {
    const started = event.timeStamp;
    const before = changes;
    requestAnimationFrame(() => {
      // The message is handled after the frame that rAF precedes has been produced.
      const channel = new MessageChannel();
      channel.port1.onmessage = () =>
        latencies.push({
          type: event.type as InputLatency['type'],
          ms: performance.now() - started,
          changes: changes - before,
        });
      channel.port2.postMessage(null);
    });
  };
  // Capture, passive: seen before the app's own handlers, and never delaying a scroll.
  document.addEventListener('keydown', measure, { capture: true, passive: true });
  document.addEventListener('wheel', measure, { capture: true, passive: true });
}

/** What {@link watchTraceArrived} saw: ms after navigation start. */
export interface TraceArrival {
  /** When the app marked `fv:trace-arrived` (a playground run's trace handed to the player). */
  markedAt: number;
  /** The first animation frame callback after the mark (before that frame's style, layout, paint). */
  frameStartedAt?: number;
  /** When that frame had been produced: what "first frame" means in the bench's figure. */
  frameDoneAt?: number;
}

/**
 * Init script: when the app marks `fv:trace-arrived`, notes the mark's time and the first
 * frame after it. Only the first run's mark counts (the one a visitor of the link waits for).
 */
export function watchTraceArrived(): void {
  const observer = new PerformanceObserver((list) => {
    const mark = list.getEntriesByName('fv:trace-arrived')[0];
    if (!mark || window.__traceArrived) return;
    observer.disconnect();
    const arrival: TraceArrival = { markedAt: mark.startTime };
    window.__traceArrived = arrival;
    requestAnimationFrame(() => {
      arrival.frameStartedAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (arrival.frameDoneAt = performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe({ type: 'mark', buffered: true });
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

/**
 * A page that only plays: for `ms`, every frame moves a line, a range input and its readout,
 * as the Lab's playhead, Time slider and clock do. Resolves with the frames it drew. What the
 * bench's CPU-per-frame measure reads on it is this machine's floor for any playback.
 */
export function playNothing(ms: number): Promise<number> {
  document.body.innerHTML =
    '<div id="line" style="position:absolute;top:0;width:2px;height:20rem;background:#000"></div>' +
    '<input id="slider" type="range" min="0" max="1000" style="margin-top:21rem;width:20rem">' +
    '<output id="readout"></output>';
  const line = document.getElementById('line')!;
  const slider = document.getElementById('slider') as HTMLInputElement;
  const readout = document.getElementById('readout')!;
  return new Promise((resolve) => {
    let frames = 0;
    let start: number | null = null;
    const frame = (now: number) => {
      start ??= now;
      frames++;
      const x = ((now - start) / ms) * 1000;
      line.style.transform = `translateX(${x}px)`;
      slider.value = String(x);
      readout.textContent = `${(x / 100).toFixed(3)} s`;
      if (now - start < ms) requestAnimationFrame(frame);
      else resolve(frames);
    };
    requestAnimationFrame(frame);
  });
}
