/**
 * One pass over a trace (a derivation: `traceIndex(trace).derive(gateFacts)`), collecting the
 * facts every gate builder asks about — which future is
 * which, who completed it and when, which timer runs on which thread, every printed line and
 * the callback (if any) that printed it, every wait and its end — so that building
 * all gates stays close to linear even for long playground traces.
 *
 * @example
 *   const ix = traceIndex(trace).derive(gateFacts);
 *   ix.completions.get(1)?.event.thread; // 'Thread-1'
 */
import type { CallbackId, EventOf, FutureId, ThreadName, TimerId, Trace } from '../core/trace';

export interface Completion {
  event: EventOf<'future.state'>;
  /** The call that completed the future, as the program wrote it. */
  method: 'set_result' | 'set_exception' | 'cancel';
}

export interface TimerFacts {
  id: TimerId;
  thread: ThreadName;
  start: EventOf<'timer.start'> | null;
  fire: EventOf<'timer.fire'> | null;
}

export interface PrintedLine {
  event: EventOf<'stdout'>;
  /** The done-callback running on the printing thread (innermost), if any. */
  callback: EventOf<'callback.invoke'> | null;
  /** The waits (any blocking call) other threads were in just before it. */
  blockedElsewhere: EventOf<'wait.begin'>[];
}

export interface GateFacts {
  trace: Trace;
  /** Futures in creation order. */
  futures: EventOf<'future.create'>[];
  completions: Map<FutureId, Completion>;
  timers: Map<TimerId, TimerFacts>;
  /** The timer whose thread completed each future. */
  timerOfFuture: Map<FutureId, TimerId>;
  callbackAdds: Map<CallbackId, EventOf<'callback.add'>>;
  /** Each callback's first invocation. */
  invokeOf: Map<CallbackId, EventOf<'callback.invoke'>>;
  /** Invocations per future, in trace order. */
  invokesOf: Map<FutureId, EventOf<'callback.invoke'>[]>;
  /** Every wait (`wait.begin`, any blocking call), in trace order. */
  waits: EventOf<'wait.begin'>[];
  /** The `wait.end` that ends each wait, by its `wait.begin`'s seq; none for a wait never ended. */
  waitEndOf: Map<number, EventOf<'wait.end'>>;
  deadlock: EventOf<'deadlock'> | null;
  lastTimerFire: EventOf<'timer.fire'> | null;
  lines: PrintedLine[];
  /** Indices into `lines`, per printing thread and per future whose callback printed them. */
  linesOfThread: Map<ThreadName, number[]>;
  linesOfFuture: Map<FutureId, number[]>;
  /** Seqs of every `future.state` event, ascending. */
  stateSeqs: number[];
  /** What each future is called in questions (see `futureLabel`). */
  labels: Map<FutureId, string>;
}

const completionMethod = (e: EventOf<'future.state'>): Completion['method'] =>
  e.to === 'CANCELLED' || e.to === 'CANCELLED_AND_NOTIFIED'
    ? 'cancel'
    : e.outcome?.kind === 'exception'
      ? 'set_exception'
      : 'set_result';

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Builds the index in one pass over the events. */
export function gateFacts(trace: Trace): GateFacts {
  const ix: GateFacts = {
    trace,
    futures: [],
    completions: new Map(),
    timers: new Map(),
    timerOfFuture: new Map(),
    callbackAdds: new Map(),
    invokeOf: new Map(),
    invokesOf: new Map(),
    waits: [],
    waitEndOf: new Map(),
    deadlock: null,
    lastTimerFire: null,
    lines: [],
    linesOfThread: new Map(),
    linesOfFuture: new Map(),
    stateSeqs: [],
    labels: new Map(),
  };
  const timerOfThread = new Map<ThreadName, TimerId>();
  // Callbacks nest (CB-4), so each thread keeps a stack of the callbacks it is running.
  const running = new Map<ThreadName, EventOf<'callback.invoke'>[]>();
  const blocked = new Map<ThreadName, EventOf<'wait.begin'>>();
  for (const e of trace.events) {
    switch (e.type) {
      case 'future.create':
        ix.futures.push(e);
        break;
      case 'future.state': {
        ix.stateSeqs.push(e.seq);
        const terminal = e.to === 'FINISHED' || e.to === 'CANCELLED';
        if (terminal && !ix.completions.has(e.future)) {
          ix.completions.set(e.future, { event: e, method: completionMethod(e) });
          const timer = timerOfThread.get(e.thread);
          if (timer !== undefined) ix.timerOfFuture.set(e.future, timer);
        }
        break;
      }
      case 'timer.create':
        ix.timers.set(e.timer, { id: e.timer, thread: e.threadName, start: null, fire: null });
        timerOfThread.set(e.threadName, e.timer);
        break;
      case 'timer.start':
      case 'timer.fire': {
        const facts = ix.timers.get(e.timer);
        if (facts && e.type === 'timer.start') facts.start = e;
        if (facts && e.type === 'timer.fire') facts.fire = e;
        if (e.type === 'timer.fire' && (!ix.lastTimerFire || e.t >= ix.lastTimerFire.t))
          ix.lastTimerFire = e;
        break;
      }
      case 'callback.add':
        ix.callbackAdds.set(e.callback, e);
        break;
      case 'callback.invoke':
        if (!ix.invokeOf.has(e.callback)) ix.invokeOf.set(e.callback, e);
        push(ix.invokesOf, e.future, e);
        push(running, e.thread, e);
        break;
      case 'callback.return':
      case 'callback.raise':
        running.get(e.thread)?.pop();
        break;
      case 'wait.begin':
        ix.waits.push(e);
        blocked.set(e.thread, e);
        break;
      case 'wait.end': {
        const begin = blocked.get(e.thread);
        if (begin) ix.waitEndOf.set(begin.seq, e);
        blocked.delete(e.thread);
        break;
      }
      case 'deadlock':
        ix.deadlock ??= e;
        break;
      case 'stdout': {
        const stack = running.get(e.thread) ?? [];
        const callback = stack[stack.length - 1] ?? null;
        const blockedElsewhere = [...blocked.values()].filter((b) => b.thread !== e.thread);
        const i = ix.lines.push({ event: e, callback, blockedElsewhere }) - 1;
        push(ix.linesOfThread, e.thread, i);
        if (callback) push(ix.linesOfFuture, callback.future, i);
        break;
      }
      default:
        break;
    }
  }
  const uses = new Map<string, number>();
  for (const f of ix.futures) uses.set(f.name, (uses.get(f.name) ?? 0) + 1);
  // Several futures sharing a name (`future` inside a helper) are told apart by number.
  for (const f of ix.futures)
    ix.labels.set(f.future, uses.get(f.name)! > 1 ? `${f.name} (future ${f.future})` : f.name);
  return ix;
}

/** The first entry of an ascending list that is greater than `after`, or undefined. */
export function firstAfter(
  sorted: readonly number[] | undefined,
  after: number,
): number | undefined {
  if (!sorted) return undefined;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > after) hi = mid;
    else lo = mid + 1;
  }
  return sorted[lo];
}

/** The first line printed by `thread` after line `i` (an index into `ix.lines`). */
export function nextLineOf(ix: GateFacts, thread: ThreadName, i: number): PrintedLine | undefined {
  const j = firstAfter(ix.linesOfThread.get(thread), i);
  return j === undefined ? undefined : ix.lines[j];
}

/**
 * The name a future is spoken of by: the program's variable (`fut1`), or, when several futures
 * share one (`future` inside a helper), that name with the future's number.
 */
export function futureLabel(ix: GateFacts, id: FutureId): string {
  return ix.labels.get(id) ?? `future ${id}`;
}

/** Moments closer than this may happen in either order in CPython (its Timer jitter, spec T-4). */
export const TIE_US = 50_000;

/**
 * Whether two timers may fire in either order in CPython (spec P-3): due within 50 ms of each
 * other. Timers 0.2 s apart fired in deadline order on every version (TV-11).
 */
export function timersTie(ix: GateFacts, a: TimerId, b: TimerId): boolean {
  const ta = ix.timers.get(a);
  const tb = ix.timers.get(b);
  if (!ta?.start || !tb?.start) return false;
  return Math.abs(ta.start.due - tb.start.due) < TIE_US;
}
