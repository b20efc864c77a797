/**
 * Who runs the callback? The callback prints the name of the thread running it: the Timer's
 * thread that called set_result, not the main thread (spec CB-3).
 *
 * @example simulate(whoRunsCallback.program()) // prints 'main thread is MainThread', then 'on_done runs in Thread-1'
 */
import type { Program, PyFuture } from '../../core';
import { sourceOf } from './lines';
import { programScenario } from '../program-scenario';

const { source, at } = sourceOf([
  'import threading',
  'from concurrent.futures import Future',
  '',
  'def on_done(future):',
  '    print("on_done runs in", threading.current_thread().name)',
  '',
  'fut = Future()',
  'fut.add_done_callback(on_done)',
  'timer = threading.Timer(2.0, lambda: fut.set_result(42))',
  'timer.start()',
  'print("main thread is", threading.current_thread().name)',
]);

function program(): Program {
  return {
    source,
    *main(py) {
      yield* py.line(at('import threading'));
      yield* py.line(at('from concurrent.futures import Future'));
      yield* py.line(at('def on_done(future):'));
      const onDone = py.fn(
        'on_done',
        function* () {
          yield* py.line(at('print("on_done runs in", threading.current_thread().name)'));
          yield* py.print('on_done runs in', py.currentThread().name);
        },
        { line: at('def on_done(future):') },
      );
      yield* py.line(at('fut = Future()'));
      const fut: PyFuture = py.Future('fut');
      yield* py.line(at('fut.add_done_callback(on_done)'));
      yield* fut.add_done_callback(onDone);
      const timerLine = at('timer = threading.Timer(2.0, lambda: fut.set_result(42))');
      yield* py.line(timerLine);
      const complete = py.fn(
        '<lambda>',
        function* () {
          yield* fut.set_result(42n);
        },
        { line: timerLine },
      );
      const timer = py.Timer(2.0, complete);
      yield* py.line(at('timer.start()'));
      yield* timer.start();
      yield* py.line(at('print("main thread is", threading.current_thread().name)'));
      yield* py.print('main thread is', py.currentThread().name);
    },
  };
}

export const whoRunsCallback = programScenario({
  id: 'who-runs-callback',
  title: 'Who runs the callback?',
  summary:
    'on_done prints the thread running it: Thread-1, the Timer thread that called set_result, not MainThread.',
  teaches: ['callback-main-thread', 'callback-own-thread'],
  program,
});
