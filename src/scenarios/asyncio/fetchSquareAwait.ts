/**
 * fetch_square with coroutines, as the book goes on: `async def network_request_async` awaits
 * `asyncio.sleep(5.0)` and returns the response; `async def fetch_square` awaits it and prints
 * "Result is: n²"; main() runs the three with gather, each as a Task of its own. The console
 * is the seed's again; no callback is written, yet the same thing happens underneath: each
 * sleep's timer completes a future on the loop, and the task awaiting it resumes on a later
 * turn, on MainThread. While the tasks wait, no thread waits for them.
 *
 * The book drives it with `loop.run_until_complete(…)` on `asyncio.get_event_loop()`;
 * `asyncio.run(main())` runs the same on every CPython from 3.8 to 3.14.
 *
 * @example streamText(simulate(fetchSquareAwait.program()), 'stdout') // 'Result is: 4\nResult is: 9\nResult is: 16\n'
 */
import type { Program, PyValue } from '../../core';
import { sourceOf } from '../misconceptions/lines';
import { programScenario } from '../program-scenario';

const { source, at } = sourceOf([
  'import asyncio',
  '',
  '',
  'async def network_request_async(number):',
  '    await asyncio.sleep(5.0)',
  '    return {"success": True, "result": number ** 2}',
  '',
  '',
  'async def fetch_square(number):',
  '    response = await network_request_async(number)',
  '    if response["success"]:',
  '        print("Result is: {}".format(response["result"]))',
  '',
  '',
  'async def main():',
  '    await asyncio.gather(fetch_square(2), fetch_square(3), fetch_square(4))',
  '',
  '',
  'asyncio.run(main())',
]);

function program(): Program {
  return {
    source,
    *main(py) {
      yield* py.line(at('import asyncio'));
      const defRequest = at('async def network_request_async(number):');
      yield* py.line(defRequest);
      const request = py.async(
        'network_request_async',
        function* (number: PyValue) {
          yield* py.line(at('await asyncio.sleep(5.0)'));
          yield* py.await(py.asyncio.sleep(5.0), 'asyncio.sleep(5.0)');
          yield* py.line(at('return {"success": True, "result": number ** 2}'));
          return py.dict({ success: true, result: py.pow(number, 2n) });
        },
        { line: defRequest },
      );
      const defFetch = at('async def fetch_square(number):');
      yield* py.line(defFetch);
      const fetch = py.async(
        'fetch_square',
        function* (number: PyValue) {
          yield* py.line(at('response = await network_request_async(number)'));
          const response = yield* py.await(py.callAsync(request, number));
          yield* py.line(at('if response["success"]:'));
          if (py.getitem(response, 'success')) {
            yield* py.line(at('print("Result is: {}".format(response["result"]))'));
            yield* py.print(py.format('Result is: {}', py.getitem(response, 'result')));
          }
        },
        { line: defFetch },
      );
      const defMain = at('async def main():');
      yield* py.line(defMain);
      const main = py.async(
        'main',
        function* () {
          const gatherLine =
            'await asyncio.gather(fetch_square(2), fetch_square(3), fetch_square(4))';
          yield* py.line(at(gatherLine));
          const coros = [2n, 3n, 4n].map((n) => py.callAsync(fetch, n));
          yield* py.await(
            py.asyncio.gather(coros),
            'asyncio.gather(fetch_square(2), fetch_square(3), fetch_square(4))',
          );
        },
        { line: defMain },
      );
      yield* py.line(at('asyncio.run(main())'));
      yield* py.asyncio.run(py.callAsync(main));
    },
  };
}

export const fetchSquareAwait = programScenario({
  id: 'fetch-square-await',
  title: 'fetch_square with async def and await',
  summary:
    'The same fetch_square as coroutines: three tasks each await asyncio.sleep(5.0); no thread waits for them, and each resumes on a later turn of the loop on MainThread.',
  teaches: ['await-blocks-thread', 'await-own-thread'],
  program,
});
