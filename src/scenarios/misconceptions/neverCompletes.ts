/**
 * result() with a timeout: nothing ever calls set_result, so result(timeout=1.5) gives up
 * after 1.5 s and raises TimeoutError (spec G-3); without a timeout it would wait forever.
 *
 * @example simulate(neverCompletes.program()) // '…nobody completes', then 'TimeoutError; fut.done() is False'
 */
import type { Program } from '../../core';
import { sourceOf } from './lines';
import { programScenario } from '../program-scenario';

const { source, at } = sourceOf([
  'from concurrent.futures import Future, TimeoutError',
  '',
  'fut = Future()',
  'print("waiting up to 1.5 s for a future nobody completes")',
  'try:',
  '    fut.result(timeout=1.5)',
  'except TimeoutError:',
  '    print("TimeoutError; fut.done() is", fut.done())',
]);

function program(): Program {
  return {
    source,
    *main(py) {
      yield* py.line(at('from concurrent.futures import Future, TimeoutError'));
      yield* py.line(at('fut = Future()'));
      const fut = py.Future('fut');
      yield* py.line(at('print("waiting up to 1.5 s for a future nobody completes")'));
      yield* py.print('waiting up to 1.5 s for a future nobody completes');
      yield* py.line(at('try:'));
      try {
        yield* py.line(at('fut.result(timeout=1.5)'));
        yield* fut.result(1.5);
      } catch (err) {
        py.except(err, py.exc.FuturesTimeoutError);
        yield* py.line(at('except TimeoutError:'));
        yield* py.line(at('print("TimeoutError; fut.done() is", fut.done())'));
        yield* py.print('TimeoutError; fut.done() is', fut.done());
      }
    },
  };
}

export const neverCompletes = programScenario({
  id: 'never-completes',
  title: 'result() with a timeout',
  summary:
    'No Timer and no thread ever completes fut: result(timeout=1.5) waits 1.5 s and raises TimeoutError; fut stays pending.',
  teaches: ['always-completes', 'result-at-once'],
  program,
});
