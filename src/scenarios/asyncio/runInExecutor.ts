/**
 * Blocking work moved off the loop with `loop.run_in_executor`: blocking_square sleeps 2.0 s
 * with `time.sleep` on a worker thread of a one-worker pool, while a second task, tick(),
 * prints every 0.5 s — the loop goes on. When the worker returns, its concurrent future wakes
 * the loop with `call_soon_threadsafe` (an arrow from the worker to MainThread), and main()
 * resumes on MainThread with the result.
 *
 * The pool is named (`thread_name_prefix="worker"`) rather than the loop's default executor,
 * whose threads CPython 3.8 names `ThreadPoolExecutor-0_0` and 3.9+ `asyncio_0`: this way the
 * program prints the same on every CPython from 3.8 to 3.14.
 *
 * @example streamText(simulate(runInExecutor.program()), 'stdout').split('\n')[3] // 'computed on worker_0'
 */
import type { Program, PyValue } from '../../core';
import { sourceOf } from '../misconceptions/lines';
import { programScenario } from '../program-scenario';

const { source, at } = sourceOf([
  'import asyncio',
  'import threading',
  'import time',
  'from concurrent.futures import ThreadPoolExecutor',
  '',
  '',
  'def blocking_square(number):',
  '    time.sleep(2.0)',
  '    print("computed on", threading.current_thread().name)',
  '    return number ** 2',
  '',
  '',
  'async def tick():',
  '    for i in range(3):',
  '        print("the loop goes on:", i)',
  '        await asyncio.sleep(0.5)',
  '',
  '',
  'async def main():',
  '    loop = asyncio.get_running_loop()',
  '    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker") as pool:',
  '        ticker = asyncio.create_task(tick())',
  '        result = await loop.run_in_executor(pool, blocking_square, 4)',
  '        print("Result is:", result, "on", threading.current_thread().name)',
  '        await ticker',
  '',
  '',
  'asyncio.run(main())',
]);

function program(): Program {
  return {
    source,
    *main(py) {
      for (const line of [
        'import asyncio',
        'import threading',
        'import time',
        'from concurrent.futures import ThreadPoolExecutor',
      ])
        yield* py.line(at(line));
      const defBlocking = at('def blocking_square(number):');
      yield* py.line(defBlocking);
      const blocking = py.fn(
        'blocking_square',
        function* (number: PyValue) {
          yield* py.line(at('time.sleep(2.0)'));
          yield* py.sleep(2.0);
          yield* py.line(at('print("computed on", threading.current_thread().name)'));
          yield* py.print('computed on', py.currentThread().name);
          yield* py.line(at('return number ** 2'));
          return py.pow(number, 2n);
        },
        { line: defBlocking },
      );
      const defTick = at('async def tick():');
      yield* py.line(defTick);
      const tick = py.async(
        'tick',
        function* () {
          const forLine = at('for i in range(3):');
          for (let i = 0n; i < 3n; i++) {
            yield* py.line(forLine);
            yield* py.line(at('print("the loop goes on:", i)'));
            yield* py.print('the loop goes on:', i);
            yield* py.line(at('await asyncio.sleep(0.5)'));
            yield* py.await(py.asyncio.sleep(0.5), 'asyncio.sleep(0.5)');
          }
          // The loop's header runs once more to find range(3) exhausted.
          yield* py.line(forLine);
        },
        { line: defTick },
      );
      const defMain = at('async def main():');
      yield* py.line(defMain);
      const main = py.async(
        'main',
        function* () {
          yield* py.line(at('loop = asyncio.get_running_loop()'));
          const loop = py.asyncio.get_running_loop();
          const withLine = at(
            'with ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker") as pool:',
          );
          yield* py.line(withLine);
          const pool = py.ThreadPoolExecutor(1, 'worker');
          yield* py.line(at('ticker = asyncio.create_task(tick())'));
          const ticker = py.asyncio.create_task(py.callAsync(tick));
          yield* py.line(at('result = await loop.run_in_executor(pool, blocking_square, 4)'));
          const inPool = yield* loop.run_in_executor(pool, blocking, 4n);
          const result = yield* py.await(inPool, 'loop.run_in_executor(pool, blocking_square, 4)');
          yield* py.line(at('print("Result is:", result, "on", threading.current_thread().name)'));
          yield* py.print('Result is:', result, 'on', py.currentThread().name);
          yield* py.line(at('await ticker'));
          yield* py.await(ticker, 'ticker');
          // Leaving the block calls pool.shutdown(wait=True), reported on the `with` line.
          yield* py.line(withLine);
          yield* pool.shutdown(true);
        },
        { line: defMain },
      );
      yield* py.line(at('asyncio.run(main())'));
      yield* py.asyncio.run(py.callAsync(main));
    },
  };
}

export const runInExecutor = programScenario({
  id: 'run-in-executor',
  title: 'run_in_executor: a blocking job and a ticker',
  summary:
    'blocking_square sleeps 2.0 s on a worker thread while tick() keeps printing on the loop; the worker’s result wakes the loop with call_soon_threadsafe, and main() resumes on MainThread.',
  teaches: ['await-blocks-thread', 'await-own-thread'],
  program,
});
