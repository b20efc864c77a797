import type {
  CallbackId,
  FutureId,
  FutureState,
  Outcome,
  ThreadName,
  Trace,
  VirtualUs,
} from '../../core/trace';

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
  /** Threads blocked in its `result()` / `exception()` right now, with the method. */
  waiters: { thread: ThreadName; method: 'result' | 'exception' }[];
}

/**
 * Every future created by `t`, in creation order, as it stands at `t`.
 *
 * @example
 *   futuresAt(trace, fromSeconds(6)).map((f) => f.state); // ['FINISHED', 'FINISHED', 'FINISHED']
 */
export function futuresAt(trace: Trace, t: number): FutureView[] {
  const byId = new Map<FutureId, FutureView>();
  const callbackOf = (f: FutureView, id: CallbackId) => f.callbacks.find((c) => c.id === id);
  for (const e of trace.events) {
    if (e.t > t) break;
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
      });
      continue;
    }
    if (!('future' in e) || e.future === null) continue;
    const f = byId.get(e.future);
    if (!f) continue;
    switch (e.type) {
      case 'future.state':
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
      case 'thread.block':
        f.waiters.push({ thread: e.thread, method: e.method });
        break;
      case 'thread.unblock':
        f.waiters = f.waiters.filter((w) => w.thread !== e.thread);
        break;
    }
  }
  return [...byId.values()];
}
