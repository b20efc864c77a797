/**
 * Two workers, five jobs: work 1 and work 2 start at once, the other three wait in the pool's
 * queue as pending futures. Each goes to whichever worker is free first — work 3, 4 and 5 all
 * to ThreadPoolExecutor-0_1, whose jobs are short — not to the workers in turn.
 *
 * @example simulate(poolQueue.program()) // 'work 3 running: False', 'work 2 ran on ThreadPoolExecutor-0_1', …
 */
import type { Program, PyFuture, PyValue } from '../../core';
import { sourceOf } from '../misconceptions/lines';
import { programScenario } from '../program-scenario';

const JOBS_TEXT = '[(1, 0.4), (2, 0.1), (3, 0.1), (4, 0.1), (5, 0.2)]';

const { source, at } = sourceOf([
  'import threading',
  'import time',
  'from concurrent.futures import ThreadPoolExecutor',
  '',
  'def work(n, seconds):',
  '    time.sleep(seconds)',
  '    print("work", n, "ran on", threading.current_thread().name)',
  '',
  'with ThreadPoolExecutor(max_workers=2) as ex:',
  `    futures = [ex.submit(work, n, s) for n, s in ${JOBS_TEXT}]`,
  '    print("work 3 running:", futures[2].running())',
]);

/**
 * Each job's number and sleep. Worker _0 sleeps 0.4 s on work 1 while _1 runs work 2, 3 and 4
 * back to back (done at 0.1, 0.2, 0.3 s), then work 5 (0.5 s): no two finish at one instant.
 */
const JOBS = [
  [1n, 0.4],
  [2n, 0.1],
  [3n, 0.1],
  [4n, 0.1],
  [5n, 0.2],
] as const;

function program(): Program {
  return {
    source,
    *main(py) {
      yield* py.line(at('import threading'));
      yield* py.line(at('import time'));
      yield* py.line(at('from concurrent.futures import ThreadPoolExecutor'));
      yield* py.line(at('def work(n, seconds):'));
      const printLine = at('print("work", n, "ran on", threading.current_thread().name)');
      const work = py.fn(
        'work',
        function* (n: PyValue, seconds: PyValue) {
          yield* py.line(at('time.sleep(seconds)'));
          yield* py.sleep(seconds as number);
          yield* py.line(printLine);
          yield* py.print('work', n, 'ran on', py.currentThread().name);
        },
        { line: at('def work(n, seconds):') },
      );
      const withLine = at('with ThreadPoolExecutor(max_workers=2) as ex:');
      yield* py.line(withLine);
      const ex = py.ThreadPoolExecutor(2);
      const submitLine = at(`futures = [ex.submit(work, n, s) for n, s in ${JOBS_TEXT}]`);
      const futures: PyFuture[] = [];
      for (const [n, seconds] of JOBS) {
        // The comprehension runs its line once per job, so each submit is its own step.
        yield* py.line(submitLine);
        futures.push(yield* ex.submit(work, n, seconds));
      }
      yield* py.line(at('print("work 3 running:", futures[2].running())'));
      yield* py.print('work 3 running:', futures[2]!.running());
      // Leaving the block calls ex.shutdown(wait=True), reported on the `with` line.
      yield* py.line(withLine);
      yield* ex.shutdown(true);
    },
  };
}

export const poolQueue = programScenario({
  id: 'pool-queue',
  title: 'Two workers, five jobs',
  summary:
    'Five jobs of different lengths are submitted at once to a pool of only two workers; each job prints the worker that ran it.',
  teaches: ['submit-starts-at-once', 'workers-in-turn', 'job-on-caller', 'job-own-thread'],
  program,
});
