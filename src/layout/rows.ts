import type { FutureId, TaskId, ThreadName, Trace } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import { futuresAt, type FutureView } from '../store/selectors/futuresAt';
import type { ThreadLane } from '../store/selectors/threadSegments';
import { threadsOf } from '../store/selectors/threadsOf';
import { wholeTrace } from '../store/snapshot';
import { loopModelOf } from './loopModel';

/** A group of lanes that folds into one: a pool's workers, or all the futures. */
export interface LaneGroup {
  key: string;
  /** `ThreadPoolExecutor-0`, or `futures`. */
  name: string;
  of: 'threads' | 'futures';
  threads: ThreadName[];
  futures: FutureId[];
  /** Folded when a link or the reader has not said otherwise: a group too long to read lane by lane. */
  foldedByDefault: boolean;
}

/** One row of the timeline, top to bottom. */
export type RowSpec =
  | { kind: 'thread'; key: string; thread: ThreadName; lane: number; group: string | null }
  | { kind: 'future'; key: string; future: FutureId; index: number; group: string | null }
  /** An asyncio Task, under the lane of the thread its loop runs on (`index` in loopModelOf's tasks). */
  | {
      kind: 'task';
      key: string;
      task: TaskId;
      /** The task's own asyncio future: no lane of its own, the task's lane stands for it. */
      future: FutureId | null;
      index: number;
      thread: ThreadName;
      group: null;
    }
  | { kind: 'group'; key: string; group: LaneGroup; folded: boolean };

/** Lanes are grouped only in a timeline with more than this many: small stories stay plain. */
export const GROUP_FROM_LANES = 12;
/** A group with more members than this starts folded. */
export const FOLD_FROM_MEMBERS = 50;

/** Every future of the trace as it ends: each has its lane from the start. Once per trace. */
export const allFuturesOf = (trace: Trace): FutureView[] => traceIndex(trace).derive(futuresAtEnd);
const futuresAtEnd = (trace: Trace) => futuresAt(trace, trace.end);

/**
 * The groups of a trace's lanes: each executor's workers (`ThreadPoolExecutor-0_0`, `_1`, …) and
 * all its futures, once the timeline has more than GROUP_FROM_LANES lanes. Once per trace.
 *
 * @example groupsOf(trace).map((g) => g.name); // ['ThreadPoolExecutor-0', 'futures']
 */
export const groupsOf = (trace: Trace): LaneGroup[] => traceIndex(trace).derive(laneGroups);

function laneGroups(trace: Trace): LaneGroup[] {
  const threads = traceIndex(trace).derive(threadsOf);
  const futures = allFuturesOf(trace);
  if (threads.length + futures.length <= GROUP_FROM_LANES) return [];
  const pools = new Map<string, ThreadName[]>();
  for (const info of threads) {
    const pool = info.kind === 'worker' ? /^(.+)_\d+$/.exec(info.name)?.[1] : undefined;
    if (pool) pools.set(pool, [...(pools.get(pool) ?? []), info.name]);
  }
  const groups: LaneGroup[] = [...pools]
    .filter(([, members]) => members.length > 1)
    .map(([name, members]) => ({
      key: `pool:${name}`,
      name,
      of: 'threads',
      threads: members,
      futures: [],
      foldedByDefault: members.length > FOLD_FROM_MEMBERS,
    }));
  if (futures.length > 1)
    groups.push({
      key: 'futures',
      name: 'futures',
      of: 'futures',
      threads: [],
      futures: futures.map((f) => f.id),
      foldedByDefault: futures.length > FOLD_FROM_MEMBERS,
    });
  return groups;
}

/** A task's lane goes under the lane of the thread its loop runs on. */
export interface TaskRowOf {
  task: TaskId;
  thread: ThreadName;
  /** The task's own future (`task.create`'s). */
  future?: FutureId;
  /** `main()`, `shutdown_asyncgens()`. */
  coro?: string;
}

/**
 * The tasks `asyncio.run` makes for itself once the program's coroutine is done: their steps
 * stay on the loop's lane, but a lane of their own would only say "asyncio.run cleans up".
 */
const RUN_CLEANUP = /^shutdown_(asyncgens|default_executor)\(/;

/**
 * The rows in order: thread lanes (a pool's workers under their group's row, an event loop's
 * tasks under its thread's), then the futures (under theirs). A folded group shows its row
 * alone. `folded` holds the groups the reader folded (true) or unfolded (false), overriding
 * each group's default.
 *
 * @example rowsOf(lanes, futures, groups, new Map()).length; // 1 + 8 + 1 (futures folded)
 */
export function rowsOf(
  lanes: readonly ThreadLane[],
  futures: readonly FutureView[],
  groups: readonly LaneGroup[],
  overrides: ReadonlyMap<string, boolean>,
  tasks: readonly TaskRowOf[] = [],
): RowSpec[] {
  const folded = (g: LaneGroup) => overrides.get(g.key) ?? g.foldedByDefault;
  const groupOfThread = new Map<ThreadName, LaneGroup>();
  for (const g of groups) for (const name of g.threads) groupOfThread.set(name, g);
  const futureGroup = groups.find((g) => g.of === 'futures') ?? null;
  const rows: RowSpec[] = [];
  const headed = new Set<string>();
  // A task is its own future: drawn once, as the task.
  const taskFutures = new Set(tasks.flatMap((t) => (t.future === undefined ? [] : [t.future])));
  lanes.forEach((lane, i) => {
    const g = groupOfThread.get(lane.thread) ?? null;
    if (g && !headed.has(g.key)) {
      headed.add(g.key);
      rows.push({ kind: 'group', key: `g:${g.key}`, group: g, folded: folded(g) });
    }
    if (g && folded(g)) return;
    rows.push({
      kind: 'thread',
      key: `t:${lane.thread}`,
      thread: lane.thread,
      lane: i,
      group: g?.key ?? null,
    });
    tasks.forEach((task, index) => {
      if (task.thread === lane.thread && !RUN_CLEANUP.test(task.coro ?? ''))
        rows.push({
          kind: 'task',
          key: `k:${task.task}`,
          task: task.task,
          future: task.future ?? null,
          index,
          thread: task.thread,
          group: null,
        });
    });
  });
  if (futureGroup)
    rows.push({
      kind: 'group',
      key: `g:${futureGroup.key}`,
      group: futureGroup,
      folded: folded(futureGroup),
    });
  if (!futureGroup || !folded(futureGroup))
    futures.forEach((f, k) => {
      if (!taskFutures.has(f.id))
        rows.push({
          kind: 'future',
          key: `f:${f.id}`,
          future: f.id,
          index: k,
          group: futureGroup?.key ?? null,
        });
    });
  return rows;
}

const lastRows = new WeakMap<Trace, { folded: ReadonlyMap<string, boolean>; rows: RowSpec[] }>();

/**
 * A trace's rows with the reader's folds (`rowsOf` over its lanes, futures and groups), the
 * same array while neither changes.
 *
 * @example rowsFor(trace, new Map()).map((r) => r.key); // ['t:MainThread', …, 'g:futures']
 */
export function rowsFor(trace: Trace, folded: ReadonlyMap<string, boolean>): RowSpec[] {
  const last = lastRows.get(trace);
  if (last && last.folded === folded) return last.rows;
  const { lanes } = traceIndex(trace).derive(wholeTrace);
  const tasks = loopModelOf(trace).tasks;
  const rows = rowsOf(lanes, allFuturesOf(trace), groupsOf(trace), folded, tasks);
  lastRows.set(trace, { folded, rows });
  return rows;
}

/**
 * Each thread's and future's row, for the cause arrows: a folded group's members are at its
 * row, and a task's own future at its task's row.
 *
 * @example rowIndexOf(rowsFor(trace, new Map())).rowOf.get('MainThread'); // 0
 */
export function rowIndexOf(rows: readonly RowSpec[]): {
  rowOf: Map<ThreadName, number>;
  futureRowOf: Map<FutureId, number>;
} {
  const rowOf = new Map<ThreadName, number>();
  const futureRowOf = new Map<FutureId, number>();
  rows.forEach((r, i) => {
    if (r.kind === 'thread') rowOf.set(r.thread, i);
    else if (r.kind === 'future') futureRowOf.set(r.future, i);
    else if (r.kind === 'task' && r.future !== null) futureRowOf.set(r.future, i);
    else if (r.kind === 'group' && r.folded) {
      for (const name of r.group.threads) rowOf.set(name, i);
      for (const id of r.group.futures) futureRowOf.set(id, i);
    }
  });
  return { rowOf, futureRowOf };
}
