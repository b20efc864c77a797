/**
 * `simulate(program, options)`: runs a program to completion in virtual time and returns
 * its {@link Trace}. Deterministic: the same program and options give identical JSON.
 *
 * @example
 *   const trace = simulate(program, { python: '3.11', firstAddress: '0x7f5a1c537ac8' });
 *   trace.events.filter((e) => e.type === 'stdout').map((e) => e.text).join('');
 */
import type { Trace } from './trace';
import { us } from './trace';
import type { Program } from './program';
import { Py } from './runtime';
import type { ResolvedOptions } from './context';
import { SimContext } from './context';
import { pythonVersion } from './versions';
import { setIntLimitWording } from './pyint';
import { EXC, PyException } from './exceptions';
import type { Gen } from './thread';
import { SimulationLimitError } from './scheduler';

export interface SimulateOptions {
  /** Target CPython version (`'3.11'`, `'3.12.1'`, `'Python 3.11.7'`): decides traceback text. Default 3.11. */
  python?: string;
  /** The script path tracebacks show. Default `/path/script.py`. */
  scriptPath?: string;
  /** The stdlib directory tracebacks show. Default `/usr/lib/python3.X`. */
  libDir?: string;
  /** Address of the first object that gets one (a Future, a function), e.g. `'0x7f5a1c537ac8'`. */
  firstAddress?: string | bigint;
  /** Distance between successive fake addresses. Default 0x90. */
  addressStep?: number;
  /**
   * Virtual cost of one executed source line, in µs. Default 1000 (1 ms): small next to the
   * seconds a Timer waits and below CPython's own 1–50 ms Timer jitter (spec T-4), so every
   * ordering it produces is one CPython produces, yet big enough that timers started one after
   * another get distinct, visible start times.
   */
  lineCostUs?: number;
  /** Budget of trace events before the run is stopped with a SimulationLimitError. Default 2,000,000. */
  maxEvents?: number;
}

/** A program bug (not a Python exception): the scenario code itself failed. */
export class SimulationError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'SimulationError';
  }
}

export const DEFAULT_LINE_COST_US = 1000;

export function resolveOptions(o: SimulateOptions = {}): ResolvedOptions {
  const version = pythonVersion(o.python ?? '3.11');
  const first = o.firstAddress ?? '0x7f5a1c537ac8';
  return {
    version,
    scriptPath: o.scriptPath ?? '/path/script.py',
    libDir: o.libDir ?? `/usr/lib/python${version.minor}`,
    firstAddress: Number(first),
    addressStep: o.addressStep ?? 0x90,
    lineCostUs: Math.max(0, Math.round(o.lineCostUs ?? DEFAULT_LINE_COST_US)),
    maxEvents: o.maxEvents ?? 2_000_000,
  };
}

/** The main module: `<module>` frame, uncaught exceptions printed as CPython prints them. */
function* mainModule(ctx: SimContext, py: Py, program: Program): Gen {
  const frames = ctx.sched.current.frames;
  frames.push({ kind: 'user', name: '<module>', line: 1, op: null });
  try {
    yield* program.main(py);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    if (e.is(EXC.SystemExit)) {
      const [code] = e.args;
      ctx.sched.exitCode =
        code === undefined || code === null ? 0 : typeof code === 'bigint' ? Number(code) : 1;
      if (typeof code === 'string') ctx.sched.emit({ type: 'stderr', text: `${code}\n` });
    } else {
      ctx.sched.emit({ type: 'stderr', text: ctx.traceback(e, 0) });
      ctx.sched.exitCode = 1;
    }
  } finally {
    frames.length = 0;
  }
}

/** Runs `program` and returns its trace. Throws SimulationError / SimulationLimitError on bad programs. */
export function simulate(program: Program, options: SimulateOptions = {}): Trace {
  const opts = resolveOptions(options);
  setIntLimitWording(opts.version.n >= 11);
  const ctx = new SimContext(opts, program.source);
  const py = new Py(ctx);
  const { sched } = ctx;
  sched.emit({ type: 'thread.start', kind: 'main', daemon: false });
  sched.spawn(sched.main, mainModule(ctx, py, program));
  try {
    sched.run();
  } catch (e) {
    if (e instanceof SimulationLimitError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    throw new SimulationError(`The program's simulation failed: ${msg}`, { cause: e });
  }
  const last = sched.events[sched.events.length - 1];
  return { version: 2, source: program.source, events: sched.events, end: last ? last.t : us(0) };
}
