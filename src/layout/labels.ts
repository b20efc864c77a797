/**
 * Label placement on one lane: every label is a box on the lane's single line of text, and no
 * two boxes (or a box and a marker) ever overlap. A label that does not fit whole is shortened
 * with an ellipsis to the room it has; one with no room at all is left out. Either way its full
 * text stays in `full`, for the part's tooltip and accessible name.
 */

/** A box on the axis, in pixels. */
export interface Interval {
  x: number;
  w: number;
}

/** What wants a label, in the order of importance (the first placed wins its room). */
export interface LabelRequest {
  key: string;
  full: string;
  /** The mark it points from: a callout opens beside it (right, else left). */
  anchor: Interval;
  /**
   * `beside`: a callout to the right of the anchor (or to its left when the right is taken);
   * `inside`: within `within` (a segment's visible part), from its left edge.
   */
  mode: 'beside' | 'inside';
  within?: Interval;
}

export interface PlacedLabel {
  key: string;
  x: number;
  w: number;
  /** The text shown: the whole label, or its start and an ellipsis. */
  text: string;
  full: string;
  side: 'right' | 'left' | 'inside';
}

/** Space kept between neighbours, and the fewest characters a shortened label keeps. */
const PAD_PX = 4;
const MIN_CHARS = 4;
/** Room between a callout and the mark it points from. */
const GAP_PX = 6;
/** A label's box adds this much to its text (its padding and border). */
export const LABEL_CHROME_PX = 16;

/**
 * Places labels in order on a lane `width` pixels wide around fixed `markers`.
 *
 * @example
 *   placeLabels([{ key: 'a', full: 'prints 4', anchor: { x: 10, w: 0 }, mode: 'beside' }], [], 300, 7);
 *   // [{ key: 'a', x: 16, w: 70, text: 'prints 4', side: 'right', … }]
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  markers: readonly Interval[],
  width: number,
  charPx: number,
): PlacedLabel[] {
  const taken: Interval[] = markers.map((m) => ({ x: m.x - PAD_PX / 2, w: m.w + PAD_PX }));
  const placed: PlacedLabel[] = [];
  const widthOf = (chars: number) => chars * charPx + LABEL_CHROME_PX;
  for (const r of requests) {
    const want = widthOf(r.full.length);
    const tries: { side: PlacedLabel['side']; room: Interval }[] =
      r.mode === 'inside' && r.within
        ? [{ side: 'inside', room: clip(r.within, width) }]
        : [
            { side: 'right', room: { x: r.anchor.x + r.anchor.w + GAP_PX, w: width } },
            { side: 'left', room: { x: 0, w: Math.max(0, r.anchor.x - GAP_PX) } },
          ].map((t) => ({ side: t.side as PlacedLabel['side'], room: clip(t.room, width) }));
    let best: { side: PlacedLabel['side']; box: Interval } | null = null;
    for (const { side, room } of tries) {
      const free = freeRoom(room, taken, side);
      if (!free) continue;
      const w = Math.min(want, free.w);
      const box = side === 'left' ? { x: free.x + free.w - w, w } : { x: free.x, w };
      if (w >= want) {
        best = { side, box };
        break;
      }
      if (!best || box.w > best.box.w) best = { side, box };
    }
    if (!best) continue;
    const chars = Math.floor((best.box.w - LABEL_CHROME_PX) / charPx);
    if (chars < Math.min(MIN_CHARS, r.full.length)) continue;
    const text = chars >= r.full.length ? r.full : `${r.full.slice(0, Math.max(1, chars - 1))}…`;
    const w = Math.min(best.box.w, widthOf(text.length));
    const x = best.side === 'left' ? best.box.x + best.box.w - w : best.box.x;
    placed.push({ key: r.key, x, w, text, full: r.full, side: best.side });
    taken.push({ x: x - PAD_PX, w: w + 2 * PAD_PX });
  }
  return placed;
}

/** The part of `room` inside the lane's 0…width. */
function clip(room: Interval, width: number): Interval {
  const x = Math.max(0, room.x);
  return { x, w: Math.max(0, Math.min(room.x + room.w, width) - x) };
}

/**
 * The free stretch of `room` that starts at its near edge (its left for a label opening right,
 * its right for one opening left) and runs until the first taken box; inside a segment, the
 * first free stretch after the marks that cover its start.
 */
function freeRoom(room: Interval, taken: readonly Interval[], side: PlacedLabel['side']) {
  let lo = room.x;
  let hi = room.x + room.w;
  if (side === 'inside') {
    // Words inside a stretch start after any mark at its start (a print as the loop goes
    // idle), then run until the next mark: the stretch is still the place they describe.
    for (const b of [...taken].sort((p, q) => p.x - q.x)) {
      if (b.x + b.w <= lo) continue;
      if (b.x <= lo) lo = b.x + b.w;
      else {
        hi = Math.min(hi, b.x);
        break;
      }
    }
    return hi - lo > 0 ? { x: lo, w: hi - lo } : null;
  }
  for (const b of taken) {
    const bLo = b.x;
    const bHi = b.x + b.w;
    if (bHi <= lo || bLo >= hi) continue;
    if (side === 'left') {
      // Opening leftwards from hi: a box covering hi leaves nothing; otherwise stop at it.
      if (bHi >= hi) return null;
      lo = Math.max(lo, bHi);
    } else {
      if (bLo <= lo) return null;
      hi = Math.min(hi, bLo);
    }
  }
  return hi - lo > 0 ? { x: lo, w: hi - lo } : null;
}

/** Whether two boxes overlap (touching edges do not). */
export const overlaps = (a: Interval, b: Interval): boolean => a.x < b.x + b.w && b.x < a.x + a.w;
