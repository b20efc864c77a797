/**
 * The start both `pool-as-completed` and `pool-first-completed` share: three jobs of 0.3 s,
 * 0.1 s and 0.2 s (finishing 0.1 s apart, never at one instant) submitted as fut1, fut2, fut3
 * to a pool of three workers. Each scenario adds the lines that take the futures back.
 *
 * @example
 *   const { source, at } = sourceOf(threeJobsSource('as_completed', [...]));
 *   const { ex, futures, withLine } = yield* submitThreeJobs(py, at);
 */
import type { Gen, Py, PyFuture, PyThreadPoolExecutor, PyValue } from '../../core';

const JOBS = [
  [1n, 0.3],
  [2n, 0.1],
  [3n, 0.2],
] as const;

/** The program's source: imports (`names` from concurrent.futures), `work`, the submits, then `rest`. */
export function threeJobsSource(names: string, rest: readonly string[]): string[] {
  return [
    'import time',
    `from concurrent.futures import ThreadPoolExecutor, ${names}`,
    '',
    'def work(n, seconds):',
    '    time.sleep(seconds)',
    '    return n',
    '',
    'with ThreadPoolExecutor(max_workers=3) as ex:',
    ...JOBS.map(([n, s], i) => `    fut${i + 1} = ex.submit(work, ${n}, ${s})`),
    ...rest,
  ];
}

/** Replays the shared start, line by line; the `with` line is where shutdown is reported. */
export function* submitThreeJobs(
  py: Py,
  at: (text: string) => number,
  names: string,
): Gen<{ ex: PyThreadPoolExecutor; futures: PyFuture[]; withLine: number }> {
  yield* py.line(at('import time'));
  yield* py.line(at(`from concurrent.futures import ThreadPoolExecutor, ${names}`));
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
  return { ex, futures, withLine };
}
