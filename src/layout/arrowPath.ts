/**
 * The shape of a cause arrow in pixels, between two points on the lanes.
 *
 * Between lanes it is a curve that bows back into the past: the playhead stands on the current
 * step, so a straight vertical arrow there would hide under it. On one lane (a callback its own
 * thread's set_result runs, a callback added to a done future) it is a short arch over the
 * point, so it is never a zero-length line nobody sees. Where the past has no room (at the
 * axis' start) the bow goes forward instead: arrows never reach over the lanes' names.
 *
 * @example
 *   arrowPath({ x: 100, y: 20 }, { x: 100, y: 80 }, 43).d; // 'M 100 20 C 76 20, 76 80, 100 80'
 */
export interface Point {
  x: number;
  y: number;
}

export interface ArrowShape {
  /** The SVG path, from the cause to the effect. */
  d: string;
  /** Where the source dot goes (an arch starts a little before the effect). */
  start: Point;
  end: Point;
  /** The direction the arrow arrives in, in degrees (0 = pointing right, 90 = down). */
  angle: number;
}

/** Narrowest arch on one lane, px: the source dot and the arrowhead must not overlap. */
const ARCH_MIN_WIDTH = 20;

/**
 * `nth`: how many arrows already drawn run between the same two moments; each bows a little
 * further out, so a wake and the wake back (shutdown() and the worker's end) are two curves.
 */
export function arrowPath(from: Point, to: Point, rowPx: number, nth = 0): ArrowShape {
  const r = (n: number) => Math.round(n * 10) / 10;
  if (Math.abs(from.y - to.y) < 1) {
    const start = { x: Math.max(Math.min(from.x, to.x - ARCH_MIN_WIDTH), 0), y: from.y };
    const end = { x: Math.max(to.x, start.x + ARCH_MIN_WIDTH), y: to.y };
    const top = to.y - rowPx * 0.5;
    return {
      d: `M ${r(start.x)} ${r(start.y)} C ${r(start.x)} ${r(top)}, ${r(end.x)} ${r(top)}, ${r(end.x)} ${r(end.y)}`,
      start,
      end,
      angle: 90,
    };
  }
  // Far apart in time: an S from the cause to the effect. Close: a bow back into the past.
  const bend = Math.max(24, Math.abs(to.y - from.y) * 0.4) + nth * 12;
  const back = Math.min(from.x + (to.x - from.x) / 2, to.x - bend);
  const cx = back >= 0 ? back : Math.max(from.x, to.x) + bend;
  return {
    d: `M ${r(from.x)} ${r(from.y)} C ${r(cx)} ${r(from.y)}, ${r(cx)} ${r(to.y)}, ${r(to.x)} ${r(to.y)}`,
    start: from,
    end: to,
    // The last control point is level with the effect: the arrow arrives pointing away from it.
    angle: cx < to.x ? 0 : 180,
  };
}
