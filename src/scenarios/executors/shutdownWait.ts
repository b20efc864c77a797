/**
 * shutdown(wait=True) at the end of a `with` block: the main thread prints, reaches the end of
 * the block, and waits there until both jobs are done before the next line runs.
 *
 * @example simulate(poolShutdown.program()) // 'both submitted', 'work done after 0.1 s', 'work done after 0.2 s', 'the with block is over'
 */
import type { Program, PyValue } from '../../core';
import { sourceOf } from '../misconceptions/lines';
import { programScenario } from '../program-scenario';

const { source, at } = sourceOf([
  'import time',
  'from concurrent.futures import ThreadPoolExecutor',
  '',
  'def work(seconds):',
  '    time.sleep(seconds)',
  '    print("work done after", seconds, "s")',
  '',
  'with ThreadPoolExecutor(max_workers=2) as ex:',
  '    ex.submit(work, 0.2)',
  '    ex.submit(work, 0.1)',
  '    print("both submitted")',
  'print("the with block is over")',
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
          yield* py.line(at('print("work done after", seconds, "s")'));
          yield* py.print('work done after', seconds, 's');
        },
        { line: at('def work(seconds):') },
      );
      const withLine = at('with ThreadPoolExecutor(max_workers=2) as ex:');
      yield* py.line(withLine);
      const ex = py.ThreadPoolExecutor(2);
      for (const seconds of [0.2, 0.1]) {
        yield* py.line(at(`ex.submit(work, ${seconds})`));
        yield* ex.submit(work, seconds);
      }
      yield* py.line(at('print("both submitted")'));
      yield* py.print('both submitted');
      // Leaving the block calls ex.shutdown(wait=True), reported on the `with` line.
      yield* py.line(withLine);
      yield* ex.shutdown(true);
      yield* py.line(at('print("the with block is over")'));
      yield* py.print('the with block is over');
    },
  };
}

export const poolShutdown = programScenario({
  id: 'pool-shutdown',
  title: 'Leaving a with block',
  summary:
    'Two jobs are submitted inside a with block; leaving the block calls shutdown(wait=True), so the main thread waits there for the workers.',
  teaches: ['result-at-once'],
  program,
});
