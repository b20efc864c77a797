/**
 * Equal delays: two Timers of 1.0 s started one right after the other are due at almost the
 * same moment, and CPython may fire either first (spec P-3). The scenario says so and offers
 * both orderings, each a replay of the same source.
 *
 * @example equalDelays.orderings!.map((o) => o.label)
 */
import type { Program, PyFuture, PyValue } from '../../core';
import { sourceOf } from './lines';
import { programScenario, type Ordering } from '../program-scenario';

const { source, at } = sourceOf([
  'import threading',
  'from concurrent.futures import Future',
  '',
  'def request(number):',
  '    future = Future()',
  '    timer = threading.Timer(1.0, lambda: future.set_result(number ** 2))',
  '    timer.start()',
  '    return future',
  '',
  'def show(future):',
  '    print("Result is:", future.result(), "on", threading.current_thread().name)',
  '',
  'fut1 = request(2)',
  'fut2 = request(3)',
  'fut1.add_done_callback(show)',
  'fut2.add_done_callback(show)',
]);

/** CPython's Timers wake 1–50 ms late (spec T-4); 10 ms late is enough to swap a near-tie. */
const LATE_S = 0.01;

/** The program, with the Timer of call `late` (1-based) waking LATE_S late, or none late. */
function program(late: 1 | 2 | null): () => Program {
  return () => ({
    source,
    *main(py) {
      let calls = 0;
      yield* py.line(at('import threading'));
      yield* py.line(at('from concurrent.futures import Future'));
      yield* py.line(at('def request(number):'));
      const request = py.fn(
        'request',
        function* (number: PyValue) {
          const call = ++calls;
          yield* py.line(at('future = Future()'));
          const future = py.Future(`fut${call}`);
          const timerLine = at(
            'timer = threading.Timer(1.0, lambda: future.set_result(number ** 2))',
          );
          yield* py.line(timerLine);
          const complete = py.fn(
            '<lambda>',
            function* () {
              yield* future.set_result(py.pow(number, 2n));
            },
            { line: timerLine, qualname: 'request.<locals>.<lambda>' },
          );
          const timer = py.Timer(call === late ? 1.0 + LATE_S : 1.0, complete);
          yield* py.line(at('timer.start()'));
          yield* timer.start();
          yield* py.line(at('return future'));
          return future;
        },
        { line: at('def request(number):') },
      );
      yield* py.line(at('def show(future):'));
      const printLine = at(
        'print("Result is:", future.result(), "on", threading.current_thread().name)',
      );
      const show = py.fn(
        'show',
        function* (future) {
          yield* py.line(printLine);
          yield* py.print('Result is:', yield* future.result(), 'on', py.currentThread().name);
        },
        { line: at('def show(future):') },
      );
      yield* py.line(at('fut1 = request(2)'));
      const fut1 = (yield* py.call(request, 2n)) as PyFuture;
      yield* py.line(at('fut2 = request(3)'));
      const fut2 = (yield* py.call(request, 3n)) as PyFuture;
      yield* py.line(at('fut1.add_done_callback(show)'));
      yield* fut1.add_done_callback(show);
      yield* py.line(at('fut2.add_done_callback(show)'));
      yield* fut2.add_done_callback(show);
    },
  });
}

const orderings: Ordering[] = [
  { label: "fut1's Timer fires first (the order they were started)", program: program(null) },
  { label: "fut2's Timer fires first (fut1's wakes 10 ms late)", program: program(1) },
];

export const equalDelays = programScenario({
  id: 'equal-delays',
  title: 'Equal delays: either order',
  summary:
    'Two 1.0 s Timers started back to back are due at almost the same moment; CPython may print either result first.',
  teaches: ['call-order'],
  program: orderings[0]!.program,
  orderings,
  orderNote:
    'CPython may print these two lines in either order: both Timers are due at almost the same moment, and a Timer can wake a few milliseconds late. Both orderings are shown; neither is "the" answer. (Real CPython can even tear the two lines into each other, because print writes its pieces one by one; the replay shows each print whole.)',
});
