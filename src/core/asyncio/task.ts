/**
 * `asyncio.Task`: a Future that drives a coroutine on its loop. Each step is a handle the loop
 * runs (`task.step`): the coroutine runs until it returns, raises, or awaits a pending future;
 * then the task suspends (`task.suspend`, no thread waits) with its `__wakeup` registered on
 * that future, and the future's completion schedules the next step. The task's frames leave the
 * loop thread's stack while it is suspended, so other callbacks run on a clean stack.
 *
 * @example
 *   const task = loop.create_task(py.callAsync(child));  // Task-2, first step scheduled
 *   const v = yield* py.await(task, 'task');
 */
import type { PyValue } from '../pyvalue';
import type { Frame } from '../frames';
import type { Gen, Wake } from '../thread';
import { finished } from '../thread';
import { EXC, PyException } from '../exceptions';
import { strRepr } from '../pyrepr';
import type { PyEventLoop } from './loop';
import { AsyncFuture } from './future';
import type { TaskWakeup } from './future';
import { AwaitPark } from './coroutine';
import type { PyCoroutine } from './coroutine';
import { ASYNCIO_EXC } from './exceptions';
import { asyncioState } from './state';

export class PyTask extends AsyncFuture {
  readonly taskId: number;
  name: string;
  private gen: Gen<PyValue> | null = null;
  private mustCancel = false;
  private futWaiter: AsyncFuture | null = null;
  /** The coroutine's frames while it is suspended (off the loop thread's stack). */
  private saved: Frame[] = [];
  /** The CancelledError that ended the coroutine: what `result()` raises again. */
  private cancelledExc: PyException | null = null;
  private cancelRequests = 0;
  private readonly wakeupCb: TaskWakeup;

  constructor(
    loop: PyEventLoop,
    readonly coro: PyCoroutine,
    name: string | null,
  ) {
    const st = asyncioState(loop.ctx);
    const taskName = name ?? `Task-${st.nextTaskName++}`;
    super(loop, taskName, 'Task', false);
    this.name = taskName;
    this.taskId = st.nextTaskId++;
    this.wakeupCb = this.makeWakeup();
    this.announce();
    loop.ctx.sched.emit({
      type: 'task.create',
      task: this.taskId,
      name: taskName,
      coro: coro.label(),
      future: this.id,
    });
    loop.tasks.add(this);
    this.scheduleStep(null);
  }

  protected override reprInfo(): string[] {
    const info = super.reprInfo();
    if (
      this.mustCancel ||
      (this.cancelRequests > 0 && this.loop.ctx.opts.version.n >= 11 && !this.done())
    )
      info[0] = 'cancelling';
    info.splice(1, 0, `name=${strRepr(this.name)}`);
    info.splice(2, 0, `coro=<${this.coro.formatted()}>`);
    if (this.futWaiter) info.splice(3, 0, `wait_for=${this.futWaiter.pyRepr()}`);
    return info;
  }

  get_name(): string {
    return this.name;
  }

  override cancelledError(): PyException {
    return this.cancelledExc ?? super.cancelledError();
  }

  private makeWakeup(): TaskWakeup {
    const old = this.loop.ctx.opts.version.n <= 9;
    const addr = `0x${this.loop.ctx.objectAddress().toString(16)}`;
    return {
      pyType: 'builtin_function_or_method',
      name: 'task_wakeup',
      qualname: 'Task.task_wakeup',
      // 3.8–3.9's C task registers a wrapper object; 3.10+ a method of the task.
      sourceText: () =>
        old ? `<TaskWakeupMethWrapper object at ${addr}>()` : 'Task.task_wakeup()',
      pyRepr: () => `<built-in method task_wakeup of Task object at ${this.hexAddress}>`,
      invoke: () => finished(null),
      wakeupTask: { taskId: this.taskId, wakeup: (fut) => this.wakeup(fut) },
    };
  }

  /** `call_soon(self.__step, exc)`: the task's next step, as a handle. */
  private scheduleStep(exc: PyException | null): void {
    this.loop.schedule(
      this.wakeupCb,
      [],
      null,
      { via: 'task-step', task: this.taskId, fnName: 'Task.__step' },
      () => this.step(exc),
    );
  }

  /** `__wakeup(future)`: the step, with the future's exception thrown in if it has one. */
  private wakeup(fut: AsyncFuture): Gen {
    return this.step(fut.raisedBy());
  }

  /** `Task.cancel(msg=None)`: cancels what it awaits, or throws CancelledError in at its next step. */
  cancelNowTask(msg: PyValue = null): boolean {
    this.logTraceback = false;
    if (this.done()) return false;
    this.cancelRequests++;
    if (this.futWaiter?.cancelNow(msg)) return true;
    this.mustCancel = true;
    this.cancelMessage = msg;
    return true;
  }

  override cancelNow(msg: PyValue = null): boolean {
    return this.cancelNowTask(msg);
  }

  /** `task.cancelling()` (3.11+): cancellation requests not yet uncancelled. */
  cancelling(): number {
    return this.cancelRequests;
  }
  /** `task.uncancel()` (3.11+). */
  uncancel(): number {
    if (this.cancelRequests > 0) this.cancelRequests--;
    return this.cancelRequests;
  }

  /** `__step(exc)`: runs the coroutine until it suspends, returns or raises. */
  private *step(excIn: PyException | null): Gen {
    const { ctx } = this.loop;
    const { sched } = ctx;
    if (this.done()) return;
    let exc = excIn;
    if (this.mustCancel) {
      if (!(exc instanceof PyException && exc.is(ASYNCIO_EXC.CancelledError)))
        exc = this.cancelledError();
      this.mustCancel = false;
    }
    this.futWaiter = null;
    const prevTask = this.loop.currentTask;
    this.loop.currentTask = this;
    sched.emit({ type: 'task.step', task: this.taskId });
    const frames = sched.current.frames;
    const depth = frames.length;
    frames.push(...this.saved);
    this.saved = [];
    let send: Wake = 'woken';
    try {
      this.gen ??= this.coro.start();
      for (;;) {
        const r = exc !== null ? this.gen.throw(exc) : this.gen.next(send);
        exc = null;
        if (r.done) {
          sched.emit({ type: 'task.done', task: this.taskId });
          this.finish(() => {
            if (this.mustCancel) {
              this.mustCancel = false;
              this.cancelBase(this.cancelMessage);
            } else this.setResultNow(r.value);
          });
          return;
        }
        const park = r.value;
        if (park instanceof AwaitPark) {
          this.saved = frames.splice(depth);
          this.suspend(park);
          return;
        }
        // A line's cost, a time.sleep, a blocking call: the loop's thread itself waits.
        send = (yield park) as Wake;
      }
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      frames.length = depth;
      // The task's traceback starts at its coroutine's frame (the C Task adds none of its own).
      e.tb = e.tb.slice(depth);
      sched.emit({ type: 'task.done', task: this.taskId });
      if (e.is(ASYNCIO_EXC.CancelledError)) {
        this.cancelledExc = e;
        this.finish(() => this.cancelBase(null));
      } else {
        this.finish(() => this.setExceptionNow(e));
        if (e.is(EXC.KeyboardInterrupt) || e.is(EXC.SystemExit)) throw e;
      }
    } finally {
      this.loop.currentTask = prevTask;
    }
  }

  private finish(complete: () => void): void {
    this.loop.tasks.delete(this);
    complete();
  }

  /** `Future.cancel(self)`: the task itself ends CANCELLED. */
  private cancelBase(msg: PyValue): void {
    super.cancelNow(msg);
  }

  private suspend(park: AwaitPark): void {
    const { sched } = this.loop.ctx;
    const fut = park.future;
    sched.emit({
      type: 'task.suspend',
      task: this.taskId,
      on: park.on,
      futures: fut ? [fut.id] : [],
    });
    if (fut === null) return this.scheduleStep(null);
    if (fut.loop !== this.loop) {
      const msg = `Task ${this.pyRepr()} got Future ${fut.pyRepr()} attached to a different loop`;
      return this.scheduleStep(EXC.RuntimeError.call(msg));
    }
    if (fut === this) {
      return this.scheduleStep(
        EXC.RuntimeError.call(`Task cannot await on itself: ${this.pyRepr()}`),
      );
    }
    fut.addCallbackNow(this.wakeupCb);
    this.futWaiter = fut;
    if (this.mustCancel && fut.cancelNow(this.cancelMessage)) this.mustCancel = false;
  }
}
