/**
 * network_request_async on the event loop, with the results printed as In [11] prints them:
 * three asyncio futures completed by `call_later(5.0, future.set_result, result)`, and main()
 * prints `await fut1`, `await fut2`, `await fut3` in call order. Where the threads' version
 * blocked MainThread in `fut1.result()`, main() here is suspended at each await and MainThread
 * runs the loop, which completes the futures.
 *
 * @example streamText(simulate(networkRequestAsyncio.program()), 'stdout') // "{'success': True, 'result': 4}\n…"
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
  '    future = loop.create_future()',
  '    result = {"success": True, "result": number ** 2}',
  '    loop.call_later(5.0, future.set_result, result)',
  '    return future',
  '',
  '',
  'async def main():',
  '    fut1 = network_request_async(2)',
  '    fut2 = network_request_async(3)',
  '    fut3 = network_request_async(4)',
  '    print(await fut1)',
  '    print(await fut2)',
  '    print(await fut3)',
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
          yield* py.line(at('future = loop.create_future()'));
          // Named as main() names it: the UI labels futures by their names.
          const future = loop.create_future(`fut${++made}`);
          yield* py.line(at('result = {"success": True, "result": number ** 2}'));
          const result = py.dict({ success: true, result: py.pow(number, 2n) });
          yield* py.line(at('loop.call_later(5.0, future.set_result, result)'));
          yield* loop.call_later(5.0, future.method('set_result'), [result]);
          yield* py.line(at('return future'));
          return future;
        },
        { line: defRequest },
      );
      const defMain = at('async def main():');
      yield* py.line(defMain);
      const main = py.async(
        'main',
        function* () {
          const futs: AsyncFuture[] = [];
          for (const [k, number] of [2n, 3n, 4n].entries()) {
            yield* py.line(at(`fut${k + 1} = network_request_async(${number})`));
            futs.push((yield* py.call(request, number)) as AsyncFuture);
          }
          for (const [k, fut] of futs.entries()) {
            yield* py.line(at(`print(await fut${k + 1})`));
            yield* py.print(yield* py.await(fut, `fut${k + 1}`));
          }
        },
        { line: defMain },
      );
      yield* py.line(at('asyncio.run(main())'));
      yield* py.asyncio.run(py.callAsync(main));
    },
  };
}

export const networkRequestAsyncio = programScenario({
  id: 'network-request-asyncio',
  title: 'network_request_async on the event loop',
  summary:
    'Three asyncio futures completed by loop.call_later(5.0, …); main() prints await fut1, fut2, fut3 in call order while suspended, not blocking MainThread.',
  teaches: ['await-blocks-thread', 'await-own-thread'],
  program,
});
