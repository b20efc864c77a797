import type { FutureView } from '../store/selectors/futuresAt';
import type { ThreadLane } from '../store/selectors/threadSegments';
import type { LaneGroup } from './rows';

/** What a group's members are doing at a moment. */
export interface GroupCounts {
  running: number;
  waiting: number;
  done: number;
  /** Not started yet (a thread) or not created yet (a future). */
  later: number;
}

/**
 * How many of a group's members run, wait and are done at `t`: for threads, running, blocked or
 * sleeping, finished; for futures, running, pending, settled.
 *
 * @example groupCounts(group, lanesByName, futuresById, t); // { running: 3, waiting: 5, done: 0, later: 0 }
 */
export function groupCounts(
  group: LaneGroup,
  lanes: ReadonlyMap<string, ThreadLane>,
  futures: ReadonlyMap<number, FutureView>,
  t: number,
): GroupCounts {
  const counts: GroupCounts = { running: 0, waiting: 0, done: 0, later: 0 };
  for (const name of group.threads) {
    const lane = lanes.get(name);
    const first = lane?.segments[0];
    if (!lane || !first || t < first.start) counts.later++;
    else if (lane.finishedAt !== null && t >= lane.finishedAt) counts.done++;
    else {
      const seg = lastBefore(lane.segments, (s) => s.start <= t);
      if (seg && seg.kind !== 'running' && (t < seg.end || seg.wakeSeq === null)) counts.waiting++;
      else counts.running++;
    }
  }
  for (const id of group.futures) {
    const f = futures.get(id);
    if (!f || t < f.createdAt) {
      counts.later++;
      continue;
    }
    const state = lastBefore(f.transitions, (x) => x.t <= t)?.state ?? 'PENDING';
    if (state === 'PENDING') counts.waiting++;
    else if (state === 'RUNNING') counts.running++;
    else counts.done++;
  }
  return counts;
}

/**
 * The counts in words, for a group's row: `3 running · 5 waiting · 2 done` (threads) or
 * `3 running · 990 pending · 5 done` (futures); parts at zero are left out.
 */
export function countsText(counts: GroupCounts, of: LaneGroup['of']): string {
  const parts = [
    [counts.running, 'running'],
    [counts.waiting, of === 'futures' ? 'pending' : 'waiting'],
    [counts.done, 'done'],
    [counts.later, of === 'futures' ? 'not created yet' : 'not started'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`)
    .join(' · ');
}

/** The last item for which `ok` holds, in a list ordered so that it holds for a prefix. */
function lastBefore<T>(items: readonly T[], ok: (item: T) => boolean): T | undefined {
  let found: T | undefined;
  for (const item of items) {
    if (!ok(item)) break;
    found = item;
  }
  return found;
}
