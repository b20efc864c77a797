/**
 * The value half of the DSL (`py.pow`, `py.format`, `py.getitem`, …): Python operators and
 * builtins on values, each recording what the current line is doing so a failure raises
 * from that line with CPython's traceback carets. `Py` (runtime.ts) extends it.
 *
 * @example
 *   py.pow(2n, -1n) === 0.5; py.format('Result is: {}', 4n) === 'Result is: 4'
 */
import type { PyValue } from './pyvalue';
import { PyDict, PyTuple, typeName } from './pyvalue';
import type { SimContext } from './context';
import type { Op } from './frames';
import { EXC, PyException } from './exceptions';
import { repr, str } from './pyrepr';
import { pyFormat } from './strFormat';
import { pyPercent } from './percent';
import { pyPow } from './pow';
import { literal } from './literal';

// Ops are never mutated: one shared object each instead of one per operation.
const POW_OP: Op = Object.freeze({ kind: 'binop', op: '**' });
const DIV_OP: Op = Object.freeze({ kind: 'binop', op: '/' });
const ADD_OP: Op = Object.freeze({ kind: 'binop', op: '+' });
const PERCENT_OP: Op = Object.freeze({ kind: 'binop', op: '%' });

export class PyValueOps {
  constructor(protected readonly ctx: SimContext) {}

  /** Runs a value operation, turning its Python error into a raise from the current line. */
  protected guard<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof PyException) this.ctx.raise(e);
      throw e;
    }
  }

  /** guard()'s catch, for hot operations that inline their try (no closure per call). */
  protected rethrow(e: unknown): never {
    if (e instanceof PyException) this.ctx.raise(e);
    throw e;
  }

  /** `a ** b`. */
  pow(a: PyValue, b: PyValue): PyValue {
    this.ctx.setOp(POW_OP);
    try {
      return pyPow(a, b);
    } catch (e) {
      return this.rethrow(e);
    }
  }

  /** `a / b` (true division). */
  div(a: PyValue, b: PyValue): number {
    this.ctx.setOp(DIV_OP);
    return this.guard(() => {
      const x = typeof a === 'boolean' ? Number(a) : Number(a as number);
      const y = typeof b === 'boolean' ? Number(b) : Number(b as number);
      if (y === 0) throw new PyException(EXC.ZeroDivisionError, ['division by zero']);
      return x / y;
    });
  }

  /** `a + b` for str, int, float and list. */
  add(a: PyValue, b: PyValue): PyValue {
    this.ctx.setOp(ADD_OP);
    return this.guard(() => {
      if (typeof a === 'string') {
        if (typeof b !== 'string') {
          throw new PyException(EXC.TypeError, [
            `can only concatenate str (not "${typeName(b)}") to str`,
          ]);
        }
        return a + b;
      }
      if (typeof a === 'bigint' && typeof b === 'bigint') return a + b;
      if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
      return Number(a) + Number(b);
    });
  }

  /** `fmt.format(*args)`. */
  format(fmt: string, ...args: PyValue[]): string {
    this.ctx.callOp('format');
    try {
      return pyFormat(fmt, args);
    } catch (e) {
      return this.rethrow(e);
    }
  }

  /** `fmt % args` (printf style). */
  percent(fmt: string, ...args: PyValue[]): string {
    this.ctx.setOp(PERCENT_OP);
    return this.guard(() => pyPercent(fmt, args));
  }

  /** `time.monotonic()`: virtual seconds since the program started. */
  monotonic(): number {
    return this.ctx.sched.now / 1_000_000;
  }

  /** `str(x)`. */
  str(x: PyValue): string {
    this.ctx.callOp('str');
    return this.guard(() => str(x));
  }

  /** `repr(x)`. */
  repr(x: PyValue): string {
    this.ctx.callOp('repr');
    return this.guard(() => repr(x));
  }

  /** `d[key]`, raising KeyError. */
  getitem(d: PyValue, key: PyValue): PyValue {
    return this.guard(() => {
      if (d instanceof PyDict) {
        const v = d.get(key);
        if (v === undefined) throw new PyException(EXC.KeyError, [key]);
        return v;
      }
      if (Array.isArray(d) || d instanceof PyTuple) {
        const items = Array.isArray(d) ? d : d.items;
        const i = Number(key);
        const v = items[i < 0 ? items.length + i : i];
        if (v === undefined)
          throw new PyException(EXC.IndexError, [
            `${Array.isArray(d) ? 'list' : 'tuple'} index out of range`,
          ]);
        return v;
      }
      throw new PyException(EXC.TypeError, [`'${typeName(d)}' object is not subscriptable`]);
    });
  }

  /** A dict, from entries or a plain object (str keys), in insertion order. */
  dict(entries: Iterable<[PyValue, PyValue]> | Record<string, PyValue>): PyDict {
    return PyDict.of(entries);
  }

  /** A tuple. */
  tuple(...items: PyValue[]): PyTuple {
    return new PyTuple(items);
  }

  /** A number literal as typed (`'2'`, `'1e16'`): bigint for int, number for float. */
  literal(text: string): PyValue {
    return literal(text);
  }
}
