/**
 * A Future's states and what it prints (spec TV-01…TV-03, TV-18, and our own): predicates,
 * cancel in every state, repr with type names only, set_running_or_notify_cancel twice,
 * set_exception with a class.
 */
import type { OracleProgram } from './types';
import type { PyObject, PyValue, PyException, PyExcClass } from '../../../src/core';
import { specVector } from './spec-vectors';

export const tv01: OracleProgram = {
  name: 'tv01_lifecycle',
  source: specVector('tv01_lifecycle_and_predicates_3_8_3_14'),
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    yield* py.line(3);
    yield* py.print(f, f.running(), f.done(), f.cancelled());
    yield* py.line(4);
    yield* py.print(yield* f.set_running_or_notify_cancel());
    yield* py.line(5);
    yield* py.print(f, f.running(), f.done(), f.cancelled());
    yield* py.line(6);
    yield* f.set_result(4n);
    yield* py.line(7);
    yield* py.print(f, f.running(), f.done(), f.cancelled());
    yield* py.line(8);
    yield* py.print(yield* f.result(), yield* f.exception());
  },
};

export const tv02: OracleProgram = {
  name: 'tv02_cancel_every_state',
  source: specVector('tv02_cancel_in_every_state_3_8_3_14'),
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const p = py.Future('p');
    yield* py.line(3);
    yield* py.print(yield* p.cancel(), p, p.state);
    yield* py.line(4);
    yield* py.print(yield* p.cancel(), p.done(), p.cancelled(), p.running());
    yield* py.line(5);
    yield* py.print(yield* p.set_running_or_notify_cancel(), p, p.state);
    yield* py.line(6);
    yield* py.print(yield* p.cancel());
    yield* py.line(7);
    const r = py.Future('r');
    yield* r.set_running_or_notify_cancel();
    yield* py.line(8);
    yield* py.print(yield* r.cancel(), r);
    yield* py.line(9);
    const d = py.Future('d');
    yield* d.set_result(null);
    yield* py.line(10);
    yield* py.print(yield* d.cancel(), d);
  },
};

const complexOne: PyObject = { pyType: 'complex', pyRepr: () => '1j' };

export const tv03: OracleProgram = {
  name: 'tv03_repr_type_names',
  source: specVector('tv03_repr_shows_type_names_only_3_8_3_14'),
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const done = py.fn('done', function* (v: PyValue, exc: PyException | PyExcClass | null) {
      yield* py.line(3);
      const f = py.Future('f');
      yield* py.line(4);
      if (exc !== null) yield* f.set_exception(exc);
      else {
        yield* py.line(5);
        yield* f.set_result(v);
      }
      yield* py.line(6);
      return f;
    });
    const values: PyValue[] = [
      null,
      4n,
      10n ** 40n,
      6.25,
      true,
      's',
      py.dict({ success: true, result: 4n }),
      [1n],
      py.tuple(1n, 2n),
      complexOne,
    ];
    for (const v of values) {
      yield* py.line(7);
      yield* py.line(8);
      yield* py.print(yield* py.call(done, v, null));
    }
    yield* py.line(9);
    yield* py.print(yield* py.call(done, null, py.exc.ValueError.call('bad')));
    yield* py.line(10);
    yield* py.print(yield* py.call(done, null, py.exc.KeyboardInterrupt.call()));
    yield* py.line(11);
    yield* py.print(yield* py.call(done, null, py.exc.TypeError));
    yield* py.line(12);
    yield* py.line(13);
    yield* py.print(py.Future('MyFuture()', 'MyFuture'));
  },
};

export const tv18: OracleProgram = {
  name: 'tv18_set_running_twice',
  source: specVector('tv18_set_running_or_notify_cancel_twice_3_8_3'),
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    yield* py.line(3);
    yield* f.set_running_or_notify_cancel();
    yield* py.line(4);
    yield* py.line(5);
    try {
      yield* f.set_running_or_notify_cancel();
    } catch (err) {
      const e = py.except(err, py.exc.RuntimeError);
      yield* py.line(7);
      yield* py.print('RuntimeError:', e);
    }
  },
};

export const ownSetExceptionClass: OracleProgram = {
  name: 'own31_set_exception_with_a_class',
  source: `from concurrent.futures import Future
f = Future()
f.set_exception(ValueError)
print(f, f.exception())
try:
    f.result()
except ValueError as e:
    print("raised instance:", repr(e), type(e).__name__)
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    yield* py.line(3);
    yield* f.set_exception(py.exc.ValueError);
    yield* py.line(4);
    yield* py.print(f, (yield* f.exception()) as PyValue);
    yield* py.line(5);
    yield* py.line(6);
    try {
      yield* f.result();
    } catch (err) {
      const e = py.except(err, py.exc.ValueError);
      yield* py.line(8);
      yield* py.print('raised instance:', py.repr(e), e.cls.name);
    }
  },
};
