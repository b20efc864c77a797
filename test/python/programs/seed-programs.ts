/**
 * The seed's own programs run as scripts (spec TV-10, TV-11, and our own): network_request_async
 * and fetch_square with their Timers and on_done_future, and fetch_square of a number whose
 * square overflows.
 */
import type { OracleProgram } from './types';
import type { PyFuture, PyValue } from '../../../src/core';
import { specVector } from './spec-vectors';

export const tv10: OracleProgram = {
  name: 'tv10_notebook_sequence',
  source: specVector('tv10_the_notebook_sequence_exactly_as_a_scrip'),
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
      // 0.3 s as in the .py (the spec's TV-10 says 5.0): the playground's oracle waits in real time.
      const timer = py.Timer(0.3, setIt);
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

export const tv11: OracleProgram = {
  name: 'tv11_squares_staggered',
  source: specVector('tv11_squares_of_the_required_inputs_with_stag'),
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

export const ownOverflowInFetch: OracleProgram = {
  name: 'own13_fetch_square_overflow_is_synchronous',
  source: `import threading
from concurrent.futures import Future
def network_request_async(number):
    future = Future()
    result = {"success": True, "result": number ** 2}
    timer = threading.Timer(0.1, lambda: future.set_result(result))
    timer.start()
    return future
def fetch_square(number):
    fut = network_request_async(number)
    fut.add_done_callback(lambda f: print("Result is: {}".format(f.result()["result"])))
fetch_square(3)
print(threading.active_count() - 1, "timer running")
fetch_square(1e200)
`,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(3);
    const network_request_async = py.fn('network_request_async', function* (number: PyValue) {
      yield* py.line(4);
      const future = py.Future('future');
      yield* py.line(5);
      const result = py.dict({ success: true, result: py.pow(number, 2n) });
      yield* py.line(6);
      const timer = py.Timer(
        0.1,
        py.fn('<lambda>', function* () {
          yield* future.set_result(result);
        }),
      );
      yield* py.line(7);
      yield* timer.start();
      yield* py.line(8);
      return future;
    });
    yield* py.line(9);
    const fetch_square = py.fn('fetch_square', function* (number: PyValue) {
      yield* py.line(10);
      const fut = (yield* py.call(network_request_async, number)) as PyFuture;
      yield* py.line(11);
      yield* fut.add_done_callback(
        py.fn('<lambda>', function* (f: PyFuture) {
          const r = yield* f.result();
          yield* py.print(py.format('Result is: {}', py.getitem(r, 'result')));
        }),
      );
    });
    yield* py.line(12);
    yield* py.call(fetch_square, 3n);
    yield* py.line(13);
    yield* py.print(1n, 'timer running');
    yield* py.line(14);
    yield* py.call(fetch_square, 1e200);
  },
};
