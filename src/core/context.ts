/**
 * The state one simulation shares between the Future, the Timer and the DSL: the scheduler,
 * the target version, counters for ids, names and fake addresses, and the helpers that
 * raise Python exceptions with tracebacks and log them as CPython's `logging` would.
 *
 * @example
 *   const ctx = new SimContext(resolveOptions({ python: '3.11' }), source);
 */
import type { LibSite, Op, UserFrame } from './frames';
import { libFrame, snapshot } from './frames';
import { EXC, PyException } from './exceptions';
import type { PyExcClass } from './exceptions';
import type { PythonVersion } from './versions';
import { Scheduler } from './scheduler';
import type { TracebackContext } from './traceback';
import { formatTraceback } from './traceback';

const CALL_OPS = new Map<string, Op>();

export interface ResolvedOptions {
  version: PythonVersion;
  scriptPath: string;
  libDir: string;
  /** Fake addresses are plain numbers: 64-bit Linux user addresses fit in 47 bits. */
  firstAddress: number;
  addressStep: number;
  lineCostUs: number;
  maxEvents: number;
}

export class SimContext {
  readonly sched: Scheduler;
  readonly tb: TracebackContext;
  /** `logging.basicConfig()` was called: log records gain `LEVEL:logger:` prefixes. */
  loggingConfigured = false;
  private nextAddress: number;
  nextFutureId = 1;
  nextTimerId = 1;
  nextCallbackId = 1;
  /** CPython's `_counter` for unnamed threads: Timers and `Thread()` without a name. */
  nextThreadNumber = 1;
  /** ThreadPoolExecutor's class-wide counter for executors without a name prefix. */
  nextExecutorNumber = 0;
  private nextIdent = 0;
  private nextObject = 0;

  constructor(
    readonly opts: ResolvedOptions,
    source: string,
  ) {
    this.sched = new Scheduler({ maxEvents: opts.maxEvents, mainIdent: this.ident() });
    this.nextAddress = opts.firstAddress;
    this.tb = {
      version: opts.version,
      lines: source.split('\n'),
      scriptPath: opts.scriptPath,
      libDir: opts.libDir,
    };
  }

  /** A fresh fake object address, from a seeded counter (deterministic). */
  address(): number {
    const a = this.nextAddress;
    this.nextAddress += this.opts.addressStep;
    return a;
  }

  /**
   * A fake address for any object but a Future (a function, an Event, an executor), from a
   * region of its own so Future addresses stay as configured. Take it once, when the object
   * is made: a repr that took a new one would shift every later object's address.
   */
  objectAddress(): number {
    return this.opts.firstAddress - 0x3a000 + 0x90 * this.nextObject++;
  }

  /** A fresh fake thread ident (a large decimal number, as on 64-bit Linux). */
  ident(): number {
    return 140_112_845_000_000 + 8_392_704 * this.nextIdent++;
  }

  /** `concurrent.futures.TimeoutError` of the target version. */
  get timeoutError(): PyExcClass {
    return this.opts.version.builtinTimeout ? EXC.TimeoutError : EXC.FuturesTimeoutError310;
  }

  /** The innermost frame if it is user code. */
  userTop(): UserFrame | null {
    const f = this.sched.current.frames;
    const top = f[f.length - 1];
    return top?.kind === 'user' ? top : null;
  }

  /** Records what the current user line is doing (for caret placement in tracebacks). */
  setOp(op: Op, pin = false): void {
    const top = this.userTop();
    if (!top || (top.pinned && !pin)) return;
    top.op = op;
    if (pin) top.pinned = true;
  }

  /** Shorthand for `setOp({kind: 'call', name})`. */
  callOp(name: string): void {
    // Ops are never mutated, so one per name is shared (a call op is set on most lines).
    let op = CALL_OPS.get(name);
    if (op === undefined) CALL_OPS.set(name, (op = Object.freeze({ kind: 'call', name } as const)));
    this.setOp(op);
  }

  pushLib(site: LibSite): number {
    const f = this.sched.current.frames;
    f.push(libFrame(site));
    return f.length - 1;
  }

  popFrame(): void {
    this.sched.current.frames.pop();
  }

  /** Python `raise exc` in the current frame: records the traceback and throws. */
  raise(exc: PyException | PyExcClass): never {
    const e = exc instanceof PyException ? exc : exc.call();
    // A re-raised exception keeps its older frames after the new ones (as CPython's tb chain).
    e.tb = [...snapshot(this.sched.current.frames), ...e.tb];
    throw e;
  }

  /** Raises from a stdlib line (`set_result`'s `raise InvalidStateError(...)`). */
  raiseAt(site: LibSite, exc: PyException | PyExcClass): never {
    this.pushLib(site);
    try {
      return this.raise(exc);
    } finally {
      this.popFrame();
    }
  }

  /** The traceback text of `exc`, from the frame at `depth` (the one that caught it) down. */
  traceback(exc: PyException, depth: number): string {
    return formatTraceback(exc.tb.slice(depth), exc, this.tb);
  }

  /** A log record as the last-resort handler (or basicConfig) writes it to stderr. */
  log(level: 'ERROR' | 'CRITICAL', logger: string, message: string): void {
    const prefix = this.loggingConfigured ? `${level}:${logger}:` : '';
    this.sched.emit({ type: 'stderr', text: `${prefix}${message}\n` });
  }

  /** `LOGGER.exception(msg)`: the message, then the traceback from the catching frame. */
  logException(logger: string, message: string, exc: PyException, depth: number): void {
    const tb = this.traceback(exc, depth).replace(/\n$/, '');
    this.log('ERROR', logger, `${message}\n${tb}`);
  }
}
