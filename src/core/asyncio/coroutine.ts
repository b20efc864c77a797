/**
 * `async def` functions and the coroutine objects calling them makes. Calling an async
 * function runs nothing: it returns a coroutine, which runs when a Task steps it or when
 * another coroutine awaits it. `awaitValue` is `await x`: a coroutine runs inline; a pending
 * Future (or Task) suspends the running task, whose step yields an {@link AwaitPark} to it.
 *
 * @example
 *   const fetch = py.async('fetch', function* (n: PyValue) { … }, { line: 3 });
 *   const coro = py.callAsync(fetch, 2n);          // <coroutine object fetch at 0x…>
 *   const v = yield* py.await(coro);               // inside another coroutine
 */
import type { PyCallable } from '../callable';
import type { FunctionBody } from '../callable';
import type { SimContext } from '../context';
import type { UserFrame } from '../frames';
import type { PyObject, PyValue } from '../pyvalue';
import { typeName } from '../pyvalue';
import type { Gen, Park } from '../thread';
import { finished } from '../thread';
import { EXC, PyException } from '../exceptions';
import { AsyncFuture } from './future';
import { argsText } from './callbackText';
import { asyncioState } from './state';

/** An `async def` of the program. */
export class PyAsyncFunction implements PyCallable {
  readonly pyType = 'function';
  constructor(
    private readonly ctx: SimContext,
    readonly name: string,
    readonly defLine: number,
    readonly body: FunctionBody,
    readonly qualname: string,
    private readonly address: number,
  ) {}

  /** Calling it makes a coroutine object; nothing of the body runs. */
  invoke(args: readonly PyValue[]): Gen<PyValue> {
    return finished(new PyCoroutine(this.ctx, this, args));
  }

  pyRepr(): string {
    return `<function ${this.qualname} at 0x${this.address.toString(16)}>`;
  }
}

/** A coroutine object: `fetch_square(2)` not yet run, running, suspended or done. */
export class PyCoroutine implements PyObject {
  readonly pyType = 'coroutine';
  private started = false;
  /** The coroutine's own frame once it runs (its line is the repr's `running at`). */
  frame: UserFrame | null = null;
  isDone = false;
  private readonly hexAddress: string;

  constructor(
    private readonly ctx: SimContext,
    readonly fn: PyAsyncFunction,
    readonly args: readonly PyValue[],
    /** For asyncio's own coroutines (`sleep`): the body to run instead of a user function's. */
    private readonly libBody: (() => Gen<PyValue>) | null = null,
  ) {
    this.hexAddress = `0x${ctx.objectAddress().toString(16)}`;
  }

  get name(): string {
    return this.fn.name;
  }

  /** How the trace names it: `fetch_square(2)`. */
  label(): string {
    return `${this.fn.name}${argsText(this.args)}`;
  }

  pyRepr(): string {
    return `<coroutine object ${this.fn.qualname} at ${this.hexAddress}>`;
  }

  /** `coroutines._format_coroutine`: `main() running at /path:5` or `main() done, defined at …`. */
  formatted(): string {
    const where = this.libBody ? null : this.ctx.opts.scriptPath;
    const name = `${this.fn.qualname}()`;
    if (where === null) return this.isDone ? `${name} done` : `${name} running`;
    if (this.isDone) return `${name} done, defined at ${where}:${this.fn.defLine}`;
    return `${name} running at ${where}:${this.frame?.line ?? this.fn.defLine}`;
  }

  /** The body as a generator; a coroutine runs once (`cannot reuse already awaited coroutine`). */
  start(): Gen<PyValue> {
    if (this.started)
      this.ctx.raise(EXC.RuntimeError.call('cannot reuse already awaited coroutine'));
    this.started = true;
    return this.run();
  }

  private *run(): Gen<PyValue> {
    if (this.libBody) {
      try {
        return yield* this.libBody();
      } finally {
        this.isDone = true;
      }
    }
    const frames = this.ctx.sched.current.frames;
    const frame: UserFrame = { kind: 'user', name: this.fn.name, line: this.fn.defLine, op: null };
    this.frame = frame;
    frames.push(frame);
    try {
      const body = this.fn.body;
      return ((yield* body(...this.args)) as PyValue | undefined) ?? null;
    } finally {
      this.isDone = true;
      frames.pop();
    }
  }
}

/**
 * What a coroutine yields to its Task's step to suspend: `future` is what it waits for (null:
 * a bare `yield`, `asyncio.sleep(0)`), `on` how the program writes it. Never reaches the
 * scheduler: the task's step catches it.
 */
export class AwaitPark implements Park {
  readonly until = null;
  constructor(
    readonly future: AsyncFuture | null,
    readonly on: string,
  ) {}
}

/** A value `await` accepts. */
export type Awaitable = PyCoroutine | AsyncFuture;

/** `await x`, inside a coroutine run by a Task; `label` is how the program writes `x`. */
export function* awaitValue(ctx: SimContext, x: PyValue, label?: string): Gen<PyValue> {
  if (x instanceof PyCoroutine) return yield* x.start();
  if (x instanceof AsyncFuture) {
    if (!x.done()) {
      requireTask(ctx);
      try {
        yield new AwaitPark(x, label ?? x.varName);
      } catch (e) {
        // Thrown in by the task's wakeup: it passes through this frame, as Python's traceback says.
        if (e instanceof PyException) ctx.raise(e);
        throw e;
      }
      if (!x.done()) ctx.raise(EXC.RuntimeError.call("await wasn't used with future"));
    }
    return x.resultNow();
  }
  return ctx.raise(EXC.TypeError.call(`object ${typeName(x)} can't be used in 'await' expression`));
}

/** `yield` with nothing: gives the loop one turn (`asyncio.sleep(0)`). */
export function* yieldTurn(ctx: SimContext, label: string): Gen {
  requireTask(ctx);
  yield new AwaitPark(null, label);
}

/** A suspension outside a Task's step would park the thread forever: say so instead. */
function requireTask(ctx: SimContext): void {
  const loop = asyncioState(ctx).running.get(ctx.sched.current);
  if (!loop?.currentTask)
    throw new Error(
      'py.await suspended outside a Task: await a pending future only inside a coroutine that ' +
        'asyncio.run, create_task or run_until_complete runs.',
    );
}
