/**
 * Done-callbacks (spec TV-07, and our own): registration order, the thread that runs them, late
 * callbacks on the caller's thread, nested callbacks, callbacks run by cancel().
 */
import type { OracleProgram } from './types';
import type { PyFuture, PyValue } from '../../../src/core';
import { specVector } from './spec-vectors';

export const tv07: OracleProgram = {
  name: 'tv07_callback_order',
  source: specVector('tv07_callback_order_registering_on_a_done_fut'),
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

export const ownLateCallbackFromTimer: OracleProgram = {
  name: 'own01_late_callback_runs_in_caller_thread',
  source: `import threading, time
from concurrent.futures import Future
f = Future()
f.set_result("early")
def late():
    f.add_done_callback(lambda fut: print("late cb in", threading.current_thread().name, fut.result()))
    print("add returned in", threading.current_thread().name)
threading.Timer(0.2, late).start()
time.sleep(0.5)
f.add_done_callback(lambda fut: print("main cb in", threading.current_thread().name))
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const f = py.Future('f');
    yield* py.line(4);
    yield* f.set_result('early');
    yield* py.line(5);
    const late = py.fn('late', function* () {
      yield* py.line(6);
      yield* f.add_done_callback(
        py.fn('<lambda>', function* (fut: PyFuture) {
          yield* py.print('late cb in', py.currentThread().name, yield* fut.result());
        }),
      );
      yield* py.line(7);
      yield* py.print('add returned in', py.currentThread().name);
    });
    yield* py.line(8);
    yield* py.Timer(0.2, late).start();
    yield* py.line(9);
    yield* py.sleep(0.5);
    yield* py.line(10);
    yield* f.add_done_callback(
      py.fn('<lambda>', function* () {
        yield* py.print('main cb in', py.currentThread().name);
      }),
    );
  },
};

export const ownNestedCallback: OracleProgram = {
  name: 'own04_nested_callback_runs_inside',
  source: `from concurrent.futures import Future
f = Future()
def inner(fut):
    print("  inner sees", fut)
def outer(fut):
    print("outer begins")
    fut.add_done_callback(inner)
    print("outer ends")
f.add_done_callback(outer)
f.add_done_callback(outer)
f.set_result([1, 2, 3])
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    yield* py.line(3);
    const inner = py.fn('inner', function* (fut: PyFuture) {
      yield* py.line(4);
      yield* py.print('  inner sees', fut);
    });
    yield* py.line(5);
    const outer = py.fn('outer', function* (fut: PyFuture) {
      yield* py.line(6);
      yield* py.print('outer begins');
      yield* py.line(7);
      yield* fut.add_done_callback(inner);
      yield* py.line(8);
      yield* py.print('outer ends');
    });
    yield* py.line(9);
    yield* f.add_done_callback(outer);
    yield* py.line(10);
    yield* f.add_done_callback(outer);
    yield* py.line(11);
    yield* f.set_result([1n, 2n, 3n]);
  },
};

export const ownCancelRunsCallbacks: OracleProgram = {
  name: 'own05_cancel_runs_callbacks_on_canceller',
  source: `import threading, time
from concurrent.futures import Future
f = Future()
f.add_done_callback(lambda fut: print("cb:", fut, fut.cancelled(), threading.current_thread().name))
def canceller():
    print("cancel returned", f.cancel())
    print("again", f.cancel())
threading.Timer(0.1, canceller).start()
time.sleep(0.4)
print(f.done(), f.running(), f.set_running_or_notify_cancel(), f)
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const f = py.Future('f');
    yield* py.line(4);
    yield* f.add_done_callback(
      py.fn('<lambda>', function* (fut: PyFuture) {
        yield* py.print('cb:', fut, fut.cancelled(), py.currentThread().name);
      }),
    );
    yield* py.line(5);
    const canceller = py.fn('canceller', function* () {
      yield* py.line(6);
      yield* py.print('cancel returned', yield* f.cancel());
      yield* py.line(7);
      yield* py.print('again', yield* f.cancel());
    });
    yield* py.line(8);
    yield* py.Timer(0.1, canceller).start();
    yield* py.line(9);
    yield* py.sleep(0.4);
    yield* py.line(10);
    yield* py.print(f.done(), f.running(), yield* f.set_running_or_notify_cancel(), f);
  },
};

export const ownCallbackTwice: OracleProgram = {
  name: 'own06_same_callback_twice',
  source: `from concurrent.futures import Future
calls = []
def record(fut):
    calls.append(fut.result())
    print("call", len(calls))
f = Future()
f.add_done_callback(record)
f.add_done_callback(record)
f.set_result("x")
print(calls)
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const calls: string[] = [];
    yield* py.line(3);
    const record = py.fn('record', function* (fut: PyFuture) {
      yield* py.line(4);
      calls.push((yield* fut.result()) as string);
      yield* py.line(5);
      yield* py.print('call', BigInt(calls.length));
    });
    yield* py.line(6);
    const f = py.Future('f');
    yield* py.line(7);
    yield* f.add_done_callback(record);
    yield* py.line(8);
    yield* f.add_done_callback(record);
    yield* py.line(9);
    yield* f.set_result('x');
    yield* py.line(10);
    yield* py.print([...calls]);
  },
};

export const ownCancelledCallbackResult: OracleProgram = {
  name: 'own07_callback_result_on_cancelled_future',
  source: `from concurrent.futures import Future
f = Future()
def on_done(fut):
    print("cancelled?", fut.cancelled())
    print("result:", fut.result())
f.add_done_callback(on_done)
print(f.cancel())
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    const f = py.Future('f');
    yield* py.line(3);
    const on_done = py.fn('on_done', function* (fut: PyFuture) {
      yield* py.line(4);
      yield* py.print('cancelled?', fut.cancelled());
      yield* py.line(5);
      yield* py.print('result:', yield* fut.result());
    });
    yield* py.line(6);
    yield* f.add_done_callback(on_done);
    yield* py.line(7);
    yield* py.print(yield* f.cancel());
  },
};
