import { us, type VirtualUs } from '../core/trace';
import { formatSeconds } from '../core/seconds';

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

/** Ticks stand at least this far apart, so their labels never touch. */
const TICK_GAP_PX = 72;

/**
 * The axis for a window of virtual time drawn `width` pixels wide, with ticks every 1, 2 or
 * 5 × 10^k seconds, as many as fit, labelled to the decimals their spacing needs (8.000, 8.005).
 *
 * @example axisOf({ from: 0, to: 10_000_000 }, 500).x(5_000_000); // 250
 */
export function axisOf(window: Span, width: number): Axis {
  const { from, to } = window;
  const span = Math.max(to - from, 1);
  const scale = width / span;
  const step = niceStep(span / 1e6, Math.max(1, Math.floor(width / TICK_GAP_PX)));
  const decimals = Math.max(1, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
  const ticks: Tick[] = [];
  const first = Math.ceil(from / 1e6 / step - 1e-9);
  for (let k = first; k * step * 1e6 <= to + 1e-3; k++) {
    const t = Math.round(k * step * 1e6);
    ticks.push({ t, x: (t - from) * scale, text: formatSeconds(t, decimals) });
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
