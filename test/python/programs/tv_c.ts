/** Spec test vectors TV-11, TV-12, TV-14, TV-18, TV-19, TV-20: timers, names, cancel, logging. */
import type { OracleProgram } from './types';
import type { PyFuture, PyTimer, PyValue } from '../../../src/core';

export const tv11: OracleProgram = {
  name: 'tv11_squares_staggered',
  source: `import threading, time
from concurrent.futures import Future
def network_request_async(number, delay):
    future = Future()
    result = {"success": True, "result": number ** 2}
    timer = threading.Timer(delay, lambda: future.set_result(result))
    timer.start()
    return future
def fetch_square(number, delay):
    fut = network_request_async(number, delay)
    def on_done_future(future):
        response = future.result()
        if response["success"]:
            print("Result is: {}".format(response["result"]))
    fut.add_done_callback(on_done_future)
    return fut
futs = [fetch_square(n, 0.2 * (i + 1)) for i, n in enumerate([10**20, 2.5, -3, True, 0.1, 1e16, 3.0])]
futs[-1].result(); time.sleep(0.05)
print(futs[0].result())
`,
  scale: 0.2,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const network_request_async = py.fn(
      'network_request_async',
      function* (number: PyValue, delay: number) {
        yield* py.line(4);
        const future = py.Future('future');
        yield* py.line(5);
        const result = py.dict({ success: true, result: py.pow(number, 2n) });
        yield* py.line(6);
        const timer = py.Timer(
          delay,
          py.fn('<lambda>', function* () {
            yield* future.set_result(result);
          }),
        );
        yield* py.line(7);
        yield* timer.start();
        yield* py.line(8);
        return future;
      },
    );
    yield* py.line(9);
    const fetch_square = py.fn('fetch_square', function* (number: PyValue, delay: number) {
      yield* py.line(10);
      const fut = (yield* py.call(network_request_async, number, delay)) as PyFuture;
      yield* py.line(11);
      const on_done_future = py.fn('on_done_future', function* (future: PyFuture) {
        yield* py.line(12);
        const response = yield* future.result();
        yield* py.line(13);
        if (py.getitem(response, 'success') === true) {
          yield* py.line(14);
          yield* py.print(py.format('Result is: {}', py.getitem(response, 'result')));
        }
      });
      yield* py.line(15);
      yield* fut.add_done_callback(on_done_future);
      yield* py.line(16);
      return fut;
    });
    const inputs: PyValue[] = [10n ** 20n, 2.5, -3n, true, 0.1, 1e16, 3.0];
    const futs: PyFuture[] = [];
    for (const [i, n] of inputs.entries()) {
      yield* py.line(17);
      futs.push((yield* py.call(fetch_square, n, 0.2 * (i + 1))) as PyFuture);
    }
    yield* py.line(18);
    yield* (futs[futs.length - 1] as PyFuture).result();
    yield* py.sleep(0.05);
    yield* py.line(19);
    yield* py.print(yield* (futs[0] as PyFuture).result());
  },
};

export const tv12: OracleProgram = {
  name: 'tv12_timer_name_repr_cancel',
  source: `import threading, re
def ident(s): return re.sub(r"\\d{3,}", "<ident>", s)
t = threading.Timer(0.05, print, args=("fired",), kwargs={"end": "!\\n"})
print(t.name, t.daemon, t.is_alive(), repr(t))
t.start()
print(ident(repr(t)), t.is_alive())
t.join()
print(ident(repr(t)), t.is_alive(), t.cancel())
c = threading.Timer(0.05, print, ["never"])
c.start()
print("cancel ->", c.cancel())
c.join()
print(ident(repr(c)))
`,
  scale: 1,
  *main(py) {
    const ident = (s: string) => s.replace(/\d{3,}/g, '<ident>');
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const t: PyTimer = py.Timer(0.05, py.printFn, ['fired'], { end: '!\n' });
    yield* py.line(4);
    yield* py.print(t.name, t.daemon, t.is_alive(), py.repr(t));
    yield* py.line(5);
    yield* t.start();
    yield* py.line(6);
    yield* py.print(ident(py.repr(t)), t.is_alive());
    yield* py.line(7);
    yield* t.join();
    yield* py.line(8);
    yield* py.print(ident(py.repr(t)), t.is_alive(), yield* t.cancel());
    yield* py.line(9);
    const c = py.Timer(0.05, py.printFn, ['never']);
    yield* py.line(10);
    yield* c.start();
    yield* py.line(11);
    yield* py.print('cancel ->', yield* c.cancel());
    yield* py.line(12);
    yield* c.join();
    yield* py.line(13);
    yield* py.print(ident(py.repr(c)));
  },
};

export const tv14: OracleProgram = {
  name: 'tv14_timer_interleaved_with_main',
  source: `import threading, time
from concurrent.futures import Future
def fetch_square(number):
    future = Future()
    result = {"success": True, "result": number ** 2}
    threading.Timer(0.25, lambda: future.set_result(result)).start()
    future.add_done_callback(lambda f: print("Result is: {}".format(f.result()["result"])))
fetch_square(2)
for i in range(5):
    print("main tick", i)
    time.sleep(0.1)
print("main done")
`,
  scale: 0.5,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const fetch_square = py.fn('fetch_square', function* (number: PyValue) {
      yield* py.line(4);
      const future = py.Future('future');
      yield* py.line(5);
      const result = py.dict({ success: true, result: py.pow(number, 2n) });
      yield* py.line(6);
      const timer = py.Timer(
        0.25,
        py.fn('<lambda>', function* () {
          yield* future.set_result(result);
        }),
      );
      yield* timer.start();
      yield* py.line(7);
      yield* future.add_done_callback(
        py.fn('<lambda>', function* (f: PyFuture) {
          const r = yield* f.result();
          yield* py.print(py.format('Result is: {}', py.getitem(r, 'result')));
        }),
      );
    });
    yield* py.line(8);
    yield* py.call(fetch_square, 2n);
    for (let i = 0n; i < 5n; i++) {
      yield* py.line(9);
      yield* py.line(10);
      yield* py.print('main tick', i);
      yield* py.line(11);
      yield* py.sleep(0.1);
    }
    yield* py.line(12);
    yield* py.print('main done');
  },
};

export const tv18: OracleProgram = {
  name: 'tv18_set_running_twice',
  source: `from concurrent.futures import Future
f = Future()
f.set_running_or_notify_cancel()
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
`,
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

export const tv19: OracleProgram = {
  name: 'tv19_cancel_future_while_timer_pending',
  source: `import threading
from concurrent.futures import Future
future = Future()
timer = threading.Timer(0.05, lambda: future.set_result(1))
timer.start()
print("cancel() ->", future.cancel())
timer.join()
print("after join:", future)
`,
  scale: 1,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const future = py.Future('future');
    yield* py.line(4);
    const timer = py.Timer(
      0.05,
      py.fn('<lambda>', function* () {
        yield* future.set_result(1n);
      }),
    );
    yield* py.line(5);
    yield* timer.start();
    yield* py.line(6);
    yield* py.print('cancel() ->', yield* future.cancel());
    yield* py.line(7);
    yield* timer.join();
    yield* py.line(8);
    yield* py.print('after join:', future);
  },
};

export const tv20: OracleProgram = {
  name: 'tv20_logging_configured_cancel',
  source: `import logging
logging.basicConfig()
from concurrent.futures import Future
f = Future()
f.add_done_callback(lambda fut: 1 / 0)
f.cancel()
print("cancelled:", f.cancelled())
`,
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
