/**
 * Completion order vs call order: three requests called fut1, fut2, fut3 finish in the order
 * their Timers are due (1 s, 2 s, 3 s apart), so the callbacks print fut2, fut3, fut1.
 *
 * @example simulate(completionOrder.program()) // 'fut2 finished', 'fut3 finished', 'fut1 finished'
 */
import type { Program, PyFuture, PyValue } from '../../core';
import { sourceOf } from './lines';
import { programScenario } from '../program-scenario';

const { source, at } = sourceOf([
  'import threading',
  'from concurrent.futures import Future',
  '',
  'def request(name, delay):',
  '    future = Future()',
  '    timer = threading.Timer(delay, lambda: future.set_result(name))',
  '    timer.start()',
  '    return future',
  '',
  'def report(future):',
  '    print(future.result(), "finished")',
  '',
  'fut1 = request("fut1", 3.0)',
  'fut2 = request("fut2", 1.0)',
  'fut3 = request("fut3", 2.0)',
  'fut1.add_done_callback(report)',
  'fut2.add_done_callback(report)',
  'fut3.add_done_callback(report)',
]);

function program(): Program {
  return {
    source,
    *main(py) {
      yield* py.line(at('import threading'));
      yield* py.line(at('from concurrent.futures import Future'));
      yield* py.line(at('def request(name, delay):'));
      const request = py.fn(
        'request',
        function* (name: PyValue, delay: PyValue) {
          yield* py.line(at('future = Future()'));
          // Named for the caller's variable: the UI labels futures as the program uses them.
          const future = py.Future(String(name));
          const timerLine = at('timer = threading.Timer(delay, lambda: future.set_result(name))');
          yield* py.line(timerLine);
          const complete = py.fn(
            '<lambda>',
            function* () {
              yield* future.set_result(name);
            },
            { line: timerLine, qualname: 'request.<locals>.<lambda>' },
          );
          const timer = py.Timer(delay as number, complete);
          yield* py.line(at('timer.start()'));
          yield* timer.start();
          yield* py.line(at('return future'));
          return future;
        },
        { line: at('def request(name, delay):') },
      );
      yield* py.line(at('def report(future):'));
      const report = py.fn(
        'report',
        function* (future) {
          yield* py.line(at('print(future.result(), "finished")'));
          yield* py.print(yield* future.result(), 'finished');
        },
        { line: at('def report(future):') },
      );
      const futs: PyFuture[] = [];
      for (const [name, delay] of [
        ['fut1', 3.0],
        ['fut2', 1.0],
        ['fut3', 2.0],
      ] as const) {
        yield* py.line(at(`${name} = request("${name}", ${delay.toFixed(1)})`));
        futs.push((yield* py.call(request, name, delay)) as PyFuture);
      }
      for (const [i, fut] of futs.entries()) {
        yield* py.line(at(`fut${i + 1}.add_done_callback(report)`));
        yield* fut.add_done_callback(report);
      }
    },
  };
}

export const completionOrder = programScenario({
  id: 'completion-order',
  title: 'Three requests, three delays',
  summary:
    'fut1, fut2 and fut3 are called in that order, but finish when their Timers are due: fut2 at 1 s, fut3 at 2 s, fut1 at 3 s.',
  teaches: ['call-order', 'callback-main-thread'],
  program,
});
