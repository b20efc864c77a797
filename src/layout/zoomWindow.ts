/**
 * The zoom window: which stretch of virtual time the timeline shows. Pure arithmetic on
 * `{ from, to }` in whole microseconds, shared by the store (zoom, pan, follow the playhead),
 * the link (`from=`/`to=`) and the views (buttons, overview, the timeline's axis).
 *
 * Every helper keeps a window inside the run's axis domain (`domainOf`, as the timeline's
 * scale draws it) and at least `MIN_WINDOW_US` wide; a window that would leave the domain is
 * shifted back in rather than shrunk, so a zoom or pan never changes the width by surprise.
 *
 * @example
 *   const domain = domainOf(trace.end);
 *   let w = fitWindow(trace.end);               // { from: 0, to: ≈ 1.1 × end }
 *   w = zoomAround(w, 2, fromSeconds(8), domain); // half as wide, 8.0 s where it was
 *   w = panBy(w, 500_000, domain);              // half a second later
 */
import type { VirtualUs } from '../core/trace';

/**
 * The whole run's axis domain in µs: a little past the end, so the last labels have room, and
 * at least 1.1 s, so a run that ends at once still has an axis. The zoom window's "Fit".
 *
 * @example domainOf(5_014_000); // ≈ 5_515_400
 */
export const domainOf = (end: number): number => Math.max(end, 1_000_000) * 1.1;

/** A stretch of virtual time on screen, `from` < `to`, in µs. */
export interface TimeWindow {
  from: VirtualUs;
  to: VirtualUs;
}

/** The narrowest window: 2 ms. Events closer than this are one instant to a reader anyway. */
export const MIN_WINDOW_US = 2_000;

/** One press of `+` / **Zoom in** halves the window; `-` / **Zoom out** doubles it. */
export const ZOOM_STEP = 2;

/** What the playhead's page turn leaves to its left, as a fraction of the window. */
const FOLLOW_LEAD = 0.1;

/** The last whole µs of the domain: windows are in whole µs and never pass the axis' end. */
const lastUs = (domain: number): number => Math.max(Math.floor(domain), 0);

const win = (from: number, to: number): TimeWindow => ({
  from: from as VirtualUs,
  to: to as VirtualUs,
});

/**
 * The whole run: the window "Fit" shows.
 *
 * @example fitWindow(0); // { from: 0, to: 1_100_000 }
 */
export function fitWindow(end: number): TimeWindow {
  return win(0, lastUs(domainOf(end)));
}

/** Whether `w` shows the whole domain (then the store keeps no window at all). */
export function coversDomain(w: TimeWindow, domain: number): boolean {
  return w.from <= 0 && w.to >= lastUs(domain);
}

/**
 * `w` made valid for `domain`: at least `MIN_WINDOW_US` wide (or the whole domain, if that is
 * narrower), no wider than the domain, and inside [0, domain] — shifted in, not shrunk. A
 * window that is already valid comes back as the same object.
 *
 * @example clampWindow({ from: -5, to: 995 }, 2_000_000); // { from: 0, to: 2_000 }
 */
export function clampWindow(w: TimeWindow, domain: number): TimeWindow {
  const limit = lastUs(domain);
  if (!Number.isFinite(w.from) || !Number.isFinite(w.to)) return win(0, limit);
  const width = Math.min(Math.max(Math.round(w.to - w.from), MIN_WINDOW_US), limit);
  const from = Math.min(Math.max(Math.round(w.from), 0), limit - width);
  if (from === w.from && from + width === w.to) return w;
  return win(from, from + width);
}

/**
 * Zooms by `factor` (> 1 in, < 1 out) keeping `anchor` at the same place on screen: the
 * fraction of the window left of it stays the same, as under a pointer's wheel.
 *
 * @example zoomAround({ from: 0, to: 4_000_000 }, 2, 1_000_000, 10e6); // { from: 500_000, to: 2_500_000 }
 */
export function zoomAround(
  w: TimeWindow,
  factor: number,
  anchor: number,
  domain: number,
): TimeWindow {
  if (!Number.isFinite(factor) || factor <= 0 || !Number.isFinite(anchor)) return w;
  const valid = clampWindow(w, domain);
  const width = valid.to - valid.from;
  const next = Math.min(Math.max(width / factor, MIN_WINDOW_US), lastUs(domain));
  const from = anchor - ((anchor - valid.from) / width) * next;
  return clampWindow(win(from, from + next), domain);
}

/**
 * Moves the window by `delta` µs (negative: earlier), stopping at either end of the domain.
 *
 * @example panBy({ from: 0, to: 1_000_000 }, -300, 5e6); // the same window: it is at the start
 */
export function panBy(w: TimeWindow, delta: number, domain: number): TimeWindow {
  if (!Number.isFinite(delta)) return w;
  return clampWindow(win(w.from + delta, w.to + delta), domain);
}

/**
 * Keeps the playhead `t` in view: inside `w` (ends included) it returns `w` itself, so a
 * store sees nothing change; outside, it turns the page so `t` sits at 10 % of the window, as
 * a reader turning pages left to right expects.
 *
 * @example followPlayhead({ from: 0, to: 1_000_000 }, 1_500_000, 5e6); // { from: 1_400_000, to: 2_400_000 }
 */
export function followPlayhead(w: TimeWindow, t: number, domain: number): TimeWindow {
  if (t >= w.from && t <= w.to) return w;
  const width = w.to - w.from;
  const from = t - width * FOLLOW_LEAD;
  return clampWindow(win(from, from + width), domain);
}

/**
 * A window `widthUs` wide centred on `t` (shifted in at the domain's ends).
 *
 * @example windowAround(8_000_000, 200_000, 12e6); // { from: 7_900_000, to: 8_100_000 }
 */
export function windowAround(t: number, widthUs: number, domain: number): TimeWindow {
  return clampWindow(win(t - widthUs / 2, t + widthUs / 2), domain);
}
