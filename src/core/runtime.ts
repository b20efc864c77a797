/**
 * `py`, the object a program's generator receives: the operations a Python program
 * performs, each recorded in the trace as it happens in virtual time. How to write a program
 * with it, and the whole surface in short, is in program.ts; the value operators (`py.pow`,
 * `py.format`, …) are in pyops.ts.
 *
 * @example
 *   yield* py.line(2);
 *   const fut = py.Future('fut');
 *   yield* py.Timer(5.0, fut.method('set_result'), [4n]).start();
 *   yield* py.print(yield* fut.result()); // blocks 5 s, then prints 4
 */
import type { PyValue } from './pyvalue';
import type { SimContext } from './context';
import type { FunctionBody, Kwargs, PyCallable } from './callable';
import { PyFunction, PyPrint, printText } from './callable';
import { PyFuture } from './future';
import { PyTimer } from './timer';
import { PyEvent } from './threadingEvent';
import { PyPlainThread } from './pythread';
import { PyThreadPoolExecutor } from './executor';
import { AsCompleted, DoneAndNotDone, pyWait } from './waiting';
import type { ReturnWhen } from './waiting';
import type { Gen, LineStep } from './thread';
import { finished } from './thread';
import { park } from './scheduler';
import { EXC, PyException } from './exceptions';
import type { PyExcClass } from './exceptions';
import { PyValueOps } from './pyops';
import type { Op } from './frames';
import { fromSeconds, us } from './trace';
import type { SleepReason } from './trace';
import type { EventBody } from './scheduler';
import { AsyncioApi } from './asyncio/api';
import { PyAsyncFunction, PyCoroutine, awaitValue } from './asyncio/coroutine';

/** No keywords: shared, never mutated. */
const NO_KWARGS: Kwargs = Object.freeze({});
/** No positional arguments: shared, never mutated. */
const NO_ARGS: readonly PyValue[] = Object.freeze([]);

/** Keyword arguments for `py.print(…, py.kw({ sep: '', end: '' }))`. */
export class PyKw {
  constructor(readonly kw: Kwargs) {}
}

export class Py extends PyValueOps {
  /** Exception classes; `py.exc.TimeoutError` is the class `result(timeout)` raises on the target version. */
  readonly exc: typeof EXC & { FuturesTimeoutError: PyExcClass };
  /** The builtin `print`, as a value (a Timer's function). */
  readonly printFn: PyCallable;
  readonly None = null;
  /** The `asyncio` module: `py.asyncio.run(…)`, `py.asyncio.sleep(s)`, … (see asyncio/api.ts). */
  readonly asyncio: AsyncioApi;

  constructor(ctx: SimContext) {
    super(ctx);
    this.exc = { ...EXC, FuturesTimeoutError: ctx.timeoutError };
    this.printFn = new PyPrint(ctx);
    this.asyncio = new AsyncioApi(ctx);
  }

  /**
   * An `async def`: `line` is its def line. Calling it (`py.callAsync`) makes a coroutine;
   * the body runs when a Task steps it or a coroutine awaits it.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see FunctionBody
  async<A extends any[]>(
    name: string,
    body: FunctionBody<A>,
    opts: { line?: number; qualname?: string } = {},
  ): PyAsyncFunction {
    const line = opts.line ?? this.ctx.sched.current.line ?? 1;
    return new PyAsyncFunction(
      this.ctx,
      name,
      line,
      body as FunctionBody,
      opts.qualname ?? name,
      this.ctx.objectAddress(),
    );
  }

  /** `f(*args)` for an `async def`: the coroutine object (nothing of the body runs yet). */
  callAsync(f: PyAsyncFunction, ...args: PyValue[]): PyCoroutine {
    this.ctx.callOp(f.name);
    return new PyCoroutine(this.ctx, f, args);
  }

  /**
   * `await x` inside a coroutine: a coroutine runs inline; a pending Future or Task suspends
   * the running task until it is done (`label` is how the program writes `x`, for the trace).
   * Use as `yield* py.await(fut, 'fut')`.
   */
  await(x: PyValue, label?: string): Gen<PyValue> {
    return awaitValue(this.ctx, x, label);
  }

  /** Virtual microseconds since the program started. */
  get now(): number {
    return this.ctx.sched.now;
  }

  /**
   * The current thread executes source line `n`: emits a `line` event. The line's work (the
   * events that follow) happens at that instant; its fixed cost is paid when the thread
   * reaches its next line, so other threads due meanwhile run first.
   * Use as `yield* py.line(n)`.
   */
  line(n: number): LineStep {
    return this.ctx.sched.current.lineStep(this.ctx, n);
  }

  /**
   * Says which expression of the current line is about to fail, for the traceback's carets
   * (kept until the next line): its source text, or e.g. `{ kind: 'subscript', text: 'd[k]' }`.
   * Calls, `**`, `/`, `+` and `raise` are found automatically; use this for anything else.
   */
  op(textOrOp: string | Op): void {
    this.ctx.setOp(
      typeof textOrOp === 'string' ? { kind: 'span', text: textOrOp } : textOrOp,
      true,
    );
  }

  /**
   * Appends `body` to the trace on the current thread, at this instant: for events the core
   * does not make itself, such as a notebook's `cell.start` and `display`.
   */
  record(body: EventBody): void {
    this.ctx.sched.emit(body);
  }

  /** The current thread idles `s` seconds, as a `thread.sleep` of `reason` (not a call to `time.sleep`). */
  *idle(s: number, reason: Exclude<SleepReason, 'timer'>): Gen {
    const { sched } = this.ctx;
    const until = sched.now + fromSeconds(Math.max(0, s));
    sched.emit({ type: 'thread.sleep', until: us(until), reason });
    yield* park(until);
  }

  /** `time.sleep(s)`. */
  *sleep(s: number): Gen {
    this.ctx.callOp('sleep');
    yield* this.idle(s, 'sleep');
  }

  /** `print(*args)`; pass `py.kw({ sep, end, file: 'stderr' })` last for keywords. One event per call. */
  print(...args: (PyValue | PyKw)[]): Gen {
    this.ctx.callOp('print');
    const last = args[args.length - 1];
    const kw = last instanceof PyKw ? last.kw : NO_KWARGS;
    const values = (last instanceof PyKw ? args.slice(0, -1) : args) as PyValue[];
    let text: string;
    try {
      text = printText(values, kw);
    } catch (e) {
      // As guard(): a Python error (str() of a huge int) raises from this line.
      return this.rethrow(e);
    }
    this.ctx.sched.emit({ type: kw.file === 'stderr' ? 'stderr' : 'stdout', text });
    // print never parks: its work is done, and `yield*` gets an empty Gen, not a generator.
    return finished(undefined);
  }

  /** Keyword arguments for `print`. */
  kw(kw: Kwargs): PyKw {
    return new PyKw(kw);
  }

  /** `Future()`; `name` is the program's variable, shown by the UI. */
  Future(name: string, className = 'Future'): PyFuture {
    this.ctx.callOp('Future');
    return new PyFuture(this.ctx, name, className);
  }

  /** `threading.Timer(interval, function, args, kwargs)`; takes the next `Thread-N` name. */
  Timer(
    interval: number,
    fn: PyCallable,
    args: readonly PyValue[] = NO_ARGS,
    kwargs: Kwargs = NO_KWARGS,
  ): PyTimer {
    this.ctx.callOp('Timer');
    return new PyTimer(this.ctx, interval, fn, args, kwargs);
  }

  /** A `def` or `lambda`: `line` is its def line (a lambda's line); `qualname` for its repr. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see FunctionBody
  fn<A extends any[]>(
    name: string,
    body: FunctionBody<A>,
    opts: { line?: number; qualname?: string } = {},
  ): PyFunction {
    const line = opts.line ?? this.ctx.sched.current.line ?? 1;
    return new PyFunction(
      this.ctx,
      name,
      line,
      body as FunctionBody,
      opts.qualname ?? name,
      this.ctx.objectAddress(),
    );
  }

  /**
   * Calls a function from the current line: pushes its frame (for tracebacks). Use as
   * `yield* py.call(f, …)`; it hands back `f`'s own generator (no wrapper per call).
   */
  call(f: PyCallable, ...args: PyValue[]): Gen<PyValue> {
    this.ctx.callOp(f.name);
    return f.invoke(args);
  }

  /** `concurrent.futures.wait(fs, timeout, return_when)`: a DoneAndNotDoneFutures. */
  *wait(
    fs: readonly PyFuture[],
    timeout: number | null = null,
    returnWhen: ReturnWhen = 'ALL_COMPLETED',
  ): Gen<DoneAndNotDone> {
    return yield* pyWait(this.ctx, fs, timeout, returnWhen);
  }

  /** `as_completed(fs, timeout)`: call `yield* it.next()` until it returns null. */
  as_completed(fs: readonly PyFuture[], timeout: number | null = null): AsCompleted {
    return new AsCompleted(this.ctx, fs, timeout);
  }

  /** `threading.Thread(target=fn, args=args, name=name)`. */
  Thread(
    target: PyCallable | null,
    args: PyValue[] = [],
    name: string | null = null,
  ): PyPlainThread {
    this.ctx.callOp('Thread');
    return new PyPlainThread(this.ctx, target, args, name);
  }

  /** `threading.Event()`. */
  Event(name = 'event'): PyEvent {
    return new PyEvent(this.ctx, name);
  }

  /** `ThreadPoolExecutor(max_workers, thread_name_prefix=…)`. */
  ThreadPoolExecutor(
    maxWorkers: number,
    threadNamePrefix: string | null = null,
  ): PyThreadPoolExecutor {
    this.ctx.callOp('ThreadPoolExecutor');
    return new PyThreadPoolExecutor(this.ctx, maxWorkers, threadNamePrefix);
  }

  /** `threading.current_thread()`. */
  currentThread(): { name: string; daemon: boolean; ident: number } {
    const t = this.ctx.sched.current;
    return { name: t.name, daemon: t.daemon, ident: t.ident };
  }

  /** `logging.basicConfig()`: later log records carry `LEVEL:logger:` prefixes. */
  basicConfig(): void {
    this.ctx.loggingConfigured = true;
  }

  /** `raise exc` on the current line. */
  raise(exc: PyException | PyExcClass): never {
    this.ctx.setOp({ kind: 'raise' });
    return this.ctx.raise(exc);
  }

  /**
   * `except cls as e`: returns the Python exception if it matches one of `classes` (any
   * Python exception when none given), else rethrows it unchanged.
   */
  except(err: unknown, ...classes: PyExcClass[]): PyException {
    if (!(err instanceof PyException)) throw err;
    if (classes.length > 0 && !classes.some((c) => err.is(c))) throw err;
    // Caught here: its traceback now starts at this frame, as Python's __traceback__ does.
    const depth = this.ctx.sched.current.frames.length - 1;
    err.tb = err.tb.slice(Math.max(0, depth));
    return err;
  }

  /** `isinstance(err, cls)` for caught values. */
  isinstance(err: unknown, cls: PyExcClass): boolean {
    return err instanceof PyException && err.is(cls);
  }
}
