/**
 * Values, printing and formatting (our own): float and container reprs, `**`, str.format and
 * print's keywords, huge ints and the digit limit, a str + int error inside a callback.
 */
import type { OracleProgram } from './types';
import type { PyFuture, PyValue } from '../../../src/core';

export const ownFloats: OracleProgram = {
  name: 'own19_float_repr',
  source: `values = [1e15, 1e16, 1e22, 0.0001, 0.00001, 9.0, -0.0, 12345.0 ** 2, 1.5e-5 ** 2, 0.1 * 3, 1/3, 2.5e-300 * 1e-10, 1e308 * 10, -1e308 * 10, 5e-324, 100.0, 12345678901234567.0]
for v in values:
    print(v, repr(v), str(v), "{}".format(v), "{!r}".format(v))
print(values)
`,
  *main(py) {
    yield* py.line(1);
    const values: PyValue[] = [
      1e15,
      1e16,
      1e22,
      0.0001,
      0.00001,
      9.0,
      -0.0,
      py.pow(12345.0, 2n),
      py.pow(1.5e-5, 2n),
      0.1 * 3,
      1 / 3,
      2.5e-300 * 1e-10,
      1e308 * 10,
      -1e308 * 10,
      5e-324,
      100.0,
      py.literal('12345678901234567.0'),
    ];
    for (const v of values) {
      yield* py.line(2);
      yield* py.line(3);
      yield* py.print(v, py.repr(v), py.str(v), py.format('{}', v), py.format('{!r}', v));
    }
    yield* py.line(4);
    yield* py.print(values);
  },
};

export const ownPow: OracleProgram = {
  name: 'own20_pow_semantics',
  source: `cases = [(2, 2), (2, -1), (True, 2), (False, 0), (-3, 2), (2.5, 2), (-2.5, 2), (0.1, 2), (10, -2), (2, 0.5), (1e8, 2), (10**20, 2), (-2, 3), (4, -0.5), (0, 0), (1e200, 2), (0, -1), (0.0, -2), (None, 2)]
for a, b in cases:
    try:
        r = a ** b
        print(repr(a), "**", repr(b), "=", repr(r), type(r).__name__)
    except Exception as e:
        print(repr(a), "**", repr(b), "raised", type(e).__name__, e.args)
`,
  *main(py) {
    yield* py.line(1);
    const cases: [PyValue, PyValue][] = [
      [2n, 2n],
      [2n, -1n],
      [true, 2n],
      [false, 0n],
      [-3n, 2n],
      [2.5, 2n],
      [-2.5, 2n],
      [0.1, 2n],
      [10n, -2n],
      [2n, 0.5],
      [1e8, 2n],
      [10n ** 20n, 2n],
      [-2n, 3n],
      [4n, -0.5],
      [0n, 0n],
      [1e200, 2n],
      [0n, -1n],
      [0.0, -2n],
      [null, 2n],
    ];
    for (const [a, b] of cases) {
      yield* py.line(2);
      yield* py.line(3);
      yield* py.line(4);
      try {
        const r = py.pow(a, b);
        yield* py.line(5);
        const type = r === null ? 'NoneType' : typeof r === 'bigint' ? 'int' : 'float';
        yield* py.print(py.repr(a), '**', py.repr(b), '=', py.repr(r), type);
      } catch (err) {
        const e = py.except(err, py.exc.Exception);
        yield* py.line(6);
        yield* py.line(7);
        yield* py.print(py.repr(a), '**', py.repr(b), 'raised', e.cls.name, py.tuple(...e.args));
      }
    }
  },
};

export const ownDictRepr: OracleProgram = {
  name: 'own21_dict_list_tuple_repr',
  source: `d = {'a': 'x"y', 'b': "it's", (1, 2): None, 3: [1.5, True, (7,)], 'both': 'q\\'"', 'nl': 'a\\nb\\t\\\\'}
print(d)
print(str(d) == repr(d), len(d))
d['a'] = 'replaced'
print(d)
print(('one',), (), [], {}, [[]], ("x", ["y", {"z": ()}]))
print('plain', "it's", repr("it's"), repr('say "hi"'))
`,
  *main(py) {
    yield* py.line(1);
    const d = py.dict([
      ['a', 'x"y'],
      ['b', "it's"],
      [py.tuple(1n, 2n), null],
      [3n, [1.5, true, py.tuple(7n)]],
      ['both', 'q\'"'],
      ['nl', 'a\nb\t\\'],
    ]);
    yield* py.line(2);
    yield* py.print(d);
    yield* py.line(3);
    yield* py.print(py.str(d) === py.repr(d), BigInt(d.size));
    yield* py.line(4);
    d.set('a', 'replaced');
    yield* py.line(5);
    yield* py.print(d);
    yield* py.line(6);
    yield* py.print(
      py.tuple('one'),
      py.tuple(),
      [],
      py.dict({}),
      [[]],
      py.tuple('x', ['y', py.dict({ z: py.tuple() })]),
    );
    yield* py.line(7);
    yield* py.print('plain', "it's", py.repr("it's"), py.repr('say "hi"'));
  },
};

export const ownFormatAndPrint: OracleProgram = {
  name: 'own22_format_and_print_kwargs',
  source: `print("Result is: {}".format(4), "{0}-{1}-{0}".format("a", "b"), "{{}} {!r}".format("q"))
print(1, 2, 3, sep=", ", end=" <end>\\n")
print("no newline", end="")
print(" continued")
print()
print("x", None, True, 2.0, sep="|")
print("{:>6}|{:<4}|{:^7}|{:.3f}".format("ab", 1, "mid", 2.0 / 3))
`,
  *main(py) {
    yield* py.line(1);
    yield* py.print(
      py.format('Result is: {}', 4n),
      py.format('{0}-{1}-{0}', 'a', 'b'),
      py.format('{{}} {!r}', 'q'),
    );
    yield* py.line(2);
    yield* py.print(1n, 2n, 3n, py.kw({ sep: ', ', end: ' <end>\n' }));
    yield* py.line(3);
    yield* py.print('no newline', py.kw({ end: '' }));
    yield* py.line(4);
    yield* py.print(' continued');
    yield* py.line(5);
    yield* py.print();
    yield* py.line(6);
    yield* py.print('x', null, true, 2.0, py.kw({ sep: '|' }));
    yield* py.line(7);
    yield* py.print(py.format('{:>6}|{:<4}|{:^7}|{:.3f}', 'ab', 1n, 'mid', 2.0 / 3));
  },
};

export const ownHugeInts: OracleProgram = {
  name: 'own23_huge_ints_and_digit_limit',
  source: `import threading
from concurrent.futures import Future
print(10**20 ** 1, 2**64, -(10**40))
n = 10**4299
print(len(str(n)))
f = Future()
def show(fut):
    print("Result is: {}".format(fut.result()))
f.add_done_callback(show)
threading.Timer(0.1, f.set_result, args=((10**2200) ** 2,)).start()
`,
  minMinor: 11,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    yield* py.print(10n ** 20n, 2n ** 64n, -(10n ** 40n));
    yield* py.line(4);
    const n = 10n ** 4299n;
    yield* py.line(5);
    yield* py.print(BigInt(py.str(n).length));
    yield* py.line(6);
    const f = py.Future('f');
    yield* py.line(7);
    const show = py.fn('show', function* () {
      yield* py.line(8);
      yield* py.print(py.format('Result is: {}', yield* f.result()));
    });
    yield* py.line(9);
    yield* f.add_done_callback(show);
    yield* py.line(10);
    yield* py.Timer(0.1, f.method('set_result'), [py.pow(py.pow(10n, 2200n), 2n)]).start();
  },
};

export const ownStrConcatError: OracleProgram = {
  name: 'own24_seed_cell7_concat_error_in_callback',
  source: `from concurrent.futures import Future
fut = Future()
fut.add_done_callback(lambda future: print("The result is: " + future.result(),flush=True))
fut.set_result("Hello")
fut2 = Future()
fut2.add_done_callback(lambda future: print("The result is: " + future.result(),flush=True))
fut2.set_result(4)
print(fut2.result())
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const fut = py.Future('fut');
    yield* py.line(3);
    const lambdaAt = (line: number) =>
      py.fn('<lambda>', function* (future: PyFuture) {
        yield* py.line(line);
        yield* py.print(py.add('The result is: ', yield* future.result()), py.kw({ flush: true }));
      });
    yield* fut.add_done_callback(lambdaAt(3));
    yield* py.line(4);
    yield* fut.set_result('Hello');
    yield* py.line(5);
    const fut2 = py.Future('fut2');
    yield* py.line(6);
    yield* fut2.add_done_callback(lambdaAt(6));
    yield* py.line(7);
    yield* fut2.set_result(4n);
    yield* py.line(8);
    yield* py.print(yield* fut2.result());
  },
};
