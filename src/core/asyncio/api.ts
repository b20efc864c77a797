/**
 * `py.asyncio`: the `asyncio` module as a program uses it. Coroutines come from `py.async`
 * and `py.callAsync`; `py.await(x)` is `await x`. Everything runs on virtual time: a 5-second
 * `asyncio.sleep` costs no real time.
 *
 * @example
 *   const main = py.async('main', function* () {
 *     yield* py.line(4);
 *     const loop = py.asyncio.get_running_loop();
 *     const fut = loop.create_future('fut');
 *     yield* loop.call_later(5.0, fut.method('set_result'), [4n]);
 *     yield* py.print(yield* py.await(fut, 'fut'));
 *   }, { line: 3 });
 *   yield* py.asyncio.run(py.callAsync(main));
 */
import type { SimContext } from '../context';
import type { PyValue } from '../pyvalue';
import type { Gen } from '../thread';
import { EXC } from '../exceptions';
import { PyEventLoop } from './loop';
import { AsyncFuture } from './future';
import type { PyTask } from './task';
import type { PyCoroutine } from './coroutine';
import { ASYNCIO_EXC, asyncioTimeoutError } from './exceptions';
import { asyncioRun } from './run';
import { sleepCoroutine } from './sleep';
import { gather } from './gather';
import type { GatheringFuture } from './gather';
import { maybeRunningLoop, runningLoop } from './running';
import { asyncioState } from './state';
import { taskFor } from './ensure';
import { wrapFuture } from './executorBridge';
import { waitForCoroutine } from './waitFor';
import { asCompleted } from './asCompleted';

export class AsyncioApi {
  constructor(private readonly ctx: SimContext) {}

  /** `asyncio.CancelledError`, `asyncio.InvalidStateError`, `asyncio.TimeoutError` (versioned). */
  get CancelledError() {
    return ASYNCIO_EXC.CancelledError;
  }
  get InvalidStateError() {
    return ASYNCIO_EXC.InvalidStateError;
  }
  get TimeoutError() {
    return asyncioTimeoutError(this.ctx.opts.version.n);
  }

  /** `asyncio.run(main)`: see run.ts. Returns main's result. */
  run(main: PyValue): Gen<PyValue> {
    return asyncioRun(this.ctx, main);
  }

  /** `asyncio.get_running_loop()`. */
  get_running_loop(): PyEventLoop {
    this.ctx.callOp('get_running_loop');
    return runningLoop(this.ctx);
  }

  /**
   * `asyncio.get_event_loop()`: the running loop; else the thread's current loop. On
   * MainThread with none ever set, one is made (3.12–3.13 warn "There is no current event
   * loop"; 3.14 raises instead); once `set_event_loop` was called (asyncio.run does) it raises.
   */
  get_event_loop(): PyEventLoop {
    const { ctx } = this;
    ctx.callOp('get_event_loop');
    const running = maybeRunningLoop(ctx);
    if (running) return running;
    const st = asyncioState(ctx);
    const me = ctx.sched.current;
    const current = st.current.get(me);
    if (current) return current;
    const name = me.name;
    const noLoop = () =>
      ctx.raise(EXC.RuntimeError.call(`There is no current event loop in thread '${name}'.`));
    if (current === null || me !== ctx.sched.main || ctx.opts.version.n >= 14) return noLoop();
    if (ctx.opts.version.n >= 12)
      this.warnOnce('DeprecationWarning', 'There is no current event loop');
    const loop = new PyEventLoop(ctx);
    st.current.set(me, loop);
    return loop;
  }

  private readonly warned = new Set<string>();

  /** A warning as the default filters show it in `__main__`: once per line. */
  private warnOnce(category: string, message: string): void {
    const { ctx } = this;
    const line = ctx.sched.current.line;
    if (line === null) return;
    const key = `${line}:${category}:${message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const src = ctx.tb.lines[line - 1]?.trim() ?? '';
    ctx.sched.emit({
      type: 'stderr',
      text: `${ctx.opts.scriptPath}:${line}: ${category}: ${message}\n  ${src}\n`,
    });
  }

  /** `asyncio.new_event_loop()`. */
  new_event_loop(): PyEventLoop {
    this.ctx.callOp('new_event_loop');
    return new PyEventLoop(this.ctx);
  }

  /** `asyncio.set_event_loop(loop)`. */
  set_event_loop(loop: PyEventLoop | null): void {
    this.ctx.callOp('set_event_loop');
    asyncioState(this.ctx).current.set(this.ctx.sched.current, loop);
  }

  /** `asyncio.Future()`: on the running loop (or the current one). */
  Future(name = 'fut'): AsyncFuture {
    this.ctx.callOp('Future');
    const loop = maybeRunningLoop(this.ctx) ?? this.get_event_loop();
    return new AsyncFuture(loop, name);
  }

  /** `asyncio.sleep(delay, result=None)`: a coroutine to await. */
  sleep(delay: number, result: PyValue = null): PyCoroutine {
    this.ctx.callOp('sleep');
    return sleepCoroutine(this.ctx, delay, result);
  }

  /** `asyncio.create_task(coro, name=None)`: on the running loop; `Task-N` unless named. */
  create_task(coro: PyValue, name: string | null = null): PyTask {
    this.ctx.callOp('create_task');
    return taskFor(runningLoop(this.ctx), coro, name);
  }

  /** `asyncio.ensure_future(aw)`. */
  ensure_future(aw: PyValue): AsyncFuture {
    this.ctx.callOp('ensure_future');
    if (aw instanceof AsyncFuture) return aw;
    return taskFor(maybeRunningLoop(this.ctx) ?? this.get_event_loop(), aw, null);
  }

  /** `asyncio.current_task()`: the task whose step runs now, or None. */
  current_task(): PyTask | null {
    return maybeRunningLoop(this.ctx)?.currentTask ?? null;
  }

  /** `asyncio.all_tasks()`: the running loop's tasks not yet done, in creation order. */
  all_tasks(): PyTask[] {
    return [...runningLoop(this.ctx).tasks];
  }

  /** `asyncio.gather(*aws, return_exceptions=False)`: a `_GatheringFuture` to await. */
  gather(
    aws: readonly PyValue[],
    opts: { return_exceptions?: boolean; name?: string } = {},
  ): GatheringFuture {
    this.ctx.callOp('gather');
    return gather(
      this.ctx,
      () => maybeRunningLoop(this.ctx) ?? this.get_event_loop(),
      aws,
      opts.return_exceptions ?? false,
      opts.name,
    );
  }

  /** `asyncio.wait_for(aw, timeout)`: a coroutine; TimeoutError (versioned) when time is up. */
  wait_for(aw: PyValue, timeout: number | null): PyCoroutine {
    this.ctx.callOp('wait_for');
    return waitForCoroutine(this.ctx, aw, timeout);
  }

  /** `asyncio.as_completed(aws, timeout=None)`: awaitables in completion order. */
  as_completed(aws: readonly PyValue[], timeout: number | null = null): PyCoroutine[] {
    this.ctx.callOp('as_completed');
    return asCompleted(this.ctx, aws, timeout);
  }

  /** `asyncio.wrap_future(cfut)`: on the running loop. */
  wrap_future(cfut: PyValue): Gen<AsyncFuture> {
    this.ctx.callOp('wrap_future');
    return wrapFuture(runningLoop(this.ctx), cfut);
  }
}
