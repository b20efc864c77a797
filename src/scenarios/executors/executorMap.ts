/**
 * executor.map(): three jobs sleep 0.3 s, 0.1 s and 0.2 s and each prints as it finishes —
 * 0.1, 0.2, 0.3 — but map() gives their results in the order of its inputs: 0.3, 0.1, 0.2,
 * the first only once the slowest job is done.
 *
 * @example simulate(poolMap.program()) // 'slept 0.1 s', 'slept 0.2 s', 'slept 0.3 s', 'map gave 0.3', 'map gave 0.1', 'map gave 0.2'
 */
import type { Program, PyValue } from '../../core';
import { sourceOf } from '../misconceptions/lines';
import { programScenario } from '../program-scenario';

const SECONDS = [0.3, 0.1, 0.2] as const;

const { source, at } = sourceOf([
  'import time',
  'from concurrent.futures import ThreadPoolExecutor',
  '',
  'def work(seconds):',
  '    time.sleep(seconds)',
  '    print("slept", seconds, "s")',
  '    return seconds',
  '',
  'with ThreadPoolExecutor(max_workers=3) as ex:',
  `    for result in ex.map(work, [${SECONDS.join(', ')}]):`,
  '        print("map gave", result)',
]);

function program(): Program {
  return {
    source,
    *main(py) {
      yield* py.line(at('import time'));
      yield* py.line(at('from concurrent.futures import ThreadPoolExecutor'));
      yield* py.line(at('def work(seconds):'));
      const work = py.fn(
        'work',
        function* (seconds: PyValue) {
          yield* py.line(at('time.sleep(seconds)'));
          yield* py.sleep(seconds as number);
          yield* py.line(at('print("slept", seconds, "s")'));
          yield* py.print('slept', seconds, 's');
          yield* py.line(at('return seconds'));
          return seconds;
        },
        { line: at('def work(seconds):') },
      );
      const withLine = at('with ThreadPoolExecutor(max_workers=3) as ex:');
      yield* py.line(withLine);
      const ex = py.ThreadPoolExecutor(3);
      const forLine = at(`for result in ex.map(work, [${SECONDS.join(', ')}]):`);
      yield* py.line(forLine);
      // map() submits every job at once; the loop then waits for each result in input order.
      const results = yield* ex.map(work, [...SECONDS]);
      for (let r = yield* results.next(); r; r = yield* results.next()) {
        yield* py.line(at('print("map gave", result)'));
        yield* py.print('map gave', r.value);
        yield* py.line(forLine);
      }
      // Leaving the block calls ex.shutdown(wait=True), reported on the `with` line.
      yield* py.line(withLine);
      yield* ex.shutdown(true);
    },
  };
}

export const poolMap = programScenario({
  id: 'pool-map',
  title: 'executor.map() in a for loop',
  summary:
    'Three jobs sleep for different times and print as they finish; the loop prints each result map() gives it.',
  teaches: ['map-as-finished'],
  program,
});
