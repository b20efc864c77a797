/**
 * wait(return_when=FIRST_COMPLETED): of three jobs sleeping 0.3 s, 0.1 s and 0.2 s, wait()
 * returns as soon as the first is done — fut2, at 0.1 s — with the other two still running.
 *
 * @example simulate(poolFirstCompleted.program()) // 'first done: work 2', '2 still running'
 */
import type { Program } from '../../core';
import { sourceOf } from '../misconceptions/lines';
import { programScenario } from '../program-scenario';
import { submitThreeJobs, threeJobsSource } from './threeJobs';

const { source, at } = sourceOf(
  threeJobsSource('wait, FIRST_COMPLETED', [
    '    done, not_done = wait([fut1, fut2, fut3], return_when=FIRST_COMPLETED)',
    '    for fut in done:',
    '        print("first done: work", fut.result())',
    '    print(len(not_done), "still running")',
  ]),
);

function program(): Program {
  return {
    source,
    *main(py) {
      const { ex, futures, withLine } = yield* submitThreeJobs(py, at, 'wait, FIRST_COMPLETED');
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
  title: 'wait() with FIRST_COMPLETED',
  summary:
    'Three jobs sleep for different times; wait(return_when=FIRST_COMPLETED) returns as soon as one of them is done, while the others keep running.',
  teaches: ['call-order'],
  program,
});
