/** Spec test vectors TV-07 … TV-10: callback order and threads, raising callbacks, the notebook sequence. */
import type { OracleProgram } from './types';
import type { PyFuture, PyValue } from '../../../src/core';

export const tv07: OracleProgram = {
  name: 'tv07_callback_order',
  source: `import threading
from concurrent.futures import Future
def make(tag):
    def cb(fut):
        print(tag, threading.current_thread().name, fut)
    return cb
f = Future()
f.add_done_callback(make("first"))
f.add_done_callback(make("second"))
print("callbacks registered")
f.set_result("ok")
print("set_result returned")
f.add_done_callback(make("late"))
print("add_done_callback returned")
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const make = py.fn('make', function* (tag: PyValue) {
      yield* py.line(4);
      const cb = py.fn('cb', function* (fut: PyFuture) {
        yield* py.line(5);
        yield* py.print(tag, py.currentThread().name, fut);
      });
      yield* py.line(6);
      return cb;
    });
    yield* py.line(7);
    const f = py.Future('f');
    for (const [line, tag] of [
      [8, 'first'],
      [9, 'second'],
    ] as const) {
      yield* py.line(line);
      const cb = (yield* py.call(make, tag)) as never;
      yield* f.add_done_callback(cb);
    }
    yield* py.line(10);
    yield* py.print('callbacks registered');
    yield* py.line(11);
    yield* f.set_result('ok');
    yield* py.line(12);
    yield* py.print('set_result returned');
    yield* py.line(13);
    yield* f.add_done_callback((yield* py.call(make, 'late')) as never);
    yield* py.line(14);
    yield* py.print('add_done_callback returned');
  },
};

export const tv08: OracleProgram = {
  name: 'tv08_raising_callback_logged',
  source: `from concurrent.futures import Future
def good(fut): print("good", fut.result())
def bad(fut): raise ValueError("oops")
f = Future()
f.add_done_callback(good)
f.add_done_callback(bad)
f.add_done_callback(good)
f.set_result(1)
print("after set_result")
`,
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
  source: `from concurrent.futures import Future
f = Future()
f.add_done_callback(lambda fut: print("A"))
def kb(fut):
    print("B raises KeyboardInterrupt")
    raise KeyboardInterrupt
f.add_done_callback(kb)
f.add_done_callback(lambda fut: print("C (never printed)"))
try:
    f.set_result(1)
except KeyboardInterrupt:
    print("KeyboardInterrupt escaped set_result")
print(f, f.done())
`,
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

export const tv10: OracleProgram = {
  name: 'tv10_notebook_sequence',
  source: `import threading
from concurrent.futures import Future
import time
t0 = time.monotonic()

def network_request_async(number):
    future = Future()
    result = {"success": True, "result": number ** 2}
    timer = threading.Timer(5.0, lambda: future.set_result(result))
    timer.start()
    return future

def fetch_square(number):
    fut = network_request_async(number)
    def on_done_future(future):
        response = future.result()
        if response["success"]:
            print("Result is: {}".format(response["result"]))
            print("elapsed %.0f s, thread %s, %r" % (time.monotonic() - t0, threading.current_thread().name, response))
    fut.add_done_callback(on_done_future)

print(fetch_square(2))
print("main thread finished")
`,
  *main(py) {
    for (const n of [1, 2, 3]) yield* py.line(n);
    yield* py.line(4);
    const t0 = py.monotonic();
    yield* py.line(6);
    const network_request_async = py.fn('network_request_async', function* (number: PyValue) {
      yield* py.line(7);
      const future = py.Future('future');
      yield* py.line(8);
      const result = py.dict({ success: true, result: py.pow(number, 2n) });
      yield* py.line(9);
      const setIt = py.fn('<lambda>', function* () {
        yield* future.set_result(result);
      });
      const timer = py.Timer(5.0, setIt);
      yield* py.line(10);
      yield* timer.start();
      yield* py.line(11);
      return future;
    });
    yield* py.line(13);
    const fetch_square = py.fn('fetch_square', function* (number: PyValue) {
      yield* py.line(14);
      const fut = (yield* py.call(network_request_async, number)) as PyFuture;
      yield* py.line(15);
      const on_done_future = py.fn('on_done_future', function* (future: PyFuture) {
        yield* py.line(16);
        const response = yield* future.result();
        yield* py.line(17);
        if (py.getitem(response, 'success') === true) {
          yield* py.line(18);
          yield* py.print(py.format('Result is: {}', py.getitem(response, 'result')));
          yield* py.line(19);
          const elapsed = py.monotonic() - t0;
          yield* py.print(
            py.percent('elapsed %.0f s, thread %s, %r', elapsed, py.currentThread().name, response),
          );
        }
      });
      yield* py.line(20);
      yield* fut.add_done_callback(on_done_future);
      return null;
    });
    yield* py.line(22);
    yield* py.print(yield* py.call(fetch_square, 2n));
    yield* py.line(23);
    yield* py.print('main thread finished');
  },
};
