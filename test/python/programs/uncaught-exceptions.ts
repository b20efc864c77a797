/**
 * Uncaught exceptions and their tracebacks, in the main thread and in Timers (our own): re-raised
 * stored exceptions, CancelledError, TimeoutError, InvalidStateError, TypeError from `**`, SystemExit.
 */
import type { OracleProgram } from './types';
import type { PyFuture, PyValue } from '../../../src/core';

export const ownMainReraise: OracleProgram = {
  name: 'own09_main_result_reraises_stored_exception',
  source: `from concurrent.futures import Future
f = Future()
f.set_exception(ValueError("boom"))
print("about to call result()")
print("value:", f.result())
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    yield* py.line(3);
    yield* f.set_exception(py.exc.ValueError.call('boom'));
    yield* py.line(4);
    yield* py.print('about to call result()');
    yield* py.line(5);
    yield* py.print('value:', yield* f.result());
  },
};

export const ownMainCancelledError: OracleProgram = {
  name: 'own10_main_uncaught_cancelled_error',
  source: `from concurrent.futures import Future
f = Future()
f.cancel()
f.result()
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    yield* py.line(3);
    yield* f.cancel();
    yield* py.line(4);
    yield* f.result();
  },
};

export const ownMainTimeout: OracleProgram = {
  name: 'own11_main_uncaught_timeout_after_wait',
  source: `import threading
from concurrent.futures import Future
f = Future()
threading.Timer(1.0, lambda: f.set_result("late")).start()
try:
    f.result(timeout=0.2)
except TimeoutError:
    print("timed out, state:", f._state)
print("second wait:", f.result(timeout=2))
g = Future()
g.exception(timeout=0.1)
`,
  minMinor: 11,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const f = py.Future('f');
    yield* py.line(4);
    const setIt = py.fn('<lambda>', function* () {
      yield* f.set_result('late');
    });
    yield* py.Timer(1.0, setIt).start();
    yield* py.line(5);
    yield* py.line(6);
    try {
      yield* f.result(0.2);
    } catch (err) {
      py.except(err, py.exc.TimeoutError);
      yield* py.line(8);
      yield* py.print('timed out, state:', f.state);
    }
    yield* py.line(9);
    yield* py.print('second wait:', yield* f.result(2));
    yield* py.line(10);
    const g = py.Future('g');
    yield* py.line(11);
    yield* g.exception(0.1);
  },
};

export const ownMainInvalidState: OracleProgram = {
  name: 'own12_main_uncaught_invalid_state',
  source: `from concurrent.futures import Future
def complete(fut, value):
    fut.set_result(value)
    return fut
f = complete(Future(), {"a": 1})
print(f)
complete(f, None)
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const complete = py.fn('complete', function* (fut: PyFuture, value: PyValue) {
      yield* py.line(3);
      yield* fut.set_result(value);
      yield* py.line(4);
      return fut;
    });
    yield* py.line(5);
    const f = (yield* py.call(complete, py.Future('f'), py.dict({ a: 1n }))) as PyFuture;
    yield* py.line(6);
    yield* py.print(f);
    yield* py.line(7);
    yield* py.call(complete, f, null);
  },
};

export const ownTypeErrorPow: OracleProgram = {
  name: 'own14_str_pow_type_error',
  source: `def square(number):
    return number ** 2
for value in [3, 2.5, "abc"]:
    print(repr(value), "->", square(value))
`,
  *main(py) {
    yield* py.line(1);
    const square = py.fn('square', function* (number: PyValue) {
      yield* py.line(2);
      return py.pow(number, 2n);
    });
    for (const value of [3n, 2.5, 'abc'] as PyValue[]) {
      yield* py.line(3);
      yield* py.line(4);
      yield* py.print(py.repr(value), '->', yield* py.call(square, value));
    }
  },
};

export const ownTimerRaises: OracleProgram = {
  name: 'own15_timer_function_raises',
  source: `import threading
def work(n):
    print("working on", n, "in", threading.current_thread().name)
    return {"n": n}[n + 1]
t = threading.Timer(0.1, work, args=(1,))
t.start()
t.join()
print("joined; alive:", t.is_alive())
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const work = py.fn('work', function* (n: PyValue) {
      yield* py.line(3);
      yield* py.print('working on', n, 'in', py.currentThread().name);
      yield* py.line(4);
      py.op({ kind: 'subscript', text: '{"n": n}[n + 1]' });
      return py.getitem(py.dict([['n', n]]), py.add(n, 1n));
    });
    yield* py.line(5);
    const t = py.Timer(0.1, work, [1n]);
    yield* py.line(6);
    yield* t.start();
    yield* py.line(7);
    yield* t.join();
    yield* py.line(8);
    yield* py.print('joined; alive:', t.is_alive());
  },
};

export const ownTimerSystemExit: OracleProgram = {
  name: 'own16_timer_system_exit_is_silent',
  source: `import threading, sys
def leave():
    print("leaving")
    sys.exit(5)
t = threading.Timer(0.1, leave)
t.start()
t.join()
print("main continues")
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const leave = py.fn('leave', function* () {
      yield* py.line(3);
      yield* py.print('leaving');
      yield* py.line(4);
      py.raise(py.exc.SystemExit.call(5n));
    });
    yield* py.line(5);
    const t = py.Timer(0.1, leave);
    yield* py.line(6);
    yield* t.start();
    yield* py.line(7);
    yield* t.join();
    yield* py.line(8);
    yield* py.print('main continues');
  },
};

export const ownMainRaisesTimersStillFire: OracleProgram = {
  name: 'own17_main_raises_timers_still_fire',
  source: `import threading
from concurrent.futures import Future
f = Future()
f.add_done_callback(lambda fut: print("callback after main died:", fut.result()))
threading.Timer(0.2, lambda: f.set_result(99)).start()
raise RuntimeError("main fails first")
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const f = py.Future('f');
    yield* py.line(4);
    yield* f.add_done_callback(
      py.fn('<lambda>', function* (fut: PyFuture) {
        yield* py.print('callback after main died:', yield* fut.result());
      }),
    );
    yield* py.line(5);
    const setIt = py.fn('<lambda>', function* () {
      yield* f.set_result(99n);
    });
    yield* py.Timer(0.2, setIt).start();
    yield* py.line(6);
    py.raise(py.exc.RuntimeError.call('main fails first'));
  },
};

export const ownSystemExitMain: OracleProgram = {
  name: 'own18_system_exit_code',
  source: `import sys
print("exiting with 3")
sys.exit(3)
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.print('exiting with 3');
    yield* py.line(3);
    py.raise(py.exc.SystemExit.call(3n));
  },
};
