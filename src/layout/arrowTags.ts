/**
 * The words on asyncio's arrows: "☰ scheduled" at the start of a scheduled arrow (the queue it
 * leaves from), "☰ queued" at the end of a schedule arrow (the queue it joins). Several arrows
 * meet at one instant (a completion queues a callback and a task's wakeup at once): a tag that
 * would overlap one already placed is left out, its arrow still named in full by its sentence.
 */
import type { ArrowShape } from './arrowPath';
import type { CauseArrow } from './causeArrows';

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

/**
 * The tags of `arrows` drawn as `shapes` (same order; null where an arrow is not drawn), none
 * overlapping another.
 *
 * @example arrowTags([scheduledArrow], [shape]); // [{ key, text: '☰ scheduled', x: 106, y: 12 }]
 */
export function arrowTags(
  arrows: readonly CauseArrow[],
  shapes: readonly (ArrowShape | null)[],
): ArrowTag[] {
  const tags: ArrowTag[] = [];
  arrows.forEach((a, i) => {
    const shape = shapes[i];
    if (!shape) return;
    const at = a.kind === 'scheduled' ? shape.start : a.kind === 'schedule' ? shape.end : null;
    if (!at) return;
    const tag = {
      key: a.key,
      text: a.kind === 'scheduled' ? '☰ scheduled' : '☰ queued',
      x: at.x + 6,
      y: at.y - 8,
    };
    const w = tag.text.length * TAG_CHAR_PX;
    const clash = tags.some(
      (b) =>
        Math.abs(b.y - tag.y) < TAG_HEIGHT_PX &&
        tag.x < b.x + b.text.length * TAG_CHAR_PX &&
        b.x < tag.x + w,
    );
    if (!clash) tags.push(tag);
  });
  return tags;
}
