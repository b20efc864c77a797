/**
 * Python's `**` on ints, bools and floats, with CPython's results and errors (spec N-3, N-4).
 *
 * @example
 *   pyPow(2n, 2n) === 4n; pyPow(2n, -1n) === 0.5; pyPow(true, 2n) === 1n; pyPow(2.5, 2n) === 6.25
 *   pyPow(1e200, 2n) // throws OverflowError(34, 'Numerical result out of range')
 */
import type { PyValue } from './pyvalue';
import { typeName } from './pyvalue';
import { EXC, pyError } from './exceptions';

/** Largest result the core will build, in bits: beyond it CPython would take minutes anyway. */
const MAX_INT_BITS = 50_000_000n;

function asNumber(v: PyValue): bigint | number | null {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  return null;
}

/** `int → float` as CPython converts it (OverflowError past the float range). */
export function intToFloat(n: bigint): number {
  const f = Number(n);
  if (!Number.isFinite(f)) throw pyError(EXC.OverflowError, 'int too large to convert to float');
  return f;
}

function bitLength(n: bigint): bigint {
  return BigInt((n < 0n ? -n : n).toString(2).length);
}

/** `a ** b`. */
export function pyPow(a: PyValue, b: PyValue): PyValue {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x === null || y === null) {
    throw pyError(
      EXC.TypeError,
      `unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`,
    );
  }
  if (typeof x === 'bigint' && typeof y === 'bigint') {
    if (y >= 0n) {
      // Only large exponents can blow up; skip the size check (a string conversion) otherwise.
      if (y > 64n && x !== 0n && x !== 1n && x !== -1n && bitLength(x) * y > MAX_INT_BITS) {
        throw pyError(EXC.MemoryError);
      }
      return x ** y;
    }
    // int ** negative int is computed in floats.
    return floatPow(intToFloat(x), intToFloat(y));
  }
  return floatPow(
    typeof x === 'bigint' ? intToFloat(x) : x,
    typeof y === 'bigint' ? intToFloat(y) : y,
  );
}

function floatPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x === 0 && y < 0) {
    throw pyError(EXC.ZeroDivisionError, '0.0 cannot be raised to a negative power');
  }
  if (x < 0 && Number.isFinite(y) && !Number.isInteger(y)) {
    // CPython returns a complex number here; the core does not model complex.
    throw new Error(
      `(${x}) ** ${y} is a complex number in Python, which this model does not support`,
    );
  }
  // Squares are correctly rounded (x*x). CPython calls libm's pow(), which on glibc is off by
  // one ulp for some inputs (e.g. 123456789.0 ** 2 ends in ...522, not ...520); not modelled.
  const r = y === 2 ? x * x : Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    throw pyError(EXC.OverflowError, 34n, 'Numerical result out of range');
  }
  return r;
}
