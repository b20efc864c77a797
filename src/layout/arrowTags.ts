/**
 * The words on asyncio's arrows: "☰ scheduled" at the start of a scheduled arrow (the queue it
 * leaves from), "☰ queued" at the end of a schedule arrow (the queue it joins). Several arrows
 * meet at one instant (a completion queues a callback and a task's wakeup at once), and a tag
 * sits on the loop's lane, among that lane's words and marks: a tag that would overlap one
 * already placed, or a label or mark of its lane, is left out, its arrow still named in full by
 * its sentence (and the legend says what ☰ means). Where the words do not fit, beside the point
 * on either side, the ☰ alone may.
 */
import type { ArrowShape } from './arrowPath';
import type { CauseArrow } from './causeArrows';
import type { Interval } from './labels';
import type { ThreadRowLayout } from './threadRowLayout';

export interface ArrowTag {
  key: string;
  text: string;
  /** The text's start and baseline, in the arrows' pixels. */
  x: number;
  y: number;
}

/** A tag's text is this many pixels a character, and this tall: generous, for any font. */
const TAG_CHAR_PX = 6.5;
const TAG_HEIGHT_PX = 12;

/** What a lane holds on its line of text where no tag may go: labels, callbacks, prints, loop steps and turn numbers. */
export function laneMarks(layout: ThreadRowLayout): Interval[] {
  return [
    ...layout.labels,
    ...layout.callbacks,
    ...layout.prints.map((p) => ({ x: p.x - 3, w: 6 })),
    ...(layout.loop?.steps ?? []),
    ...(layout.loop?.turns.filter((m) => m.numbered).map((m) => ({ x: m.x - 5, w: 10 })) ?? []),
  ];
}

/** No lane marks: where the caller has no lanes to avoid (tests, a bare picture of arrows). */
const NO_MARKS = (): readonly Interval[] => [];

/**
 * The tags of `arrows` drawn as `shapes` (same order; null where an arrow is not drawn), none
 * overlapping another or what `marksOf` says the lane under it holds (`rowPx` tall rows; a
 * tag's lane is the row of the point it is written at: the arrow's start or end), and none
 * outside the lanes' `width`.
 *
 * @example arrowTags([scheduledArrow], [shape], { rowPx: 43, width: 800, marksOf }); // [{ key, text: '☰ scheduled', x: 106, y: 12 }]
 */
export function arrowTags(
  arrows: readonly CauseArrow[],
  shapes: readonly (ArrowShape | null)[],
  lanes: { rowPx: number; width: number; marksOf?: (row: number) => readonly Interval[] } = {
    rowPx: 1,
    width: Infinity,
  },
): ArrowTag[] {
  const { rowPx, width, marksOf = NO_MARKS } = lanes;
  const tags: ArrowTag[] = [];
  // Arrows that meet at one point (a completion queues a callback and a wakeup at once) share
  // its one tag.
  const said = new Set<string>();
  arrows.forEach((a, i) => {
    const shape = shapes[i];
    if (!shape) return;
    const at = a.kind === 'scheduled' ? shape.start : a.kind === 'schedule' ? shape.end : null;
    if (!at) return;
    const words = a.kind === 'scheduled' ? '☰ scheduled' : '☰ queued';
    const point = `${words} ${at.x} ${at.y}`;
    if (said.has(point)) return;
    said.add(point);
    const marks = marksOf(Math.floor(at.y / rowPx));
    const free = (tag: ArrowTag) => {
      const w = tag.text.length * TAG_CHAR_PX;
      const clash = tags.some(
        (b) =>
          Math.abs(b.y - tag.y) < TAG_HEIGHT_PX &&
          tag.x < b.x + b.text.length * TAG_CHAR_PX &&
          b.x < tag.x + w,
      );
      const inside = tag.x >= 0 && tag.x + w <= width;
      return inside && !clash && !marks.some((m) => tag.x < m.x + m.w && m.x < tag.x + w);
    };
    // The words beside the point (right, else left), else the ☰ alone: the legend spells it out.
    const tries = [words, '☰'].flatMap((text) => {
      const w = text.length * TAG_CHAR_PX;
      return [at.x + 6, at.x - 6 - w].map((x) => ({ key: a.key, text, x, y: at.y - 8 }));
    });
    const tag = tries.find(free);
    if (tag) tags.push(tag);
  });
  return tags;
}
