/**
 * wait(return_when=FIRST_COMPLETED): of three jobs sleeping 0.3 s, 0.1 s and 0.2 s, wait()
 * returns as soon as the first is done — fut2, at 0.1 s — with the other two still running.
 *
 * @example simulate(poolFirstCompleted.program()) // 'first done: work 2', '2 still running'
 */
import type { Program, PyFuture, PyValue } from '../../core';
import { sourceOf } from '../misconceptions/lines';
import { programScenario } from '../program-scenario';

const { source, at } = sourceOf([
  'import time',
  'from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED',
  '',
  'def work(n, seconds):',
  '    time.sleep(seconds)',
  '    return n',
  '',
  'with ThreadPoolExecutor(max_workers=3) as ex:',
  '    fut1 = ex.submit(work, 1, 0.3)',
  '    fut2 = ex.submit(work, 2, 0.1)',
  '    fut3 = ex.submit(work, 3, 0.2)',
  '    done, not_done = wait([fut1, fut2, fut3], return_when=FIRST_COMPLETED)',
  '    for fut in done:',
  '        print("first done: work", fut.result())',
  '    print(len(not_done), "still running")',
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
      yield* py.line(
        at('from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED'),
      );
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
      yield* py.line(at('done, not_done = wait([fut1, fut2, fut3], return_when=FIRST_COMPLETED)'));
      const { done, not_done } = yield* py.wait(futures, null, 'FIRST_COMPLETED');
      const forLine = at('for fut in done:');
      for (const fut of done) {
        yield* py.line(forLine);
        yield* py.line(at('print("first done: work", fut.result())'));
        yield* py.print('first done: work', yield* fut.result());
      }
      yield* py.line(forLine);
      yield* py.line(at('print(len(not_done), "still running")'));
      yield* py.print(BigInt(not_done.length), 'still running');
      // Leaving the block calls ex.shutdown(wait=True), reported on the `with` line.
      yield* py.line(withLine);
      yield* ex.shutdown(true);
    },
  };
}

export const poolFirstCompleted = programScenario({
  id: 'pool-first-completed',
  title: 'wait() for the first to finish',
  summary:
    'Three jobs sleep for different times; wait(return_when=FIRST_COMPLETED) returns as soon as one of them is done, while the others keep running.',
  teaches: ['call-order'],
  program,
});
