/**
 * `threading.Thread(target=f, args=…, name=…)`. An unnamed thread takes `Thread-N` from the
 * same counter as Timers, and from 3.10 its target's name as a suffix: `Thread-2 (show)`
 * (spec T-2, TV-13). An explicit name takes no number.
 *
 * @example
 *   const t = py.Thread(show);
 *   yield* t.start();
 *   yield* t.join();
 */
import type { PyObject, PyValue } from './pyvalue';
import type { PyCallable } from './callable';
import type { SimContext } from './context';
import type { Gen } from './thread';
import { SimThread } from './thread';
import { EXC } from './exceptions';
import { joinThread, reportThreadException } from './join';

export class PyPlainThread implements PyObject {
  readonly pyType = 'Thread';
  readonly thread: SimThread;

  constructor(
    private readonly ctx: SimContext,
    private readonly target: PyCallable | null,
    private readonly args: readonly PyValue[] = [],
    name: string | null = null,
  ) {
    const suffix = target && ctx.opts.version.n >= 10 ? ` (${target.name})` : '';
    const threadName = name ?? `Thread-${ctx.nextThreadNumber++}${suffix}`;
    this.thread = new SimThread(threadName, 'worker', ctx.sched.current.daemon, 0);
  }

  get name(): string {
    return this.thread.name;
  }
  is_alive(): boolean {
    return this.thread.started && !this.thread.finished;
  }

  pyRepr(): string {
    const t = this.thread;
    const daemon = t.daemon ? ' daemon' : '';
    const status = !t.started
      ? 'initial'
      : `${t.finished ? 'stopped' : 'started'}${daemon} ${t.ident}`;
    return `<Thread(${t.name}, ${status})>`;
  }

  // eslint-disable-next-line require-yield -- uniform generator API; start() never parks the caller
  *start(): Gen {
    const { ctx } = this;
    ctx.callOp('start');
    if (this.thread.started) ctx.raise(EXC.RuntimeError.call('threads can only be started once'));
    if (ctx.opts.version.n === 12 && ctx.sched.main.finished) {
      ctx.raiseAt(
        'thread_start.shutdown',
        EXC.RuntimeError.call("can't create new thread at interpreter shutdown"),
      );
    }
    this.thread.ident = ctx.ident();
    ctx.sched.emit(
      { type: 'thread.start', kind: 'worker', daemon: this.thread.daemon },
      this.thread,
    );
    ctx.sched.spawn(this.thread, this.body());
  }

  *join(timeout: number | null = null): Gen {
    yield* joinThread(this.ctx, this.thread, timeout);
  }

  /** Thread.run: `self._target(*self._args, **self._kwargs)`. */
  private *body(): Gen {
    if (!this.target) return;
    const { ctx } = this;
    ctx.pushLib('bootstrap_inner');
    ctx.pushLib('thread_run');
    try {
      yield* this.target.invoke(this.args);
    } catch (e) {
      reportThreadException(ctx, this.name, e);
    } finally {
      ctx.popFrame();
      ctx.popFrame();
    }
  }
}
