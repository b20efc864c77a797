import type { CSSProperties } from 'react';

/**
 * The room a callout has on the axis, as a CSS variable its max-width is computed from
 * (timeline.css): from the axis's start to `atPct` when it opens to the left, from `atPct` to
 * the axis's end when it opens to the right. A longer text ends in an ellipsis instead of
 * running under the lane names or past the axis.
 *
 * @example <span className="tl-callout to-left" style={calloutRoom(true, 72)} />
 */
export function calloutRoom(toLeft: boolean, atPct: number): CSSProperties {
  return { '--room': Math.max(0, toLeft ? atPct : 100 - atPct) } as CSSProperties;
}
