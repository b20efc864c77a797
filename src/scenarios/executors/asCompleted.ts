/**
 * submit() and as_completed(): three jobs submitted as fut1, fut2, fut3 sleep 0.3 s, 0.1 s and
 * 0.2 s on three workers; as_completed() hands them back as they finish — fut2, fut3, fut1 —
 * not in the order they were submitted.
 *
 * @example simulate(poolAsCompleted.program()) // 'work 2 is done', 'work 3 is done', 'work 1 is done'
 */
import type { Program } from '../../core';
import { sourceOf } from '../misconceptions/lines';
import { programScenario } from '../program-scenario';
import { submitThreeJobs, threeJobsSource } from './threeJobs';

const { source, at } = sourceOf(
  threeJobsSource('as_completed', [
    '    for fut in as_completed([fut1, fut2, fut3]):',
    '        print("work", fut.result(), "is done")',
  ]),
);

function program(): Program {
  return {
    source,
    *main(py) {
      const { ex, futures, withLine } = yield* submitThreeJobs(py, at, 'as_completed');
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
