/**
 * submit() and as_completed(): three jobs submitted as fut1, fut2, fut3 sleep 0.3 s, 0.1 s and
 * 0.2 s on three workers; as_completed() hands them back as they finish — fut2, fut3, fut1 —
 * not in the order they were submitted.
 *
 * @example simulate(poolAsCompleted.program()) // 'work 2 is done', 'work 3 is done', 'work 1 is done'
 */
import type { Program, PyFuture, PyValue } from '../../core';
import { sourceOf } from '../misconceptions/lines';
import { programScenario } from '../program-scenario';

const { source, at } = sourceOf([
  'import time',
  'from concurrent.futures import ThreadPoolExecutor, as_completed',
  '',
  'def work(n, seconds):',
  '    time.sleep(seconds)',
  '    return n',
  '',
  'with ThreadPoolExecutor(max_workers=3) as ex:',
  '    fut1 = ex.submit(work, 1, 0.3)',
  '    fut2 = ex.submit(work, 2, 0.1)',
  '    fut3 = ex.submit(work, 3, 0.2)',
  '    for fut in as_completed([fut1, fut2, fut3]):',
  '        print("work", fut.result(), "is done")',
]);

/** Each job's number and how long it sleeps: finishing 0.1 s apart, never at one instant. */
const JOBS = [
  [1n, 0.3],
  [2n, 0.1],
  [3n, 0.2],
] as const;

function program(): Program {
  return {
    source,
    *main(py) {
      yield* py.line(at('import time'));
      yield* py.line(at('from concurrent.futures import ThreadPoolExecutor, as_completed'));
      yield* py.line(at('def work(n, seconds):'));
      const work = py.fn(
        'work',
        function* (n: PyValue, seconds: PyValue) {
          yield* py.line(at('time.sleep(seconds)'));
          yield* py.sleep(seconds as number);
          yield* py.line(at('return n'));
          return n;
        },
        { line: at('def work(n, seconds):') },
      );
      const withLine = at('with ThreadPoolExecutor(max_workers=3) as ex:');
      yield* py.line(withLine);
      const ex = py.ThreadPoolExecutor(3);
      const futures: PyFuture[] = [];
      for (const [i, [n, seconds]] of JOBS.entries()) {
        yield* py.line(at(`fut${i + 1} = ex.submit(work, ${n}, ${seconds})`));
        futures.push(yield* ex.submitAs(`fut${i + 1}`, work, n, seconds));
      }
      const forLine = at('for fut in as_completed([fut1, fut2, fut3]):');
      yield* py.line(forLine);
      const finished = py.as_completed(futures);
      for (let fut = yield* finished.next(); fut; fut = yield* finished.next()) {
        yield* py.line(at('print("work", fut.result(), "is done")'));
        yield* py.print('work', yield* fut.result(), 'is done');
        yield* py.line(forLine);
      }
      // Leaving the block calls ex.shutdown(wait=True), reported on the `with` line.
      yield* py.line(withLine);
      yield* ex.shutdown(true);
    },
  };
}

export const poolAsCompleted = programScenario({
  id: 'pool-as-completed',
  title: 'submit() and as_completed()',
  summary:
    'Three jobs of different lengths go to a pool of three workers; the main thread takes each future from as_completed() and prints its result.',
  teaches: ['call-order'],
  program,
});
