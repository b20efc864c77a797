/**
 * One pass over a trace (a derivation: `traceIndex(trace).derive(poolFacts)`) for the executor
 * gates: each pool future from its `executor.submit` to the worker that ran it and its end,
 * each pool's workers, every blocking call with its end, each thread's prints and the lines it
 * ran. Kept apart from `gateFacts` so the executor gates read only the trace contract.
 *
 * @example
 *   const px = traceIndex(trace).derive(poolFacts);
 *   px.byExecutor.get('ThreadPoolExecutor-0')?.[2]?.running?.thread; // 'ThreadPoolExecutor-0_1'
 */
import type { EventOf, FutureId, ThreadName, Trace } from '../../core/trace';

export interface PoolFuture {
  future: FutureId;
  create: EventOf<'future.create'>;
  submit: EventOf<'executor.submit'>;
  /** How many lines the submitting thread had run by then: submits of one visit share it. */
  visit: number;
  /** PENDING → RUNNING, on the worker that took the job; null if none ever did. */
  running: EventOf<'future.state'> | null;
  /** The first FINISHED or CANCELLED state; null if it never ends. */
  done: EventOf<'future.state'> | null;
}

export interface PoolWait {
  begin: EventOf<'wait.begin'>;
  /** Null when the program ends (or deadlocks) with the thread still waiting. */
  end: EventOf<'wait.end'> | null;
  /** How many times the waiting thread had run the wait's line when it began (1: the first visit). */
  visitsOfLine: number;
}

export interface PoolFacts {
  trace: Trace;
  /** Every pool future, by id. */
  pool: Map<FutureId, PoolFuture>;
  /** Pool futures per executor (its thread-name prefix), in submit order. */
  byExecutor: Map<string, PoolFuture[]>;
  /** Each executor's workers, in the order they started. */
  workers: Map<string, EventOf<'thread.start'>[]>;
  /** Any future's first FINISHED or CANCELLED state. */
  completions: Map<FutureId, EventOf<'future.state'>>;
  waits: PoolWait[];
  /** Each thread's prints, in order. */
  printsOf: Map<ThreadName, EventOf<'stdout'>[]>;
  /** What each future is called in questions (see `poolLabel`). */
  labels: Map<FutureId, string>;
}

const isEnd = (e: EventOf<'future.state'>) =>
  e.to === 'FINISHED' || e.to === 'CANCELLED' || e.to === 'CANCELLED_AND_NOTIFIED';

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Builds the facts in one pass over the events. */
export function poolFacts(trace: Trace): PoolFacts {
  const px: PoolFacts = {
    trace,
    pool: new Map(),
    byExecutor: new Map(),
    workers: new Map(),
    completions: new Map(),
    waits: [],
    printsOf: new Map(),
    labels: new Map(),
  };
  const creates = new Map<FutureId, EventOf<'future.create'>>();
  const linesRun = new Map<ThreadName, number>();
  const lineVisits = new Map<string, number>();
  const open = new Map<ThreadName, PoolWait>();
  const workerThreads: EventOf<'thread.start'>[] = [];
  for (const e of trace.events) {
    switch (e.type) {
      case 'line':
        linesRun.set(e.thread, (linesRun.get(e.thread) ?? 0) + 1);
        lineVisits.set(`${e.thread}:${e.line}`, (lineVisits.get(`${e.thread}:${e.line}`) ?? 0) + 1);
        break;
      case 'future.create':
        creates.set(e.future, e);
        break;
      case 'executor.submit': {
        const create = creates.get(e.future);
        if (!create) break;
        const f: PoolFuture = {
          future: e.future,
          create,
          submit: e,
          visit: linesRun.get(e.thread) ?? 0,
          running: null,
          done: null,
        };
        px.pool.set(e.future, f);
        push(px.byExecutor, e.executor, f);
        break;
      }
      case 'future.state': {
        const f = px.pool.get(e.future);
        if (f && e.from === 'PENDING' && e.to === 'RUNNING') f.running ??= e;
        if (isEnd(e) && !px.completions.has(e.future)) {
          px.completions.set(e.future, e);
          if (f) f.done = e;
        }
        break;
      }
      case 'thread.start':
        if (e.kind === 'worker') workerThreads.push(e);
        break;
      case 'wait.begin': {
        const visitsOfLine = lineVisits.get(`${e.thread}:${e.line}`) ?? 0;
        const w: PoolWait = { begin: e, end: null, visitsOfLine };
        px.waits.push(w);
        open.set(e.thread, w);
        break;
      }
      case 'wait.end': {
        const w = open.get(e.thread);
        if (w) w.end = e;
        open.delete(e.thread);
        break;
      }
      case 'stdout':
        push(px.printsOf, e.thread, e);
        break;
      default:
        break;
    }
  }
  // A worker is `{prefix}_{i}`; the prefix is what executor.submit names the executor by.
  for (const executor of px.byExecutor.keys())
    px.workers.set(
      executor,
      workerThreads.filter((t) => t.thread.startsWith(`${executor}_`)),
    );
  labelFutures(px, [...creates.values()]);
  return px;
}

/** `fut1 = ex.submit(…)` and `a, b = ex.submit(…), ex.submit(…)`: the assigned names. */
const ASSIGNED = /^\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*=\s*[^=]/;

/**
 * Names futures as the learner reads them: the future's own name when no other future shares
 * it; else the variable its submit line assigns it to (`fut1 = ex.submit(work, 1)`), when
 * that line ran once; else the shared name with the future's number, `work() (future 3)`.
 */
function labelFutures(px: PoolFacts, creates: EventOf<'future.create'>[]): void {
  const uses = new Map<string, number>();
  for (const f of creates) uses.set(f.name, (uses.get(f.name) ?? 0) + 1);
  const lines = px.trace.source.split('\n');
  // The submits each line made, grouped by line, to match a line's targets one to one.
  const submitsOfLine = new Map<number, PoolFuture[]>();
  for (const f of px.pool.values())
    if (f.submit.line !== null) push(submitsOfLine, f.submit.line, f);
  const assigned = new Map<FutureId, string>();
  for (const [line, futures] of submitsOfLine) {
    const targets = ASSIGNED.exec(lines[line - 1] ?? '')?.[1]
      ?.split(',')
      .map((t) => t.trim());
    // A line run more than once (a loop) assigns one name to several futures: no help.
    if (
      targets &&
      targets.length === futures.length &&
      new Set(futures.map((f) => f.visit)).size === 1
    )
      futures.forEach((f, i) => assigned.set(f.future, targets[i]!));
  }
  const taken = new Map<string, number>();
  for (const name of assigned.values()) taken.set(name, (taken.get(name) ?? 0) + 1);
  for (const f of creates) {
    const variable = assigned.get(f.future);
    const label =
      uses.get(f.name) === 1
        ? f.name
        : variable !== undefined && taken.get(variable) === 1
          ? variable
          : `${f.name} (future ${f.future})`;
    px.labels.set(f.future, label);
  }
}

/** The name a future is spoken of by in the executor gates. */
export function poolLabel(px: PoolFacts, id: FutureId): string {
  return px.labels.get(id) ?? `future ${id}`;
}

/**
 * Whether `f` had to wait for a worker: the worker that ran it finished another job of the
 * pool after `f` was submitted and before taking `f`. Null when it did not, else that job.
 */
export function jobBefore(px: PoolFacts, f: PoolFuture): PoolFuture | null {
  const running = f.running;
  if (!running) return null;
  const others = px.byExecutor.get(f.submit.executor) ?? [];
  return (
    others.find(
      (g) =>
        g !== f &&
        g.done !== null &&
        g.done.thread === running.thread &&
        g.done.seq > f.submit.seq &&
        g.done.seq < running.seq,
    ) ?? null
  );
}

/** What `str()` of a future's result reads as, or null when it raised or never ended. */
export function resultText(px: PoolFacts, id: FutureId): string | null {
  const outcome = px.completions.get(id)?.outcome;
  if (!outcome || outcome.kind !== 'result') return null;
  // str() of a str drops the repr's quotes; every other result prints as its repr.
  return outcome.type === 'str' ? outcome.repr.slice(1, -1) : outcome.repr;
}

/** Completions closer than this may come in either order in CPython (thread wake-up jitter). */
export const POOL_TIE_US = 50_000;
