/**
 * The late callback: added after the future finished, it does not wait — it runs at once, in
 * the thread that adds it, before add_done_callback returns (spec CB-2).
 *
 * @example simulate(lateCallback.program()) // 'result: done', 'late callback runs in MainThread', 'add_done_callback returned'
 */
import type { Program } from '../../core';
import { sourceOf } from './lines';
import { programScenario } from '../program-scenario';

const { source, at } = sourceOf([
  'import threading',
  'from concurrent.futures import Future',
  '',
  'def late(future):',
  '    print("late callback runs in", threading.current_thread().name)',
  '',
  'fut = Future()',
  'timer = threading.Timer(1.0, lambda: fut.set_result("done"))',
  'timer.start()',
  'print("result:", fut.result())',
  'fut.add_done_callback(late)',
  'print("add_done_callback returned")',
]);

function program(): Program {
  return {
    source,
    *main(py) {
      yield* py.line(at('import threading'));
      yield* py.line(at('from concurrent.futures import Future'));
      yield* py.line(at('def late(future):'));
      const late = py.fn(
        'late',
        function* () {
          yield* py.line(at('print("late callback runs in", threading.current_thread().name)'));
          yield* py.print('late callback runs in', py.currentThread().name);
        },
        { line: at('def late(future):') },
      );
      yield* py.line(at('fut = Future()'));
      const fut = py.Future('fut');
      const timerLine = at('timer = threading.Timer(1.0, lambda: fut.set_result("done"))');
      yield* py.line(timerLine);
      const complete = py.fn(
        '<lambda>',
        function* () {
          yield* fut.set_result('done');
        },
        { line: timerLine },
      );
      const timer = py.Timer(1.0, complete);
      yield* py.line(at('timer.start()'));
      yield* timer.start();
      yield* py.line(at('print("result:", fut.result())'));
      yield* py.print('result:', yield* fut.result());
      yield* py.line(at('fut.add_done_callback(late)'));
      yield* fut.add_done_callback(late);
      yield* py.line(at('print("add_done_callback returned")'));
      yield* py.print('add_done_callback returned');
    },
  };
}

export const lateCallback = programScenario({
  id: 'late-callback',
  title: 'The late callback',
  summary:
    'A callback added to a future that has already finished runs at once, on the thread that adds it, before add_done_callback returns.',
  teaches: ['late-callback-waits', 'result-at-once'],
  program,
});
