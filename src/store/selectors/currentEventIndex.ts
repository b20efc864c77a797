import type { Trace } from '../../core/trace';

/**
 * Index of the last event that has happened by `t` (-1 before the first): the event the
 * narration describes.
 *
 * @example
 *   currentEventIndex(trace, 0); // index of the last event stamped t = 0
 */
export function currentEventIndex(trace: Trace, t: number): number {
  const events = trace.events;
  let lo = -1;
  let hi = events.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (events[mid]!.t <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
