import type { Trace } from '../../core/trace';

/**
 * Index of the last event shown at the position (`t`, `cut`) (-1 before the first): the end
 * of the current step, whose headline the narration tells. With a `cut` (a seq within the
 * instant `t`) that is the cut itself, as seqs are positions in `trace.events`; without one,
 * the last event stamped at or before `t`. O(log n), so it may run every frame.
 *
 * @example
 *   currentEventIndex(trace, 0); // index of the last event stamped t = 0
 *   currentEventIndex(trace, fromSeconds(8), 41); // 41
 */
export function currentEventIndex(trace: Trace, t: number, cut: number | null = null): number {
  if (cut !== null) return cut;
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
