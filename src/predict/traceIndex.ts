/**
 * One pass over a trace, collecting the facts every gate builder asks about: which future is
 * which, who completed it and when, which timer runs on which thread, every printed line and
 * the callback (if any) that printed it.
 *
 * @example
 *   const ix = indexTrace(trace);
 *   ix.completions.get(1)?.thread; // 'Thread-1'
 */
import type {
  CallbackId,
  EventOf,
  FutureId,
  ThreadName,
  TimerId,
  Trace,
  TraceEvent,
} from '../core/trace';

export interface Completion {
  event: EventOf<'future.state'>;
  /** The call that completed the future, as the program wrote it. */
  method: 'set_result' | 'set_exception' | 'cancel';
}

export interface TimerFacts {
  id: TimerId;
  thread: ThreadName;
  interval: number;
  start: EventOf<'timer.start'> | null;
  fire: EventOf<'timer.fire'> | null;
}

export interface PrintedLine {
  event: EventOf<'stdout'>;
  /** The done-callback running on the printing thread (innermost), if any. */
  callback: EventOf<'callback.invoke'> | null;
}

export interface TraceIndex {
  trace: Trace;
  /** Futures in creation order. */
  futures: EventOf<'future.create'>[];
  completions: Map<FutureId, Completion>;
  timers: Map<TimerId, TimerFacts>;
  /** The timer whose thread completed each future. */
  timerOfFuture: Map<FutureId, TimerId>;
  callbackAdds: Map<CallbackId, EventOf<'callback.add'>>;
  lines: PrintedLine[];
  bySeq: (seq: number) => TraceEvent;
}

const completionMethod = (e: EventOf<'future.state'>): Completion['method'] =>
  e.to === 'CANCELLED' || e.to === 'CANCELLED_AND_NOTIFIED'
    ? 'cancel'
    : e.outcome?.kind === 'exception'
      ? 'set_exception'
      : 'set_result';

/** Builds the index; linear in the trace's length. */
export function indexTrace(trace: Trace): TraceIndex {
  const futures: EventOf<'future.create'>[] = [];
  const completions = new Map<FutureId, Completion>();
  const timers = new Map<TimerId, TimerFacts>();
  const timerOfThread = new Map<ThreadName, TimerId>();
  const timerOfFuture = new Map<FutureId, TimerId>();
  const callbackAdds = new Map<CallbackId, EventOf<'callback.add'>>();
  const lines: PrintedLine[] = [];
  // Callbacks nest (CB-4), so each thread keeps a stack of the callbacks it is running.
  const running = new Map<ThreadName, EventOf<'callback.invoke'>[]>();
  for (const e of trace.events) {
    switch (e.type) {
      case 'future.create':
        futures.push(e);
        break;
      case 'future.state': {
        const terminal = e.to === 'FINISHED' || e.to === 'CANCELLED';
        if (terminal && !completions.has(e.future)) {
          completions.set(e.future, { event: e, method: completionMethod(e) });
          const timer = timerOfThread.get(e.thread);
          if (timer !== undefined) timerOfFuture.set(e.future, timer);
        }
        break;
      }
      case 'timer.create':
        timers.set(e.timer, {
          id: e.timer,
          thread: e.threadName,
          interval: e.interval,
          start: null,
          fire: null,
        });
        timerOfThread.set(e.threadName, e.timer);
        break;
      case 'timer.start': {
        const facts = timers.get(e.timer);
        if (facts) facts.start = e;
        break;
      }
      case 'timer.fire': {
        const facts = timers.get(e.timer);
        if (facts) facts.fire = e;
        break;
      }
      case 'callback.add':
        callbackAdds.set(e.callback, e);
        break;
      case 'callback.invoke':
        running.set(e.thread, [...(running.get(e.thread) ?? []), e]);
        break;
      case 'callback.return':
      case 'callback.raise':
        running.set(e.thread, (running.get(e.thread) ?? []).slice(0, -1));
        break;
      case 'stdout': {
        const stack = running.get(e.thread) ?? [];
        lines.push({ event: e, callback: stack[stack.length - 1] ?? null });
        break;
      }
      default:
        break;
    }
  }
  const bySeq = (seq: number): TraceEvent => {
    const e = trace.events[seq];
    // seq is the position in the trace (the contract), so this is a plain lookup.
    if (!e || e.seq !== seq) throw new Error(`no event with seq ${seq}`);
    return e;
  };
  return { trace, futures, completions, timers, timerOfFuture, callbackAdds, lines, bySeq };
}

/**
 * The name a future is spoken of by: the program's variable (`fut1`), or, when several futures
 * share one (`future` inside a helper), that name with the future's number.
 */
export function futureLabel(ix: TraceIndex, id: FutureId): string {
  const created = ix.futures.find((f) => f.future === id);
  if (!created) return `future ${id}`;
  const shared = ix.futures.filter((f) => f.name === created.name).length > 1;
  return shared ? `${created.name} (future ${id})` : created.name;
}

/** Moments closer than this may happen in either order in CPython (its Timer jitter, spec T-4). */
export const TIE_US = 50_000;

/**
 * Whether two timers may fire in either order in CPython (spec P-3): due within 50 ms of each
 * other. Timers 0.2 s apart fired in deadline order on every version (TV-11).
 */
export function timersTie(ix: TraceIndex, a: TimerId, b: TimerId): boolean {
  const ta = ix.timers.get(a);
  const tb = ix.timers.get(b);
  if (!ta?.start || !tb?.start) return false;
  return Math.abs(ta.start.due - tb.start.due) < TIE_US;
}
