import type { FutureView } from '../store/selectors/futuresAt';
import type { ThreadLane } from '../store/selectors/threadSegments';
import type { LaneGroup } from './rows';
import { waitLabel } from '../core/waitText';

/** What a group's members are doing at a moment. */
export interface GroupCounts {
  running: number;
  /** Threads: in `time.sleep`. */
  sleeping: number;
  /** Threads: a pool worker with nothing to do (its lane says "waiting for work"). */
  idle: number;
  /** Threads: blocked in any other wait. Futures: pending. */
  waiting: number;
  done: number;
  /** Not started yet (a thread) or not created yet (a future). */
  later: number;
}

/**
 * How many of a group's members run, wait and are done at `t`: for threads, running, sleeping,
 * waiting for work, blocked, finished (as their lanes say it: a sleeping worker is not
 * "waiting"); for futures, running, pending, settled.
 *
 * @example groupCounts(group, lanesByName, futuresById, t); // { running: 3, sleeping: 5, idle: 0, waiting: 0, done: 0, later: 0 }
 */
export function groupCounts(
  group: LaneGroup,
  lanes: ReadonlyMap<string, ThreadLane>,
  futures: ReadonlyMap<number, FutureView>,
  t: number,
): GroupCounts {
  const counts: GroupCounts = { running: 0, sleeping: 0, idle: 0, waiting: 0, done: 0, later: 0 };
  for (const name of group.threads) {
    const lane = lanes.get(name);
    const first = lane?.segments[0];
    if (!lane || !first || t < first.start) counts.later++;
    else if (lane.finishedAt !== null && t >= lane.finishedAt) counts.done++;
    else {
      const seg = lastStartedBy(lane.segments, t);
      if (!seg || seg.kind === 'running' || (t >= seg.end && seg.wakeSeq !== null))
        counts.running++;
      else if (seg.kind === 'sleeping') counts.sleeping++;
      else if (seg.label === waitLabel({ call: 'work', on: '' })) counts.idle++;
      else counts.waiting++;
    }
  }
  for (const id of group.futures) {
    const f = futures.get(id);
    if (!f || t < f.createdAt) {
      counts.later++;
      continue;
    }
    const state = lastReachedBy(f.transitions, t)?.state ?? 'PENDING';
    if (state === 'PENDING') counts.waiting++;
    else if (state === 'RUNNING') counts.running++;
    else counts.done++;
  }
  return counts;
}

/**
 * The counts in words, for a group's row, in its lanes' words: `3 running · 4 sleeping · 1
 * waiting for work` (threads) or `3 running · 990 pending · 5 done` (futures); parts at zero are
 * left out.
 */
export function countsText(counts: GroupCounts, of: LaneGroup['of']): string {
  const futures = of === 'futures';
  const parts = [
    [counts.running, 'running'],
    [counts.sleeping, 'sleeping'],
    [counts.idle, 'waiting for work'],
    [counts.waiting, futures ? 'pending' : 'blocked'],
    [counts.done, futures ? 'done' : 'finished'],
    [counts.later, futures ? 'not created yet' : 'not started'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`)
    .join(' · ');
}

/**
 * The last segment that has started by `t` (segments are in time order). A binary search: a
 * pool worker's lane has hundreds of segments, and a group row counts every frame.
 */
function lastStartedBy<S extends { start: number }>(
  segments: readonly S[],
  t: number,
): S | undefined {
  let lo = -1;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= t) lo = mid;
    else hi = mid - 1;
  }
  return segments[lo];
}

/**
 * The last transition made by `t`, searched from the end: a future's view at the playhead
 * has none after it, so this is its last one, found at once for each of a group's futures.
 */
function lastReachedBy<X extends { t: number }>(
  transitions: readonly X[],
  t: number,
): X | undefined {
  for (let i = transitions.length - 1; i >= 0; i--)
    if (transitions[i]!.t <= t) return transitions[i];
  return undefined;
}
