/** Spec test vectors TV-01 … TV-06: states, cancel, repr, InvalidStateError, timeouts, CancelledError. */
import type { OracleProgram } from './types';
import type { PyFuture, PyObject, PyValue } from '../../../src/core';
import type { PyException, PyExcClass } from '../../../src/core';

export const tv01: OracleProgram = {
  name: 'tv01_lifecycle',
  source: `from concurrent.futures import Future
f = Future()
print(f, f.running(), f.done(), f.cancelled())
print(f.set_running_or_notify_cancel())
print(f, f.running(), f.done(), f.cancelled())
f.set_result(4)
print(f, f.running(), f.done(), f.cancelled())
print(f.result(), f.exception())
`,
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
  source: `from concurrent.futures import Future
p = Future()
print(p.cancel(), p, p._state)
print(p.cancel(), p.done(), p.cancelled(), p.running())
print(p.set_running_or_notify_cancel(), p, p._state)
print(p.cancel())
r = Future(); r.set_running_or_notify_cancel()
print(r.cancel(), r)
d = Future(); d.set_result(None)
print(d.cancel(), d)
`,
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
  source: `from concurrent.futures import Future
def done(v=None, exc=None):
    f = Future()
    if exc is not None: f.set_exception(exc)
    else: f.set_result(v)
    return f
for v in [None, 4, 10**40, 6.25, True, "s", {'success': True, 'result': 4}, [1], (1, 2), 1j]:
    print(done(v))
print(done(exc=ValueError("bad")))
print(done(exc=KeyboardInterrupt()))
print(done(exc=TypeError))
class MyFuture(Future): pass
print(MyFuture())
`,
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

export const tv04: OracleProgram = {
  name: 'tv04_invalid_state_texts',
  source: `from concurrent.futures import Future, InvalidStateError
f = Future(); f.set_result(1)
try:
    f.set_result(2)
except InvalidStateError as e:
    print(type(e).__name__ + ":", e)
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print(type(e).__name__ + ":", e)
print(f.result())
c = Future(); c.cancel()
try:
    c.set_result(3)
except InvalidStateError as e:
    print(repr(e))
x = Future(); x.set_exception(KeyError('k'))
try:
    x.set_result(5)
except InvalidStateError as e:
    print(e)
`,
  *main(py) {
    const ISE = py.exc.InvalidStateError;
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    yield* f.set_result(1n);
    yield* py.line(3);
    yield* py.line(4);
    try {
      yield* f.set_result(2n);
    } catch (err) {
      const e = py.except(err, ISE);
      yield* py.line(6);
      yield* py.print(py.add(e.cls.name, ':'), e);
    }
    yield* py.line(7);
    yield* py.line(8);
    try {
      yield* f.set_exception(py.exc.ValueError.call());
    } catch (err) {
      const e = py.except(err, ISE);
      yield* py.line(10);
      yield* py.print(py.add(e.cls.name, ':'), e);
    }
    yield* py.line(11);
    yield* py.print(yield* f.result());
    yield* py.line(12);
    const c = py.Future('c');
    yield* c.cancel();
    yield* py.line(13);
    yield* py.line(14);
    try {
      yield* c.set_result(3n);
    } catch (err) {
      const e = py.except(err, ISE);
      yield* py.line(16);
      yield* py.print(py.repr(e));
    }
    yield* py.line(17);
    const x = py.Future('x');
    yield* x.set_exception(py.exc.KeyError.call('k'));
    yield* py.line(18);
    yield* py.line(19);
    try {
      yield* x.set_result(5n);
    } catch (err) {
      const e = py.except(err, ISE);
      yield* py.line(21);
      yield* py.print(e);
    }
  },
};

export const tv05: OracleProgram = {
  name: 'tv05_timeout_class',
  source: `import concurrent.futures as cf
f = cf.Future()
for method in (f.result, f.exception):
    try:
        method(timeout=0.01)
    except cf.TimeoutError as e:
        print(method.__name__, type(e).__module__, type(e).__qualname__, repr(e), isinstance(e, TimeoutError), isinstance(e, OSError))
f.set_running_or_notify_cancel()
try:
    f.result(timeout=0)
except cf.TimeoutError:
    print("running future still times out")
`,
  scale: 1,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    for (const method of ['result', 'exception'] as const) {
      yield* py.line(3);
      yield* py.line(4);
      yield* py.line(5);
      try {
        if (method === 'result') yield* f.result(0.01);
        else yield* f.exception(0.01);
      } catch (err) {
        const e = py.except(err, py.exc.FuturesTimeoutError);
        yield* py.line(7);
        yield* py.print(
          method,
          e.cls.module,
          e.cls.name,
          py.repr(e),
          e.is(py.exc.TimeoutError),
          e.is(py.exc.OSError),
        );
      }
    }
    yield* py.line(8);
    yield* f.set_running_or_notify_cancel();
    yield* py.line(9);
    yield* py.line(10);
    try {
      yield* f.result(0);
    } catch (err) {
      py.except(err, py.exc.FuturesTimeoutError);
      yield* py.line(12);
      yield* py.print('running future still times out');
    }
  },
};

export const tv06: OracleProgram = {
  name: 'tv06_cancelled_error_reraise',
  source: `from concurrent.futures import Future, CancelledError
f = Future()
f.cancel()
for method in (f.result, f.exception):
    try:
        method()
    except CancelledError as e:
        print(method.__name__, type(e).__module__ + "." + type(e).__name__, repr(e), repr(str(e)))
g = Future(); err = ValueError("boom"); g.set_exception(err)
print(g.exception() is err)
try:
    g.result()
except ValueError as e:
    print("result() re-raised:", repr(e), e is err)
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f: PyFuture = py.Future('f');
    yield* py.line(3);
    yield* f.cancel();
    for (const method of ['result', 'exception'] as const) {
      yield* py.line(4);
      yield* py.line(5);
      yield* py.line(6);
      try {
        if (method === 'result') yield* f.result();
        else yield* f.exception();
      } catch (err) {
        const e = py.except(err, py.exc.CancelledError);
        yield* py.line(8);
        yield* py.print(method, `${e.cls.module}.${e.cls.name}`, py.repr(e), py.repr(py.str(e)));
      }
    }
    yield* py.line(9);
    const g = py.Future('g');
    const errObj = py.exc.ValueError.call('boom');
    yield* g.set_exception(errObj);
    yield* py.line(10);
    yield* py.print((yield* g.exception()) === errObj);
    yield* py.line(11);
    yield* py.line(12);
    try {
      yield* g.result();
    } catch (err) {
      const e = py.except(err, py.exc.ValueError);
      yield* py.line(14);
      yield* py.print('result() re-raised:', py.repr(e), e === errObj);
    }
  },
};
