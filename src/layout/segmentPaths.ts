import type { Interval } from './labels';
import type { SegmentBox } from './threadRowLayout';
import { pxText } from './pxText';

/** The looks drawn as shapes (one path each per lane), not as one element per segment. */
export const PATH_LOOKS = ['running', 'sleeping', 'busy'] as const;
export type PathLook = (typeof PATH_LOOKS)[number];

/** A segment box's corner radius and a sleeping box's border, in px (as `.tl-seg` has them). */
export const SEG_RADIUS_PX = 3;
export const SLEEP_BORDER_PX = 1.5;

/** One lane's shapes: per look, a path of rounded boxes, ready for an SVG `d`. */
export interface SegmentPaths {
  running: string;
  /**
   * Sleeping boxes, each inset by half its border: filled (hatched) and stroked with the
   * border's width, the stroke's outer edge lies on the box's edge, as `.tl-seg`'s border does.
   */
  sleeping: string;
  busy: string;
}

/**
 * Corners as quadratic curves (`q`), not arcs: at a 3 px radius the two differ by 0.13 px,
 * and a box's text is a third shorter. A zoom step on a 1,000-job trace sets about 1,400
 * boxes' text, which Blink parses again.
 */
function corners(r: string, minusR: string) {
  return {
    topRight: `q${r} 0 ${r} ${r}`,
    bottomRight: `q0 ${r} ${minusR} ${r}`,
    bottomLeft: `q${minusR} 0 ${minusR} ${minusR}`,
    topLeft: `q0 ${minusR} ${r} ${minusR}`,
  };
}

/** A rounded box as a closed subpath; `r` shrinks to fit a narrow box. */
function roundedBox(x: number, y: number, w: number, h: number, radius: number): string {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2));
  const c = corners(pxText(r), pxText(-r));
  return (
    `M${pxText(x + r)} ${pxText(y)}h${pxText(w - 2 * r)}${c.topRight}v${pxText(h - 2 * r)}${c.bottomRight}` +
    `h${pxText(-(w - 2 * r))}${c.bottomLeft}v${pxText(-(h - 2 * r))}${c.topLeft}z`
  );
}

/**
 * `roundedBox` for boxes `h` tall at `y`, as a function of x and width: the same string, with the
 * parts that depend only on the height (the corners and the sides) made once. Why: a zoom or pan
 * step redraws every box of every lane in view, and the corners were most of each box's text.
 */
function boxesOfHeight(y: number, h: number, radius: number): (x: number, w: number) => string {
  const r = Math.max(0, Math.min(radius, h / 2));
  const c = corners(pxText(r), pxText(-r));
  const top = ` ${pxText(y)}h`;
  const right = `${c.topRight}v${pxText(h - 2 * r)}${c.bottomRight}h`;
  const left = `${c.bottomLeft}v${pxText(-(h - 2 * r))}${c.topLeft}z`;
  return (x, w) =>
    w / 2 < r
      ? roundedBox(x, y, w, h, radius)
      : `M${pxText(x + r)}${top}${pxText(w - 2 * r)}${right}${pxText(-(w - 2 * r))}${left}`;
}

export const isPathLook = (look: string): look is PathLook =>
  (PATH_LOOKS as readonly string[]).includes(look);

/**
 * A lane's running, sleeping and busy boxes as one path per look, `height` px tall. Why: a pool
 * worker's lane has hundreds of these boxes, and each zoom or pan step moved, added and removed
 * as many elements (style, layout and paint of each); a few paths are redrawn in one go. The
 * boxes that take focus or name themselves (a blocked wait, an idle loop) stay elements.
 *
 * @example segmentPaths(layoutThreadRow(…).segments, 28.8).running; // 'M3 0h10q3 0 3 3v22.8…z'
 */
export function segmentPaths(boxes: readonly SegmentBox[], height: number): SegmentPaths {
  const parts: Record<keyof SegmentPaths, string[]> = { running: [], sleeping: [], busy: [] };
  const inset = SLEEP_BORDER_PX / 2;
  const outer = boxesOfHeight(0, height, SEG_RADIUS_PX);
  const inner = boxesOfHeight(inset, height - 2 * inset, SEG_RADIUS_PX - inset);
  for (const box of boxes) {
    if (!isPathLook(box.look)) continue;
    if (box.look === 'sleeping')
      parts.sleeping.push(inner(box.x + inset, Math.max(0, box.w - 2 * inset)));
    else parts[box.look].push(outer(box.x, box.w));
  }
  return {
    running: parts.running.join(''),
    sleeping: parts.sleeping.join(''),
    busy: parts.busy.join(''),
  };
}

/**
 * The drawn box under `x` (px of the axis), for a path-drawn box's tooltip; the last one drawn
 * wins where two touch, as it is painted on top.
 */
export function boxAt<T extends Interval>(boxes: readonly T[], x: number): T | null {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const box = boxes[i]!;
    if (x >= box.x && x <= box.x + box.w) return box;
  }
  return null;
}

/** Boxes per chunk: a chunk's paths are made again only when one of its boxes moved. */
export const CHUNK_BOXES = 32;

/** What `chunkedPaths` keeps from one call to the next. */
export interface PathChunks {
  height: number;
  boxes: readonly SegmentBox[];
  chunks: SegmentPaths[];
}

const sameBox = (a: SegmentBox | undefined, b: SegmentBox | undefined) =>
  a !== undefined && b !== undefined && a.x === b.x && a.w === b.w && a.look === b.look;

/**
 * `segmentPaths` in chunks of CHUNK_BOXES boxes, reusing the chunks of `before` whose boxes did
 * not move. Why: while playing, a lane's boxes stay put but its last grows and new ones appear
 * at its end, so only the last chunk is made and redrawn each frame, not the whole lane.
 *
 * @example let kept = chunkedPaths(boxes, 28.8); kept = chunkedPaths(nextBoxes, 28.8, kept);
 */
export function chunkedPaths(
  boxes: readonly SegmentBox[],
  height: number,
  before: PathChunks | null = null,
): PathChunks {
  const drawn = boxes.filter((b) => isPathLook(b.look));
  const chunks: SegmentPaths[] = [];
  for (let from = 0; from < drawn.length; from += CHUNK_BOXES) {
    const to = Math.min(from + CHUNK_BOXES, drawn.length);
    const old = before?.height === height ? before.chunks[from / CHUNK_BOXES] : undefined;
    // Kept only if it held exactly these boxes: the same ones, and no fewer or more.
    let same = old !== undefined && Math.min(from + CHUNK_BOXES, before!.boxes.length) === to;
    for (let i = from; same && i < to; i++) same = sameBox(drawn[i], before!.boxes[i]);
    chunks.push(same ? old! : segmentPaths(drawn.slice(from, to), height));
  }
  return { height, boxes: drawn, chunks };
}
