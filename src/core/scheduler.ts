/**
 * The virtual-time scheduler: one simulated thread runs at a time, until it parks (a line's
 * cost, a sleep, a Timer's wait, a blocking `result()`); then the earliest due thread runs.
 * Entries are ordered by (time, sequence), so equal times keep FIFO order. It also owns the
 * trace being written.
 *
 * @example
 *   const s = new Scheduler({ maxEvents: 1000 });
 *   s.spawn(s.main, program());
 *   s.run(); // s.events now holds the trace
 */
import type { Cause, TraceEvent, VirtualUs } from './trace';
import { EntryHeap } from './heap';
import type { Gen, Park, Wake } from './thread';
import { SimThread } from './thread';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A trace event without the fields the scheduler stamps (seq, t, thread, line). */
export type EventBody = DistributiveOmit<TraceEvent, 'seq' | 't' | 'thread' | 'line'>;

/** Raised when a program exceeds its event budget (a runaway loop): the UI can never hang. */
export class SimulationLimitError extends Error {
  constructor(limit: number) {
    super(
      `The simulation stopped after ${limit} trace events: the program looks like it never ends. ` +
        'Shorten it or raise options.maxEvents.',
    );
    this.name = 'SimulationLimitError';
  }
}

interface Due {
  thread: SimThread;
  token: number;
  wake: Wake;
}

// One shared, mutable request: the scheduler reads it at once, so no object per park.
const request: { until: number | null } = { until: null };

/**
 * The value a thread yields to park until `until` (virtual µs) or until woken:
 * `const wake = (yield parkAt(t)) as Wake`. Cheaper than `yield* park(t)` on hot paths.
 */
export function parkAt(until: number | null): Park {
  request.until = until;
  return request;
}

/** Parks the current thread until `until` (virtual µs) or until woken. */
export function* park(until: number | null): Gen<Wake> {
  return yield parkAt(until);
}

export class Scheduler {
  now = 0;
  readonly events: TraceEvent[] = [];
  /**
   * Threads not yet finished, in the order they first started (main first): the deadlock
   * report's. Finished ones leave it, so a long run does not keep every Timer's thread alive.
   */
  readonly threads = new Set<SimThread>();
  readonly main: SimThread;
  current: SimThread;
  /** Run when the main module ends, before non-daemon threads are joined (threading._register_atexit). */
  readonly atMainExit: (() => void)[] = [];
  /** Set once the process exits or deadlocks: nothing runs after. */
  ended = false;
  exitCode = 0;
  private readonly queue = new EntryHeap<Due>();
  private readonly maxEvents: number;
  /** Started non-daemon threads (main included) not yet finished: the process exits at 0. */
  private liveNonDaemon = 0;

  constructor(opts: { maxEvents: number; mainIdent: number }) {
    this.maxEvents = opts.maxEvents;
    this.main = new SimThread('MainThread', 'main', false, opts.mainIdent);
    this.current = this.main;
    this.threads.add(this.main);
  }

  /**
   * Appends an event stamped with its seq, now, the thread (default: current) and its line;
   * the body's keys follow in the order written, so the JSON is the same run after run.
   *
   * @example
   *   sched.emit({ type: 'timer.fire', timer: 1 }); // { seq, t, thread, line, type, timer }
   */
  emit(body: EventBody, thread: SimThread = this.current): void {
    const seq = this.seq();
    thread.lastSeq = seq;
    this.events.push({
      seq,
      // The clock only ever holds whole microseconds: no rounding needed.
      t: this.now as VirtualUs,
      thread: thread.name,
      line: thread.line,
      ...body,
    } as TraceEvent);
  }

  /** What the current thread does now, as the cause of a wake: its latest event, by `by`. */
  causeNow(by: string): Cause {
    return { seq: this.current.lastSeq, thread: this.current.name, by };
  }

  /** The seq of the event about to be pushed; throws once the budget is spent. */
  private seq(): number {
    const n = this.events.length;
    if (n >= this.maxEvents) throw new SimulationLimitError(this.maxEvents);
    return n;
  }

  /** Registers a thread whose body starts running at the current time. */
  spawn(thread: SimThread, body: Gen): void {
    thread.gen = body;
    if (!thread.started && thread !== this.main) this.threads.add(thread);
    thread.started = true;
    if (!thread.daemon) this.liveNonDaemon++;
    this.queue.push(this.now, { thread, token: thread.token, wake: 'time' });
  }

  /**
   * Advances the clock to `until` in place when no other thread is due by then, so the
   * running thread need not park (the common case for a line's cost). Returns false otherwise.
   */
  tryAdvance(until: number): boolean {
    const next = this.queue.peek();
    if (next !== undefined && next.t <= until) return false;
    if (until > this.now) this.now = until;
    return true;
  }

  /**
   * Makes a parked thread runnable now (its pending deadline, if any, is dropped). `cause`
   * says who woke it; the first wake since it parked is the one its `wait.end` names.
   */
  wake(thread: SimThread, cause: Cause | null = null): void {
    if (thread.finished) return;
    thread.wokenBy ??= cause;
    thread.token++;
    this.queue.push(this.now, { thread, token: thread.token, wake: 'woken' });
  }

  /** Runs every thread until the process exits or deadlocks. */
  run(): void {
    for (;;) {
      const e = this.queue.pop();
      if (e === undefined) break;
      const { thread, token, wake } = e.item;
      if (token !== thread.token || thread.finished) continue;
      this.now = Math.max(this.now, e.t);
      this.step(thread, wake);
      if (this.ended) return;
    }
    this.deadlockOrEnd();
  }

  private step(thread: SimThread, first: Wake): void {
    this.current = thread;
    const gen = thread.gen as Gen;
    let wake = first;
    for (;;) {
      const r = gen.next(wake);
      if (r.done) return this.finish(thread);
      const until = r.value.until;
      thread.token++;
      thread.wokenBy = null;
      if (until === null) return;
      const at = Math.max(until, this.now);
      const next = this.queue.peek();
      // Fast path: nothing else is due first, so advance the clock without queueing.
      if (next === undefined || next.t > at) {
        this.now = at;
        wake = 'time';
        continue;
      }
      this.queue.push(at, { thread, token: thread.token, wake: 'time' });
      return;
    }
  }

  private finish(thread: SimThread): void {
    thread.finished = true;
    this.threads.delete(thread);
    // Drop the finished body so its closures (futures, values) can be collected.
    thread.gen = null;
    if (!thread.daemon) this.liveNonDaemon--;
    this.emit({ type: 'thread.finish' }, thread);
    if (thread.joiners.length > 0) {
      const cause = { seq: thread.lastSeq, thread: thread.name, by: 'thread end' };
      for (const j of thread.joiners.splice(0)) this.wake(j, cause);
    }
    if (thread === this.main) for (const hook of this.atMainExit) hook();
    this.maybeExit();
  }

  /** The process exits when the main module is done and every non-daemon thread has ended. */
  private maybeExit(): void {
    if (!this.main.finished || this.liveNonDaemon > 0) return;
    this.current = this.main;
    this.emit({ type: 'program.end', exitCode: this.exitCode }, this.main);
    this.ended = true;
  }

  private deadlockOrEnd(): void {
    if (this.ended) return;
    const stuck = [...this.threads].filter((t) => t.started && !t.finished);
    const waiting = stuck.map((t) => ({
      thread: t.name,
      future: t.waitingFor?.future ?? null,
      what: t.waitingFor?.what ?? 'waiting forever',
    }));
    if (this.main.finished) {
      waiting.unshift({
        thread: this.main.name,
        future: null,
        what: 'interpreter exit: joining non-daemon threads',
      });
    }
    this.current = this.main;
    this.emit({ type: 'deadlock', waiting }, this.main);
    this.ended = true;
  }
}
