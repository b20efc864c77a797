/** Python values: float text (N-6), str/dict repr (N-5), `**` (N-3, N-4), int limit, literals, format. */
import { describe, expect, it } from 'vitest';
import {
  EXC,
  PyDict,
  PyException,
  PyTuple,
  floatRepr,
  intToStr,
  parseNumberLiteral,
  pyFormat,
  pyPow,
  repr,
  str,
} from '../../src/core';
import { pyPercent } from '../../src/core/percent';
import { setIntLimitWording } from '../../src/core/pyint';

const raised = (f: () => unknown): string => {
  try {
    f();
    return 'no error';
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    return `${e.cls.name}: ${e.pyStr()}`;
  }
};

describe('N-6: float text', () => {
  it.each([
    [1e15, '1000000000000000.0'],
    [1e16, '1e+16'],
    [1e22, '1e+22'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [9.0, '9.0'],
    [-0.0, '-0.0'],
    [1.2345678901234568e17, '1.2345678901234568e+17'],
    [6.25, '6.25'],
    [0.1 * 0.1, '0.010000000000000002'],
    [2.25e-10, '2.25e-10'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
    [NaN, 'nan'],
    [5e-324, '5e-324'],
    [1.5e300, '1.5e+300'],
  ])('%s → %s', (x, text) => {
    expect(floatRepr(x)).toBe(text);
  });
});

describe('N-5: str and repr', () => {
  it('quotes strings as Python does', () => {
    expect(repr("it's")).toBe('"it\'s"');
    expect(repr('x"y')).toBe("'x\"y'");
    expect(repr('both\'"')).toBe("'both\\'\"'");
    expect(repr('a\nb\t\\')).toBe("'a\\nb\\t\\\\'");
    expect(str('plain')).toBe('plain');
  });
  it('prints dicts in insertion order with repr keys and values', () => {
    const d = PyDict.of([
      ['success', true],
      ['result', 4n],
      [new PyTuple([1n, 2n]), null],
    ]);
    expect(repr(d)).toBe("{'success': True, 'result': 4, (1, 2): None}");
    expect(str(d)).toBe(repr(d));
  });
  it('prints one-tuples with a comma, lists with brackets', () => {
    expect(repr(new PyTuple(['one']))).toBe("('one',)");
    expect(repr([1.5, true, null])).toBe('[1.5, True, None]');
  });
});

describe('N-3/N-4: ** as CPython computes it', () => {
  it.each([
    [2n, 2n, 4n],
    [2n, -1n, 0.5],
    [true, 2n, 1n],
    [false, 2n, 0n],
    [-3n, 2n, 9n],
    [2.5, 2n, 6.25],
    [-2.5, 2n, 6.25],
    [3.0, 2n, 9],
    [0.1, 2n, 0.010000000000000002],
    [1e16, 2n, 1e32],
    [1e8, 2n, 1e16],
    [1.5e-5, 2n, 2.25e-10],
    [-0.0, 2n, 0],
  ] as const)('%s ** %s', (a, b, want) => {
    expect(pyPow(a, b)).toBe(want);
  });

  it('raises as CPython does', () => {
    expect(raised(() => pyPow('abc', 2n))).toBe(
      "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'",
    );
    expect(raised(() => pyPow(null, 2n))).toBe(
      "TypeError: unsupported operand type(s) for ** or pow(): 'NoneType' and 'int'",
    );
    expect(raised(() => pyPow(1e200, 2n))).toBe(
      "OverflowError: (34, 'Numerical result out of range')",
    );
    expect(raised(() => pyPow(0n, -1n))).toBe(
      'ZeroDivisionError: 0.0 cannot be raised to a negative power',
    );
  });

  it('10**20 squared is exact; (10**2200)**2 cannot be printed', () => {
    expect(intToStr(pyPow(10n ** 20n, 2n) as bigint)).toBe(`1${'0'.repeat(40)}`);
    expect(raised(() => pyFormat('Result is: {}', [pyPow(10n ** 2200n, 2n)]))).toBe(
      'ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
    );
  });

  it('uses the 3.8–3.10 wording when asked', () => {
    setIntLimitWording(false);
    try {
      expect(raised(() => intToStr(10n ** 4300n))).toContain('Exceeds the limit (4300) for');
    } finally {
      setIntLimitWording(true);
    }
    expect(intToStr(10n ** 4299n)).toHaveLength(4300);
  });
});

describe('number literals', () => {
  it.each([
    ['2', 2n],
    ['-3', -3n],
    ['1_000', 1000n],
    ['0x1f', 31n],
    ['100000000000000000000', 10n ** 20n],
    ['2.5', 2.5],
    ['1e16', 1e16],
    ['.5', 0.5],
    ['0.1', 0.1],
    ['-0.0', -0],
  ] as const)('%s', (text, value) => {
    expect(parseNumberLiteral(text)).toEqual({ ok: true, value });
  });
  it.each(['10**20', 'inf', 'abc', '', '1__0', '01', '1e', '0x'])(
    'rejects %j with a message',
    (text) => {
      const r = parseNumberLiteral(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/literal|number/);
    },
  );
});

describe('format and %', () => {
  it('formats like str.format', () => {
    expect(pyFormat('Result is: {}', [4n])).toBe('Result is: 4');
    expect(pyFormat('{0}-{1}-{0} {{}} {2!r}', ['a', 'b', 'q'])).toBe("a-b-a {} 'q'");
    expect(raised(() => pyFormat('{0} {}', ['a', 'b']))).toBe(
      'ValueError: cannot switch from manual field specification to automatic field numbering',
    );
    expect(pyFormat('{:>6}|{:.3f}', ['ab', 2 / 3])).toBe('    ab|0.667');
    expect(raised(() => pyFormat('{} {}', [1n]))).toBe(
      'IndexError: Replacement index 1 out of range for positional args tuple',
    );
  });
  it('formats like printf', () => {
    expect(pyPercent('elapsed %.0f s, %s, %r', [5.0009, 'Thread-1', 'x'])).toBe(
      "elapsed 5 s, Thread-1, 'x'",
    );
    expect(pyPercent('%.0f %.0f', [2.5, 3.5])).toBe('2 4');
  });
  it('exceptions print their args as CPython does', () => {
    expect(EXC.KeyError.call('k').pyStr()).toBe("'k'");
    expect(EXC.ValueError.call('boom').pyRepr()).toBe("ValueError('boom')");
    expect(EXC.OverflowError.call(34n, 'x').pyStr()).toBe("(34, 'x')");
    expect(EXC.CancelledError.call().lastLine()).toBe('concurrent.futures._base.CancelledError');
  });
});
