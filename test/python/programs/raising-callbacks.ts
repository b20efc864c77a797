/**
 * Done-callbacks that raise (spec TV-08, TV-09, TV-20, and our own): an Exception is logged and
 * the next callback runs (with and without logging configured); a BaseException escapes.
 */
import type { OracleProgram } from './types';
import type { PyFuture } from '../../../src/core';
import { specVector } from './spec-vectors';

export const tv08: OracleProgram = {
  name: 'tv08_raising_callback_logged',
  source: specVector('tv08_a_raising_callback_is_logged_and_the_oth'),
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const good = py.fn('good', function* (fut: PyFuture) {
      yield* py.line(2);
      yield* py.print('good', yield* fut.result());
    });
    yield* py.line(3);
    const bad = py.fn('bad', function* () {
      yield* py.line(3);
      py.raise(py.exc.ValueError.call('oops'));
    });
    yield* py.line(4);
    const f = py.Future('f');
    for (const [line, cb] of [
      [5, good],
      [6, bad],
      [7, good],
    ] as const) {
      yield* py.line(line);
      yield* f.add_done_callback(cb);
    }
    yield* py.line(8);
    yield* f.set_result(1n);
    yield* py.line(9);
    yield* py.print('after set_result');
  },
};

export const tv09: OracleProgram = {
  name: 'tv09_base_exception_escapes',
  source: specVector('tv09_baseexception_escapes_and_later_callback'),
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    yield* py.line(3);
    yield* f.add_done_callback(
      py.fn('<lambda>', function* () {
        yield* py.line(3);
        yield* py.print('A');
      }),
    );
    yield* py.line(4);
    const kb = py.fn('kb', function* () {
      yield* py.line(5);
      yield* py.print('B raises KeyboardInterrupt');
      yield* py.line(6);
      py.raise(py.exc.KeyboardInterrupt);
    });
    yield* py.line(7);
    yield* f.add_done_callback(kb);
    yield* py.line(8);
    yield* f.add_done_callback(
      py.fn('<lambda>', function* () {
        yield* py.line(8);
        yield* py.print('C (never printed)');
      }),
    );
    yield* py.line(9);
    yield* py.line(10);
    try {
      yield* f.set_result(1n);
    } catch (err) {
      py.except(err, py.exc.KeyboardInterrupt);
      yield* py.line(12);
      yield* py.print('KeyboardInterrupt escaped set_result');
    }
    yield* py.line(13);
    yield* py.print(f, f.done());
  },
};

export const tv20: OracleProgram = {
  name: 'tv20_logging_configured_cancel',
  source: specVector('tv20_callback_error_with_logging_configured_o'),
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    py.basicConfig();
    yield* py.line(3);
    yield* py.line(4);
    const f = py.Future('f');
    yield* py.line(5);
    yield* f.add_done_callback(
      py.fn('<lambda>', function* () {
        yield* py.line(5);
        return py.div(1n, 0n);
      }),
    );
    yield* py.line(6);
    yield* f.cancel();
    yield* py.line(7);
    yield* py.print('cancelled:', f.cancelled());
  },
};

export const ownRaisingCallbackInTimer: OracleProgram = {
  name: 'own02_raising_callback_in_timer_thread',
  source: `import threading
from concurrent.futures import Future
f = Future()
def on_done(fut):
    value = fut.result()
    print("got", value, "in", threading.current_thread().name)
    raise RuntimeError("callback failed: " + str(value))
f.add_done_callback(on_done)
f.add_done_callback(lambda fut: print("second callback still runs"))
threading.Timer(0.1, lambda: f.set_result(42)).start()
print("main done")
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const f = py.Future('f');
    yield* py.line(4);
    const on_done = py.fn('on_done', function* (fut: PyFuture) {
      yield* py.line(5);
      const value = yield* fut.result();
      yield* py.line(6);
      yield* py.print('got', value, 'in', py.currentThread().name);
      yield* py.line(7);
      py.raise(py.exc.RuntimeError.call(py.add('callback failed: ', py.str(value))));
    });
    yield* py.line(8);
    yield* f.add_done_callback(on_done);
    yield* py.line(9);
    yield* f.add_done_callback(
      py.fn('<lambda>', function* () {
        yield* py.print('second callback still runs');
      }),
    );
    yield* py.line(10);
    const setIt = py.fn('<lambda>', function* () {
      yield* f.set_result(42n);
    });
    yield* py.Timer(0.1, setIt).start();
    yield* py.line(11);
    yield* py.print('main done');
  },
};

export const ownImmediateRaisingCallback: OracleProgram = {
  name: 'own03_immediate_callback_raises',
  source: `from concurrent.futures import Future
f = Future()
f.set_exception(KeyError("missing"))
def check(fut):
    print("exception is", repr(fut.exception()))
    return fut.result()
f.add_done_callback(check)
print("still running after the logged error")
print(f)
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    yield* py.line(3);
    yield* f.set_exception(py.exc.KeyError.call('missing'));
    yield* py.line(4);
    const check = py.fn('check', function* (fut: PyFuture) {
      yield* py.line(5);
      yield* py.print('exception is', py.repr(yield* fut.exception()));
      yield* py.line(6);
      return yield* fut.result();
    });
    yield* py.line(7);
    yield* f.add_done_callback(check);
    yield* py.line(8);
    yield* py.print('still running after the logged error');
    yield* py.line(9);
    yield* py.print(f);
  },
};

export const ownBaseExceptionInTimer: OracleProgram = {
  name: 'own08_keyboardinterrupt_from_callback_in_timer',
  source: `import threading
from concurrent.futures import Future
f = Future()
def stop(fut):
    print("stopping in", threading.current_thread().name)
    raise KeyboardInterrupt("stop")
f.add_done_callback(stop)
f.add_done_callback(lambda fut: print("never"))
t = threading.Timer(0.1, f.set_result, args=(7,))
t.start()
t.join()
print(f, f.result())
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const f = py.Future('f');
    yield* py.line(4);
    const stop = py.fn('stop', function* () {
      yield* py.line(5);
      yield* py.print('stopping in', py.currentThread().name);
      yield* py.line(6);
      py.raise(py.exc.KeyboardInterrupt.call('stop'));
    });
    yield* py.line(7);
    yield* f.add_done_callback(stop);
    yield* py.line(8);
    yield* f.add_done_callback(
      py.fn('<lambda>', function* () {
        yield* py.print('never');
      }),
    );
    yield* py.line(9);
    const t = py.Timer(0.1, f.method('set_result'), [7n]);
    yield* py.line(10);
    yield* t.start();
    yield* py.line(11);
    yield* t.join();
    yield* py.line(12);
    yield* py.print(f, yield* f.result());
  },
};
