/**
 * What each seed cell does, written with the core's program DSL. A cell's body receives
 * `at(k)`, the source line of its k-th line (0-based), and the notebook's variables, which
 * live on across cells as they do in a kernel.
 *
 * @example CELL_BEHAVIOUR[4] // runs `fut.set_result("Hello")` on the `fut` of In [2]
 */
import type { Gen, Py, PyFunction, PyFuture, PyValue } from '../../core';
import { display } from './notebook-ops';

/** The kernel's global namespace: the variables the seed's cells define and share. */
export interface NotebookGlobals {
  fut?: PyFuture;
  futs: Record<string, PyFuture>;
  network_request_async?: PyFunction;
  fetch_square?: PyFunction;
  /** The next future's display name (`fut1`, …): the UI labels futures in call order. */
  nextFutureName: () => string;
}

export type CellBody = (py: Py, at: (k: number) => number, g: NotebookGlobals) => Gen;

function need<T>(value: T | undefined, what: string): T {
  // A scenario that runs a cell without its prerequisites is a bug in the registry.
  if (value === undefined) throw new Error(`the notebook has no ${what} yet`);
  return value;
}

/** In [9]: `network_request_async(number)`, a Future completed by a 5.0 s Timer. */
function defineNetworkRequestAsync(
  py: Py,
  at: (k: number) => number,
  g: NotebookGlobals,
): PyFunction {
  return py.fn(
    'network_request_async',
    function* (number: PyValue) {
      yield* py.line(at(1));
      const future = py.Future(g.nextFutureName());
      yield* py.line(at(2));
      const result = py.dict({ success: true, result: py.pow(number, 2n) });
      yield* py.line(at(3));
      const complete = py.fn(
        '<lambda>',
        function* () {
          yield* py.line(at(3));
          yield* future.set_result(result);
        },
        { line: at(3), qualname: 'network_request_async.<locals>.<lambda>' },
      );
      const timer = py.Timer(5.0, complete);
      yield* py.line(at(4));
      yield* timer.start();
      yield* py.line(at(5));
      return future;
    },
    { line: at(0) },
  );
}

/** In [12]: `fetch_square(number)`, printing the square from `on_done_future`. */
function defineFetchSquare(py: Py, at: (k: number) => number, g: NotebookGlobals): PyFunction {
  const request = need(g.network_request_async, 'network_request_async (In [9])');
  return py.fn(
    'fetch_square',
    function* (number: PyValue) {
      yield* py.line(at(1));
      const fut = (yield* py.call(request, number)) as PyFuture;
      yield* py.line(at(3));
      const onDone = py.fn(
        'on_done_future',
        function* (future: PyFuture) {
          yield* py.line(at(4));
          const response = yield* future.result();
          yield* py.line(at(5));
          if (py.getitem(response, 'success')) {
            yield* py.line(at(6));
            yield* py.print(py.format('Result is: {}', py.getitem(response, 'result')));
          }
        },
        { line: at(3), qualname: 'fetch_square.<locals>.on_done_future' },
      );
      yield* py.line(at(8));
      yield* fut.add_done_callback(onDone);
    },
    { line: at(0) },
  );
}

export const CELL_BEHAVIOUR: Readonly<Record<number, CellBody>> = {
  *1(py, at) {
    yield* py.line(at(0));
    yield* py.line(at(1));
  },
  *2(py, at, g) {
    yield* py.line(at(0));
    g.fut = py.Future('fut');
  },
  *3(py, at, g) {
    yield* py.line(at(0));
    yield* py.print(need(g.fut, 'fut'));
  },
  *4(py, at, g) {
    yield* py.line(at(0));
    yield* need(g.fut, 'fut').set_result('Hello');
  },
  *5(py, at, g) {
    yield* py.line(at(0));
    yield* py.print(need(g.fut, 'fut'));
  },
  *6(py, at, g) {
    yield* py.line(at(0));
    yield* display(py, 6, yield* need(g.fut, 'fut').result());
  },
  *7(py, at, g) {
    yield* py.line(at(0));
    const fut = py.Future('fut');
    g.fut = fut;
    yield* py.line(at(1));
    const callback = py.fn(
      '<lambda>',
      function* (future: PyFuture) {
        yield* py.line(at(1));
        const text = py.add('The result is: ', yield* future.result());
        yield* py.print(text, py.kw({ flush: true }));
      },
      { line: at(1) },
    );
    yield* fut.add_done_callback(callback);
  },
  *8(py, at, g) {
    yield* py.line(at(0));
    yield* need(g.fut, 'fut').set_result('Hello');
  },
  *9(py, at, g) {
    yield* py.line(at(0));
    g.network_request_async = defineNetworkRequestAsync(py, at, g);
  },
  *10(py, at, g) {
    const request = need(g.network_request_async, 'network_request_async (In [9])');
    for (const [k, number] of [2n, 3n, 4n].entries()) {
      yield* py.line(at(k));
      g.futs[`fut${k + 1}`] = (yield* py.call(request, number)) as PyFuture;
    }
  },
  *11(py, at, g) {
    for (let k = 0; k < 3; k++) {
      yield* py.line(at(k));
      yield* py.print(yield* need(g.futs[`fut${k + 1}`], `fut${k + 1}`).result());
    }
  },
  *12(py, at, g) {
    yield* py.line(at(0));
    g.fetch_square = defineFetchSquare(py, at, g);
  },
  *13(py, at, g) {
    const fetchSquare = need(g.fetch_square, 'fetch_square (In [12])');
    for (const [k, number] of [2n, 3n, 4n].entries()) {
      yield* py.line(at(k));
      yield* py.call(fetchSquare, number);
    }
  },
};
