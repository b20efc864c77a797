/**
 * `threading.Timer` (spec §6): a thread named `Thread-N` that waits `interval` seconds of
 * virtual time and then calls `function(*args)` on itself, unless cancelled first. An
 * exception escaping the function prints CPython's "Exception in thread …" report.
 *
 * @example
 *   const t = new PyTimer(ctx, 5.0, lambda, []);
 *   yield* t.start();   // Thread-1 sleeps until now + 5 s, then runs lambda
 *   yield* t.cancel();  // before it fires: lambda never runs
 */
import type { PyObject, PyValue } from './pyvalue';
import type { PyCallable, Kwargs } from './callable';
import type { SimContext } from './context';
import type { Gen } from './thread';
import { SimThread, finished } from './thread';
import { parkAt } from './scheduler';
import { EXC } from './exceptions';
import { joinThread, reportThreadException } from './join';
import { fromSeconds, us } from './trace';

/** What a sleeping Timer's thread waits on (deadlock report); never mutated, so shared. */
const TIMER_WAIT = Object.freeze({ future: null, what: 'Timer wait' });

export class PyTimer implements PyObject {
  readonly pyType = 'Timer';
  readonly id: number;
  readonly thread: SimThread;
  /** The Timer's `finished` Event: set by cancel() or after the function returns. */
  private finishedSet = false;
  private fired = false;
  private sleeping = false;

  constructor(
    private readonly ctx: SimContext,
    readonly interval: number,
    readonly fn: PyCallable,
    readonly args: readonly PyValue[] = [],
    readonly kwargs: Kwargs = {},
  ) {
    this.id = ctx.nextTimerId++;
    // The name is taken at construction, from the process-wide counter (T-2).
    const name = `Thread-${ctx.nextThreadNumber++}`;
    // A Timer inherits the daemon flag of the thread that creates it (T-3).
    this.thread = new SimThread(name, 'timer', ctx.sched.current.daemon, 0);
    ctx.sched.emit({
      type: 'timer.create',
      timer: this.id,
      threadName: name,
      interval: fromSeconds(Math.max(0, interval)),
      function: fn.name,
    });
  }

  get name(): string {
    return this.thread.name;
  }
  get daemon(): boolean {
    return this.thread.daemon;
  }
  is_alive(): boolean {
    return this.thread.started && !this.thread.finished;
  }

  /** `<Timer(Thread-1, initial)>`, `started <ident>`, `stopped <ident>` (T-6). */
  pyRepr(): string {
    const t = this.thread;
    const daemon = t.daemon ? ' daemon' : '';
    const status = !t.started
      ? 'initial'
      : `${t.finished ? 'stopped' : 'started'}${daemon} ${t.ident}`;
    return `<Timer(${t.name}, ${status})>`;
  }

  /** Starts the Timer's thread; never parks the caller, so it returns an empty Gen at once. */
  start(): Gen {
    const { ctx } = this;
    ctx.callOp('start');
    if (this.thread.started) ctx.raise(EXC.RuntimeError.call('threads can only be started once'));
    // CPython 3.12 (not 3.13) cannot start a thread once the main module has finished.
    if (ctx.opts.version.n === 12 && ctx.sched.main.finished) {
      ctx.raiseAt(
        'thread_start.shutdown',
        EXC.RuntimeError.call("can't create new thread at interpreter shutdown"),
      );
    }
    this.thread.ident = ctx.ident();
    const due = ctx.sched.now + fromSeconds(Math.max(0, this.interval));
    ctx.sched.emit({ type: 'timer.start', timer: this.id, due: us(due) });
    ctx.sched.emit(
      { type: 'thread.start', kind: 'timer', daemon: this.daemon, timer: this.id },
      this.thread,
    );
    ctx.sched.spawn(this.thread, this.body(due));
    return finished(undefined);
  }

  /** T-5: always None; stops the Timer if it has not fired yet. */
  // eslint-disable-next-line require-yield -- uniform generator API; never parks
  *cancel(): Gen<null> {
    this.ctx.callOp('cancel');
    const effective = !this.fired && !this.finishedSet;
    this.ctx.sched.emit({ type: 'timer.cancel', timer: this.id, effective });
    this.finishedSet = true;
    if (this.sleeping) this.ctx.sched.wake(this.thread);
    return null;
  }

  /** `join(timeout=None)`: waits until the Timer's thread ends. */
  *join(timeout: number | null = null): Gen {
    yield* joinThread(this.ctx, this.thread, timeout);
  }

  /** Timer.run: wait on `finished` for `interval`, then call the function unless cancelled. */
  private *body(due: number): Gen {
    const { ctx } = this;
    const sched = ctx.sched;
    sched.emit({ type: 'thread.sleep', until: us(due), reason: 'timer', timer: this.id });
    if (!this.finishedSet) {
      this.sleeping = true;
      this.thread.waitingFor = TIMER_WAIT;
      yield parkAt(due);
      this.sleeping = false;
      this.thread.waitingFor = null;
    }
    if (this.finishedSet) return;
    this.fired = true;
    sched.emit({ type: 'timer.fire', timer: this.id });
    ctx.pushLib('bootstrap_inner');
    ctx.pushLib('timer_run');
    try {
      yield* this.fn.invoke(this.args, this.kwargs);
      this.finishedSet = true;
    } catch (e) {
      reportThreadException(ctx, this.name, e);
    } finally {
      ctx.popFrame();
      ctx.popFrame();
    }
  }
}
