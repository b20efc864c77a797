/**
 * A simulated Python thread: its name, its frame stack and what it is waiting for.
 *
 * @example
 *   const main = new SimThread('MainThread', 'main', false, 140_000_000_000_000);
 */
import type { Frame } from './frames';
import type { Cause, FutureId } from './trace';

/** What `py.line` needs from the simulation (kept minimal to avoid an import cycle). */
export interface LineHost {
  readonly opts: { readonly lineCostUs: number };
  readonly sched: {
    now: number;
    tryAdvance(until: number): boolean;
    emit(body: { type: 'line' }, thread: SimThread): void;
  };
}

/** The body of every `line` event: shared, never mutated (emit copies it). */
const LINE = Object.freeze({ type: 'line' } as const);
const DONE: IteratorReturnResult<void> = Object.freeze({ done: true, value: undefined });
const request: { until: number | null } = { until: null };

/**
 * `yield* py.line(n)` without allocating a generator per line: a reusable iterator, one per
 * thread (a thread is inside at most one line step at a time). It pays the previous line's
 * cost (parking only if another thread is due first), then emits the `line` event.
 */
export class LineStep implements IterableIterator<Park, void, Wake> {
  private host: LineHost | null = null;
  private n = 0;
  private parked = false;
  constructor(private readonly thread: SimThread) {}

  arm(host: LineHost, n: number): this {
    this.host = host;
    this.n = n;
    this.parked = false;
    return this;
  }

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<Park, void> {
    const host = this.host as LineHost;
    const t = this.thread;
    if (!this.parked && t.owesLine) {
      const until = host.sched.now + host.opts.lineCostUs;
      if (!host.sched.tryAdvance(until)) {
        this.parked = true;
        request.until = until;
        return { done: false, value: request };
      }
    }
    t.owesLine = true;
    const top = t.frames[t.frames.length - 1];
    if (top?.kind === 'user') {
      top.line = this.n;
      top.op = null;
      top.pinned = false;
    }
    host.sched.emit(LINE, t);
    return DONE;
  }
}

/** An iterator that is already done: `yield*` on it returns `value` at once. */
class Finished<T> implements Iterator<Park, T, Wake> {
  constructor(private readonly value: T) {}
  next(): IteratorResult<Park, T> {
    return { done: true, value: this.value };
  }
  [Symbol.iterator]() {
    return this;
  }
}

/**
 * A `Gen` that is already over and returns `value`: what an operation that did its work
 * without parking hands to `yield*`, instead of a generator object per call.
 *
 * @example
 *   print(...): Gen { emit…; return finished(undefined); } // `yield* py.print(x)` as before
 */
export function finished<T>(value: T): Gen<T> {
  return new Finished(value) as unknown as Gen<T>;
}

/** What a parked thread yields to the scheduler: wake me at `until` (null: only when woken). */
export interface Park {
  readonly until: number | null;
}
/** Why a parked thread resumed. */
export type Wake = 'time' | 'woken';
/** A Python activity: a generator the scheduler steps, yielding only when the thread parks. */
export type Gen<T = void> = Generator<Park, T, Wake>;

export type ThreadKind = 'main' | 'timer' | 'worker';

export class SimThread {
  readonly frames: Frame[] = [];
  /** Bumped at every park and wake, so stale queue entries are skipped. */
  token = 0;
  gen: Gen | null = null;
  started = false;
  /** The last `line` event's fixed cost is still to be paid (at the next line). */
  owesLine = false;
  finished = false;
  /** For the deadlock report: what this thread waits on while parked without a deadline. */
  waitingFor: { future: FutureId | null; what: string } | null = null;
  readonly joiners: SimThread[] = [];
  /** The seq of the last event this thread emitted: what a wake it causes points at. */
  lastSeq = -1;
  /** Who woke this thread first since it last parked (null: nobody, or its deadline passed). */
  wokenBy: Cause | null = null;
  private step: LineStep | null = null;

  constructor(
    readonly name: string,
    readonly kind: ThreadKind,
    readonly daemon: boolean,
    public ident: number,
  ) {}

  /** This thread's reusable `py.line` step, armed for line `n`. */
  lineStep(host: LineHost, n: number): LineStep {
    this.step ??= new LineStep(this);
    return this.step.arm(host, n);
  }

  /** The source line of the innermost user frame, or null outside user code. */
  get line(): number | null {
    const f = this.frames;
    for (let i = f.length - 1; i >= 0; i--) {
      const fr = f[i];
      if (fr?.kind === 'user') return fr.line;
    }
    return null;
  }
}
