/**
 * result() blocks: the main thread prints before calling result(), then waits there until the
 * Timer completes the future, then prints the value (spec G-3).
 *
 * @example simulate(resultBlocks.program()) // 'before result()', then 2 s later 'after result(): 4'
 */
import type { Program } from '../../core';
import { sourceOf } from './lines';
import { programScenario } from '../program-scenario';

const { source, at } = sourceOf([
  'import threading',
  'from concurrent.futures import Future',
  '',
  'fut = Future()',
  'timer = threading.Timer(2.0, lambda: fut.set_result(4))',
  'timer.start()',
  'print("before result()")',
  'value = fut.result()',
  'print("after result():", value)',
]);

function program(): Program {
  return {
    source,
    *main(py) {
      yield* py.line(at('import threading'));
      yield* py.line(at('from concurrent.futures import Future'));
      yield* py.line(at('fut = Future()'));
      const fut = py.Future('fut');
      const timerLine = at('timer = threading.Timer(2.0, lambda: fut.set_result(4))');
      yield* py.line(timerLine);
      const complete = py.fn(
        '<lambda>',
        function* () {
          yield* fut.set_result(4n);
        },
        { line: timerLine },
      );
      const timer = py.Timer(2.0, complete);
      yield* py.line(at('timer.start()'));
      yield* timer.start();
      yield* py.line(at('print("before result()")'));
      yield* py.print('before result()');
      yield* py.line(at('value = fut.result()'));
      const value = yield* fut.result();
      yield* py.line(at('print("after result():", value)'));
      yield* py.print('after result():', value);
    },
  };
}

export const resultBlocks = programScenario({
  id: 'result-blocks',
  title: 'Printing around result()',
  summary:
    'The main thread prints, then waits inside fut.result() for 2 s until the Timer completes fut, and only then prints the value.',
  teaches: ['result-at-once', 'lines-at-once'],
  program,
});
