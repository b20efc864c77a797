/**
 * Python callables: user functions written as generator bodies (each call pushes a frame so
 * tracebacks name it), and the `print` builtin.
 *
 * @example
 *   const f = new PyFunction(ctx, 'on_done_future', 14, function* (future) { ... });
 *   yield* f.invoke([fut]);
 */
import type { PyObject, PyValue } from './pyvalue';
import type { Gen } from './thread';
import type { SimContext } from './context';
import { str } from './pyrepr';

/** Keyword arguments of a call. */
export type Kwargs = Record<string, PyValue>;

/** Anything Python can call: a Timer's function, a done-callback. */
export interface PyCallable extends PyObject {
  readonly name: string;
  invoke(args: readonly PyValue[], kwargs?: Kwargs): Gen<PyValue>;
}

/** The body of a user function: a generator that drives the core line by line. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies declare their own Python parameter types
export type FunctionBody<A extends any[] = any[]> = (...args: A) => Gen<PyValue | void>;

/** A `def` or `lambda` of the program. */
export class PyFunction implements PyCallable {
  readonly pyType = 'function';
  constructor(
    private readonly ctx: SimContext,
    /** `co_name`, shown in tracebacks: `on_done_future`, `<lambda>`. */
    readonly name: string,
    /** The line of its `def` / `lambda`: the frame's line until the body runs `py.line`. */
    readonly defLine: number,
    private readonly body: FunctionBody,
    /** `__qualname__`, shown in its repr: `fetch_square.<locals>.on_done_future`. */
    readonly qualname: string,
    private readonly address: number,
  ) {}

  *invoke(args: readonly PyValue[]): Gen<PyValue> {
    const frames = this.ctx.sched.current.frames;
    frames.push({ kind: 'user', name: this.name, line: this.defLine, op: null });
    try {
      // Direct calls for the usual arities avoid a spread per call (a hot path).
      const body = this.body;
      const r =
        args.length === 0
          ? yield* body()
          : args.length === 1
            ? yield* body(args[0])
            : yield* body(...args);
      return r ?? null;
    } finally {
      frames.pop();
    }
  }

  pyRepr(): string {
    return `<function ${this.qualname} at 0x${this.address.toString(16)}>`;
  }
}

/** `print(*args, sep=' ', end='\n', file=sys.stdout)`: one stdout (or stderr) event per call. */
export function printText(args: readonly PyValue[], kw: Kwargs = {}): string {
  const sep = kw.sep === undefined || kw.sep === null ? ' ' : str(kw.sep);
  const end = kw.end === undefined || kw.end === null ? '\n' : str(kw.end);
  // One argument (the usual print) needs no intermediate array.
  // join() rather than `+`: a flat string for the trace to keep.
  if (args.length === 1) return [str(args[0] as PyValue), end].join('');
  return args.map(str).join(sep) + end;
}

/** The builtin `print`, usable as a Timer's function: `Timer(0.05, print, args=('fired',))`. */
export class PyPrint implements PyCallable {
  readonly pyType = 'builtin_function_or_method';
  readonly name = 'print';
  constructor(private readonly ctx: SimContext) {}
  // eslint-disable-next-line require-yield -- print never parks; it is a generator to be callable
  *invoke(args: readonly PyValue[], kwargs: Kwargs = {}): Gen<PyValue> {
    const text = printText(args, kwargs);
    const stream = kwargs.file === 'stderr' ? 'stderr' : 'stdout';
    this.ctx.sched.emit({ type: stream, text });
    return null;
  }
  pyRepr(): string {
    return '<built-in function print>';
  }
}
