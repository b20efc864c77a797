/**
 * The book's fetch_square on asyncio's event loop: network_request_async returns an
 * `asyncio.Future` that a `call_later(5.0, …)` handle completes, and on_done_future is added
 * with add_done_callback, as in `fetch-square`. The console is the seed's — "Result is: 4 / 9
 * / 16" — but who prints differs: set_result only schedules on_done_future with call_soon, and
 * the loop runs it on a later turn, on MainThread (the loop's thread), where the threads'
 * version ran it at once on each Timer's thread.
 *
 * The book starts the loop with `loop = asyncio.get_event_loop()` and `loop.run_forever()`;
 * here `asyncio.run(main())` and `asyncio.get_running_loop()` do the same on every CPython
 * from 3.8 to 3.14 (get_event_loop outside a loop is deprecated since 3.12) and the program
 * ends: main() awaits the three futures with gather, so fetch_square returns its `fut`.
 *
 * @example streamText(simulate(fetchSquareAsyncio.program()), 'stdout') // 'Result is: 4\nResult is: 9\nResult is: 16\n'
 */
import type { AsyncFuture, Program, PyValue } from '../../core';
import { sourceOf } from '../misconceptions/lines';
import { programScenario } from '../program-scenario';

const { source, at } = sourceOf([
  'import asyncio',
  '',
  '',
  'def network_request_async(number):',
  '    loop = asyncio.get_running_loop()',
  '    future = asyncio.Future()',
  '    result = {"success": True, "result": number ** 2}',
  '    loop.call_later(5.0, lambda: future.set_result(result))',
  '    return future',
  '',
  '',
  'def fetch_square(number):',
  '    fut = network_request_async(number)',
  '',
  '    def on_done_future(future):',
  '        response = future.result()',
  '        if response["success"]:',
  '            print("Result is: {}".format(response["result"]))',
  '',
  '    fut.add_done_callback(on_done_future)',
  '    return fut',
  '',
  '',
  'async def main():',
  '    fut1 = fetch_square(2)',
  '    fut2 = fetch_square(3)',
  '    fut3 = fetch_square(4)',
  '    await asyncio.gather(fut1, fut2, fut3)',
  '',
  '',
  'asyncio.run(main())',
]);

function program(): Program {
  return {
    source,
    *main(py) {
      yield* py.line(at('import asyncio'));
      let made = 0;
      const defRequest = at('def network_request_async(number):');
      yield* py.line(defRequest);
      const request = py.fn(
        'network_request_async',
        function* (number: PyValue) {
          yield* py.line(at('loop = asyncio.get_running_loop()'));
          const loop = py.asyncio.get_running_loop();
          yield* py.line(at('future = asyncio.Future()'));
          // Named as main() names it (fut1, fut2, fut3): the UI labels futures by their names.
          const future = py.asyncio.Future(`fut${++made}`);
          yield* py.line(at('result = {"success": True, "result": number ** 2}'));
          const result = py.dict({ success: true, result: py.pow(number, 2n) });
          const laterLine = at('loop.call_later(5.0, lambda: future.set_result(result))');
          yield* py.line(laterLine);
          const complete = py.fn(
            '<lambda>',
            function* () {
              yield* py.line(laterLine);
              yield* future.set_result(result);
            },
            { line: laterLine, qualname: 'network_request_async.<locals>.<lambda>' },
          );
          yield* loop.call_later(5.0, complete);
          yield* py.line(at('return future'));
          return future;
        },
        { line: defRequest },
      );
      const defFetch = at('def fetch_square(number):');
      yield* py.line(defFetch);
      const fetch = py.fn(
        'fetch_square',
        function* (number: PyValue) {
          yield* py.line(at('fut = network_request_async(number)'));
          const fut = (yield* py.call(request, number)) as AsyncFuture;
          const defDone = at('def on_done_future(future):');
          yield* py.line(defDone);
          const onDone = py.fn(
            'on_done_future',
            function* (future: AsyncFuture) {
              yield* py.line(at('response = future.result()'));
              const response = yield* future.result();
              yield* py.line(at('if response["success"]:'));
              if (py.getitem(response, 'success')) {
                yield* py.line(at('print("Result is: {}".format(response["result"]))'));
                yield* py.print(py.format('Result is: {}', py.getitem(response, 'result')));
              }
            },
            { line: defDone, qualname: 'fetch_square.<locals>.on_done_future' },
          );
          yield* py.line(at('fut.add_done_callback(on_done_future)'));
          yield* fut.add_done_callback(onDone);
          yield* py.line(at('return fut'));
          return fut;
        },
        { line: defFetch },
      );
      const defMain = at('async def main():');
      yield* py.line(defMain);
      const main = py.async(
        'main',
        function* () {
          const futs: AsyncFuture[] = [];
          for (const [k, number] of [2n, 3n, 4n].entries()) {
            yield* py.line(at(`fut${k + 1} = fetch_square(${number})`));
            futs.push((yield* py.call(fetch, number)) as AsyncFuture);
          }
          yield* py.line(at('await asyncio.gather(fut1, fut2, fut3)'));
          yield* py.await(py.asyncio.gather(futs), 'asyncio.gather(fut1, fut2, fut3)');
        },
        { line: defMain },
      );
      yield* py.line(at('asyncio.run(main())'));
      yield* py.asyncio.run(py.callAsync(main));
    },
  };
}

export const fetchSquareAsyncio = programScenario({
  id: 'fetch-square-asyncio',
  title: 'fetch_square on the event loop',
  summary:
    'The same fetch_square with asyncio.Future and loop.call_later(5.0, …): set_result only schedules on_done_future, which the loop runs on a later turn, on MainThread.',
  teaches: ['asyncio-callback-immediate', 'callback-own-thread', 'await-blocks-thread'],
  program,
});
