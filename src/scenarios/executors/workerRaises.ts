/**
 * A worker that raises: work(2) raises ValueError on its worker thread, and nothing is printed
 * there; the exception is stored in fut2, and fut2.result() raises it again in the main
 * thread, where the program catches it.
 *
 * @example simulate(poolRaises.program()) // '10', "fut2.result() raised ValueError('work 2 failed')"
 */
import type { Program, PyValue } from '../../core';
import { sourceOf } from '../misconceptions/lines';
import { programScenario } from '../program-scenario';

const { source, at } = sourceOf([
  'import time',
  'from concurrent.futures import ThreadPoolExecutor',
  '',
  'def work(n):',
  '    time.sleep(0.1 * n)',
  '    if n == 2:',
  '        raise ValueError("work 2 failed")',
  '    return n * 10',
  '',
  'with ThreadPoolExecutor(max_workers=2) as ex:',
  '    fut1, fut2 = ex.submit(work, 1), ex.submit(work, 2)',
  '    print(fut1.result())',
  '    try:',
  '        fut2.result()',
  '    except ValueError as e:',
  '        print("fut2.result() raised", repr(e))',
]);

function program(): Program {
  return {
    source,
    *main(py) {
      yield* py.line(at('import time'));
      yield* py.line(at('from concurrent.futures import ThreadPoolExecutor'));
      yield* py.line(at('def work(n):'));
      const work = py.fn(
        'work',
        function* (n: PyValue) {
          yield* py.line(at('time.sleep(0.1 * n)'));
          // 0.1 * 1 and 0.1 * 2 are exactly what JavaScript computes too.
          yield* py.sleep(0.1 * Number(n));
          yield* py.line(at('if n == 2:'));
          if (n === 2n) {
            yield* py.line(at('raise ValueError("work 2 failed")'));
            py.raise(py.exc.ValueError.call('work 2 failed'));
          }
          yield* py.line(at('return n * 10'));
          return (n as bigint) * 10n;
        },
        { line: at('def work(n):') },
      );
      const withLine = at('with ThreadPoolExecutor(max_workers=2) as ex:');
      yield* py.line(withLine);
      const ex = py.ThreadPoolExecutor(2);
      yield* py.line(at('fut1, fut2 = ex.submit(work, 1), ex.submit(work, 2)'));
      const fut1 = yield* ex.submitAs('fut1', work, 1n);
      const fut2 = yield* ex.submitAs('fut2', work, 2n);
      yield* py.line(at('print(fut1.result())'));
      yield* py.print(yield* fut1.result());
      yield* py.line(at('try:'));
      try {
        yield* py.line(at('fut2.result()'));
        yield* fut2.result();
      } catch (err) {
        const e = py.except(err, py.exc.ValueError);
        yield* py.line(at('except ValueError as e:'));
        yield* py.line(at('print("fut2.result() raised", repr(e))'));
        yield* py.print('fut2.result() raised', py.repr(e));
      }
      // Leaving the block calls ex.shutdown(wait=True), reported on the `with` line.
      yield* py.line(withLine);
      yield* ex.shutdown(true);
    },
  };
}

export const poolRaises = programScenario({
  id: 'pool-raises',
  title: 'A worker that raises',
  summary:
    'work(2) raises ValueError on its worker thread while the main thread waits for the results of fut1 and fut2.',
  teaches: ['result-at-once'],
  program,
});
