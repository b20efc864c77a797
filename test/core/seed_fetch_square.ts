/**
 * The seed's In [9] and In [12]–[13]: `fetch_square(2)`, `(3)`, `(4)`, each a Future, a 5 s
 * Timer, an `on_done_future` callback that prints on the Timer's thread.
 */
import type { Program } from '../../src/core';
import type { PyFuture, PyValue } from '../../src/core';
import { SEED_FETCH_SQUARE } from '../seed/seed';

export const seedFetchSquare: Program = {
  source: SEED_FETCH_SQUARE,
  *main(py) {
    yield* py.line(1);
    yield* py.line(2);
    yield* py.line(4);
    const network_request_async = py.fn(
      'network_request_async',
      function* (number: PyValue) {
        yield* py.line(5);
        const future = py.Future('future');
        yield* py.line(6);
        const result = py.dict({ success: true, result: py.pow(number, 2n) });
        yield* py.line(7);
        const timer = py.Timer(
          5.0,
          py.fn(
            '<lambda>',
            function* () {
              yield* future.set_result(result);
            },
            { line: 7 },
          ),
        );
        yield* py.line(8);
        yield* timer.start();
        yield* py.line(9);
        return future;
      },
      { line: 4 },
    );
    yield* py.line(11);
    const fetch_square = py.fn(
      'fetch_square',
      function* (number: PyValue) {
        yield* py.line(12);
        const fut = (yield* py.call(network_request_async, number)) as PyFuture;
        yield* py.line(14);
        const on_done_future = py.fn(
          'on_done_future',
          function* (future: PyFuture) {
            yield* py.line(15);
            const response = yield* future.result();
            yield* py.line(16);
            if (py.getitem(response, 'success') === true) {
              yield* py.line(17);
              yield* py.print(py.format('Result is: {}', py.getitem(response, 'result')));
            }
          },
          { line: 14, qualname: 'fetch_square.<locals>.on_done_future' },
        );
        yield* py.line(19);
        yield* fut.add_done_callback(on_done_future);
      },
      { line: 11 },
    );
    for (const [line, n] of [
      [21, 2n],
      [22, 3n],
      [23, 4n],
    ] as const) {
      yield* py.line(line);
      yield* py.call(fetch_square, n);
    }
  },
};
