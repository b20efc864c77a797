import { us, type VirtualUs } from '../core/trace';
import { overlaps, type Interval } from './labels';

/** A stretch of virtual time on screen, in µs (the zoom window, or the whole run). */
export interface Span {
  from: number;
  to: number;
}

/** An axis label: its time, where it sits and what it says. */
export interface Tick {
  t: number;
  x: number;
  text: string;
}

/** The time axis of one drawing: a window of virtual time laid across `width` pixels. */
export interface Axis {
  from: number;
  to: number;
  width: number;
  /** Pixels from the axis's left edge for time `t` (µs); may lie outside 0…width. */
  x(t: number): number;
  /** The moment at `x` pixels, clamped to the window, to the microsecond. */
  at(x: number): VirtualUs;
  ticks: Tick[];
}

/** Ticks stand about this far apart: an axis with room to breathe. */
const TICK_GAP_PX = 72;
/** When that leaves fewer ticks than this in the window (a zoomed phone axis)… */
const FEWEST_TICKS = 3;
/**
 * …finer ones are used, as long as their labels keep this much space between them (counted
 * with the lane labels' wider characters: on the page the space is larger, about 12 px).
 */
const TICK_LABEL_SPACE_PX = 8;

/**
 * The axis for a window of virtual time drawn `width` pixels wide, with ticks every 1, 2 or
 * 5 × 10^k seconds, about `TICK_GAP_PX` apart (closer when that would leave fewer than
 * `FEWEST_TICKS`, never so close that labels `charPx` wide a character touch), all labelled
 * to the decimals their spacing needs (8.000, 8.005).
 *
 * @example axisOf({ from: 0, to: 10_000_000 }, 500).x(5_000_000); // 250
 */
export function axisOf(window: Span, width: number, charPx = 7): Axis {
  const { from, to } = window;
  const span = Math.max(to - from, 1);
  const scale = width / span;
  // A microsecond is the trace's resolution: no tick finer than that.
  let step = Math.max(1e-6, niceStep(span / 1e6, Math.max(1, Math.floor(width / TICK_GAP_PX))));
  let ticks = ticksEvery(step, window, scale);
  while (ticks.length < FEWEST_TICKS) {
    const finer = finerStep(step);
    if (finer < 1e-6) break;
    const finerTicks = ticksEvery(finer, window, scale);
    if (!labelsApart(finerTicks, width, charPx)) break;
    step = finer;
    ticks = finerTicks;
  }
  return {
    from,
    to,
    width,
    x: (t) => (t - from) * scale,
    at: (x) => us(Math.min(Math.max(from + x / scale, from), to)),
    ticks,
  };
}

/** A tick every `step` seconds in `window`, `scale` px per µs from its start. */
function ticksEvery(step: number, window: Span, scale: number): Tick[] {
  const decimals = decimalsFor(step);
  const ticks: Tick[] = [];
  const first = Math.ceil(window.from / 1e6 / step - 1e-9);
  for (let k = first; k * step * 1e6 <= window.to + 1e-3; k++) {
    const t = Math.round(k * step * 1e6);
    ticks.push({ t, x: (t - window.from) * scale, text: (t / 1e6).toFixed(decimals) });
  }
  return ticks;
}

/** Whether each tick's label keeps `TICK_LABEL_SPACE_PX` from the next one's. */
function labelsApart(ticks: Tick[], width: number, charPx: number): boolean {
  const spans = ticks.map((tick) => tickLabelSpan(tick, width, tick.text.length * charPx));
  return spans.every((a, i) => {
    const b = spans[i + 1];
    return !b || b.x - (a.x + a.w) >= TICK_LABEL_SPACE_PX;
  });
}

/** The decimals a tick every `step` seconds needs: 1 at least, at most 6 (the microsecond). */
const decimalsFor = (step: number) =>
  Math.max(1, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));

/** The next nice spacing down: 1 → 0.5, 5 → 2, 2 → 1 (× 10^k). */
function finerStep(step: number): number {
  const pow = 10 ** Math.floor(Math.log10(step) + 1e-9);
  const m = Math.round(step / pow);
  return m === 1 ? pow / 2 : m === 5 ? 2 * pow : pow;
}

/** A spacing of 1, 2 or 5 × 10^k seconds giving at most `most` ticks over `seconds`. */
function niceStep(seconds: number, most: number): number {
  const raw = seconds / most;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5]) if (m * pow >= raw * (1 - 1e-9)) return m * pow;
  return 10 * pow;
}

/** The playhead's time tag: its gap from the line and its padding, in px (overlay.css). */
const PLAYHEAD_TAG_CHROME_PX = 16;

/**
 * Whether the playhead's time tag (`text`, e.g. "0.008 s") goes left of the line: when it
 * would not fit between the line at `x` and the axis's right end. `charPx` is the widest
 * character of the lane labels' font, which is a little larger than the tag's.
 *
 * @example playheadTagToLeft(335, 380, '0.008 s', 7); // true: 335 + 7 × 7 + 16 > 380
 */
export function playheadTagToLeft(x: number, width: number, text: string, charPx: number): boolean {
  return x + text.length * charPx + PLAYHEAD_TAG_CHROME_PX > width;
}

/** Near an end of the axis (this close, px) a tick's label is flush with its tick, not centred. */
export const TICK_EDGE_PX = 16;

/**
 * Where a tick's label `textPx` wide lies on an axis `width` px wide: centred on its tick, but
 * flush with it near an end of the axis so that it is never cut.
 */
function tickLabelSpan(tick: Tick, width: number, textPx: number): Interval {
  const x =
    tick.x < TICK_EDGE_PX
      ? tick.x
      : tick.x > width - TICK_EDGE_PX
        ? tick.x - textPx
        : tick.x - textPx / 2;
  return { x, w: textPx };
}

/**
 * The ticks whose labels stay readable beside the playhead's time tag at `x` (whose words are
 * `tagText`): the tag stands over the others, which keep their mark only. `charPx` as for
 * {@link playheadTagToLeft}.
 *
 * @example labelledTicks(axis, axis.x(t), '8.003 s', 7); // the ticks minus the one under "8.003 s"
 */
export function labelledTicks(axis: Axis, x: number, tagText: string, charPx: number): Tick[] {
  const tagPx = tagText.length * charPx + PLAYHEAD_TAG_CHROME_PX;
  const tag = playheadTagToLeft(x, axis.width, tagText, charPx)
    ? { x: x - tagPx, w: tagPx }
    : { x, w: tagPx };
  return axis.ticks.filter(
    (tick) => !overlaps(tickLabelSpan(tick, axis.width, tick.text.length * charPx), tag),
  );
}
