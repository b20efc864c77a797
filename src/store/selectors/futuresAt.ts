import type {
  CallbackId,
  FutureId,
  FutureState,
  Outcome,
  ThreadName,
  Trace,
  VirtualUs,
} from '../../core/trace';
import { waitCallText } from '../../core/waitText';

/** What a done-callback has done so far. */
export type CallbackStatus = 'registered' | 'running' | 'fired' | 'raised';

export interface CallbackView {
  id: CallbackId;
  name: string;
  status: CallbackStatus;
  /** The thread that ran (or is running) it, once invoked. */
  thread: ThreadName | null;
  invokedAt: VirtualUs | null;
  /** The exception text when it raised. */
  exception: string | null;
}

/** One moment in a future's life: it entered `state` at `t`. */
export interface FutureTransition {
  t: VirtualUs;
  state: FutureState;
  outcome: Outcome | null;
  thread: ThreadName;
}

/** A future as it is at the playhead. */
export interface FutureView {
  id: FutureId;
  /** The program's variable for it (`fut1`). */
  name: string;
  address: string;
  /** Its `repr` right now. */
  repr: string;
  state: FutureState;
  outcome: Outcome | null;
  createdAt: VirtualUs;
  /** Every state it has entered, starting with PENDING at creation. */
  transitions: FutureTransition[];
  callbacks: CallbackView[];
  /** Threads blocked waiting for it right now (in its `result()`, or `wait()`/`as_completed()` over it). */
  waiters: FutureWaiter[];
  /** The executor it was submitted to (`ThreadPoolExecutor-0`), or null for a future made by hand. */
  executor: string | null;
  /** The pool worker that took it from the queue and runs (or ran) it, once it is RUNNING. */
  worker: ThreadName | null;
  /** `'asyncio'` for an asyncio Future or Task (its callbacks are scheduled); absent otherwise. */
  kind?: 'asyncio';
}

/** A thread waiting for a future, and the call it waits in. */
export interface FutureWaiter {
  thread: ThreadName;
  method: 'result' | 'exception' | 'wait' | 'as_completed';
  /** The call as the program writes it: `fut1.result()`, `as_completed()`. */
  text: string;
}

const FUTURE_WAITS = new Set<string>(['result', 'exception', 'wait', 'as_completed']);
const isFutureWait = (call: string): call is FutureWaiter['method'] => FUTURE_WAITS.has(call);

/**
 * Every future created by `t`, in creation order, as it stands at `t`.
 *
 * @example
 *   futuresAt(trace, fromSeconds(6)).map((f) => f.state); // ['FINISHED', 'FINISHED', 'FINISHED']
 */
export function futuresAt(trace: Trace, t: number): FutureView[] {
  const fold = futuresFold(trace);
  advanceFutures(fold, t);
  return [...fold.byId.values()];
}

/**
 * The futures of a trace folded up to some moment, ready to be carried further: a playback's
 * next frame applies only the events since the last one. Its views are the fold's own, changed
 * in place as it advances; a reader that hands them out copies the ones `advanceFutures` names.
 */
export interface FuturesFold {
  trace: Trace;
  /** The index of the next event to apply. */
  next: number;
  /** The moment folded up to: every event at or before it is applied. */
  t: number;
  byId: Map<FutureId, FutureView>;
  /** The futures each thread is waiting for right now. */
  waitingFor: Map<ThreadName, FutureView[]>;
}

/** A fold before the trace's first event. */
export function futuresFold(trace: Trace): FuturesFold {
  return { trace, next: 0, t: -Infinity, byId: new Map(), waitingFor: new Map() };
}

/**
 * Applies the events up to `t` (at or after the fold's moment) and returns the ids of the
 * futures whose views changed.
 *
 * @example const touched = advanceFutures(fold, t); // Set {3, 4}
 */
export function advanceFutures(fold: FuturesFold, t: number): Set<FutureId> {
  const { trace, byId, waitingFor } = fold;
  const touched = new Set<FutureId>();
  const callbackOf = (f: FutureView, id: CallbackId) => f.callbacks.find((c) => c.id === id);
  for (; fold.next < trace.events.length; fold.next++) {
    const e = trace.events[fold.next]!;
    if (e.t > t) break;
    if (e.type === 'wait.begin') {
      if (!isFutureWait(e.call)) continue;
      const waited = e.futures.flatMap((id) => byId.get(id) ?? []);
      const waiter = { thread: e.thread, method: e.call, text: waitCallText(e) };
      for (const f of waited) {
        f.waiters = [...f.waiters, waiter];
        touched.add(f.id);
      }
      waitingFor.set(e.thread, waited);
      continue;
    }
    if (e.type === 'wait.end') {
      for (const f of waitingFor.get(e.thread) ?? []) {
        f.waiters = f.waiters.filter((w) => w.thread !== e.thread);
        touched.add(f.id);
      }
      waitingFor.delete(e.thread);
      continue;
    }
    if (e.type === 'future.create') {
      byId.set(e.future, {
        id: e.future,
        name: e.name,
        address: e.address,
        repr: e.repr,
        state: 'PENDING',
        outcome: null,
        createdAt: e.t,
        transitions: [{ t: e.t, state: 'PENDING', outcome: null, thread: e.thread }],
        callbacks: [],
        waiters: [],
        executor: null,
        worker: null,
        ...(e.kind === 'asyncio' ? { kind: 'asyncio' as const } : {}),
      });
      touched.add(e.future);
      continue;
    }
    if (!('future' in e) || e.future == null) continue;
    const f = byId.get(e.future);
    if (!f) continue;
    touched.add(f.id);
    switch (e.type) {
      case 'executor.submit':
        f.executor = e.executor;
        break;
      case 'future.state':
        // set_running_or_notify_cancel: the worker that took it from the queue runs it.
        if (e.to === 'RUNNING') f.worker = e.thread;
        f.state = e.to;
        f.repr = e.repr;
        f.outcome = e.outcome ?? f.outcome;
        f.transitions.push({ t: e.t, state: e.to, outcome: e.outcome, thread: e.thread });
        break;
      case 'callback.add':
        f.callbacks.push({
          id: e.callback,
          name: e.name,
          status: 'registered',
          thread: null,
          invokedAt: null,
          exception: null,
        });
        break;
      case 'callback.invoke': {
        const c = callbackOf(f, e.callback);
        if (c) Object.assign(c, { status: 'running', thread: e.thread, invokedAt: e.t });
        break;
      }
      case 'callback.return': {
        const c = callbackOf(f, e.callback);
        if (c) c.status = 'fired';
        break;
      }
      case 'callback.raise': {
        const c = callbackOf(f, e.callback);
        if (c) Object.assign(c, { status: 'raised', exception: e.exception });
        break;
      }
    }
  }
  fold.t = Math.max(fold.t, t);
  return touched;
}
