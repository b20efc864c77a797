/**
 * The Lab's program for the core: the behaviour of the text `labSource` generates, line by
 * line. Each `py.line(b.line('…'))` names the labelled line of that text, so the two cannot
 * drift apart silently (an unknown label throws).
 *
 * @example simulate(labProgram(DEFAULT_LAB))
 */
import {
  EXC,
  PyExcClass,
  type Gen,
  type Program,
  type Py,
  type PyFunction,
  type PyFuture,
  type PyValue,
} from '../../core';
import { parsePyNumber } from '../pyliteral';
import { labNeedsShowResult, labSource, labUsesCallbacks, labUsesResult } from '../lab-source';
import type { SourceBuilder } from '../source-builder';
import type { LabParams } from '../types';

/** The value of a validated literal (`- 5` included, which CPython reads as unary minus). */
function numberValue(text: string): PyValue {
  const parsed = parsePyNumber(text);
  // LabParams are validated before they get here; a bad one is a caller's bug.
  if (!parsed.ok) throw new Error(`not a validated number literal: ${text}`);
  return parsed.value.value;
}

/** The builtin ConnectionError (an OSError), which the core's class table does not list. */
const ConnectionError = new PyExcClass('ConnectionError', 'builtins', EXC.OSError);

/** `def network_request_async(number, delay, outcome)` as the Lab program defines it. */
function defineNetworkRequestAsync(
  py: Py,
  b: SourceBuilder,
  nextName: () => string,
  lateS: (timerOrdinal: number) => number,
): PyFunction {
  const at = (label: string) => py.line(b.line(label));
  let timers = 0;
  return py.fn(
    'network_request_async',
    function* (number: PyValue, delay: number, outcome: string) {
      yield* at('nra.future');
      const future = py.Future(nextName());
      let result: PyValue;
      yield* at('nra.result');
      try {
        result = py.dict({ success: outcome !== 'fail', result: py.pow(number, 2n) });
      } catch (err) {
        const error = py.except(err, EXC.OverflowError);
        yield* at('nra.except');
        yield* at('nra.set_exception');
        yield* future.set_exception(error);
        yield* at('nra.return_early');
        return future;
      }
      yield* at('timer.def');
      const onTimer = py.fn(
        'on_timer',
        function* () {
          yield* at('timer.if');
          try {
            if (outcome === 'raise') {
              yield* at('timer.set_exception');
              const message = py.format('request {} failed', number);
              yield* future.set_exception(ConnectionError.call(message));
            } else {
              yield* at('timer.set_result');
              yield* future.set_result(result);
            }
          } catch (err) {
            const error = py.except(err, EXC.InvalidStateError);
            yield* at('timer.except');
            yield* at('timer.print');
            yield* py.print(py.format('Timer for {} fired too late: {}', number, error));
          }
        },
        { line: b.line('timer.def'), qualname: 'network_request_async.<locals>.on_timer' },
      );
      yield* at('nra.timer');
      // Another ordering (lab-orderings.ts) wakes some Timers a little late, as CPython may.
      const timer = py.Timer(delay + lateS(timers++), onTimer);
      yield* at('nra.start');
      yield* timer.start();
      yield* at('nra.return');
      return future;
    },
    { line: b.line('nra.def') },
  );
}

/** `def fetch_square(number, delay, outcome)`: the request plus `on_done_future`. */
function defineFetchSquare(py: Py, b: SourceBuilder, request: PyFunction): PyFunction {
  const at = (label: string) => py.line(b.line(label));
  return py.fn(
    'fetch_square',
    function* (number: PyValue, delay: PyValue, outcome: PyValue) {
      yield* at('fs.call');
      const fut = (yield* py.call(request, number, delay, outcome)) as PyFuture;
      yield* at('cb.def');
      const onDone = py.fn(
        'on_done_future',
        function* (future: PyFuture): Gen {
          yield* at('cb.cancelled');
          if (future.cancelled()) {
            yield* at('cb.print_cancelled');
            yield* py.print(py.format('Request for {} was cancelled', number));
            return;
          }
          yield* at('cb.exception');
          if ((yield* future.exception()) !== null) {
            yield* at('cb.print_raised');
            const error = yield* future.exception();
            yield* py.print(py.format('Request for {} raised {!r}', number, error));
            return;
          }
          yield* at('cb.result');
          const response = yield* future.result();
          yield* at('cb.success');
          if (py.getitem(response, 'success')) {
            yield* at('cb.print_result');
            yield* py.print(py.format('Result is: {}', py.getitem(response, 'result')));
          } else {
            yield* at('cb.print_failed');
            yield* py.print(py.format('Request for {} failed', number));
          }
        },
        { line: b.line('cb.def'), qualname: 'fetch_square.<locals>.on_done_future' },
      );
      yield* at('fs.add');
      yield* fut.add_done_callback(onDone);
      yield* at('fs.return');
      return fut;
    },
    { line: b.line('fs.def') },
  );
}

/** `def show_result(name, fut)`: prints the result, or what result() raised. */
function defineShowResult(py: Py, b: SourceBuilder, timeout: number | null): PyFunction {
  const at = (label: string) => py.line(b.line(label));
  return py.fn(
    'show_result',
    function* (name: PyValue, fut: PyFuture) {
      yield* at('show.print');
      try {
        const value = yield* fut.result(timeout);
        yield* py.print(value);
      } catch (err) {
        const error = py.except(err, EXC.Exception);
        yield* at('show.except');
        yield* at('show.print_error');
        yield* py.print(py.format('{}.result() raised {!r}', name, error));
      }
    },
    { line: b.line('show.def') },
  );
}

/**
 * The Lab's parameters as a program for `simulate()`. `lateUs`, by Timer creation order: how
 * much later than its interval each Timer wakes (another ordering CPython may print; none by
 * default).
 */
export function labProgram(lab: LabParams, lateUs: readonly number[] = []): Program {
  const b = labSource(lab);
  return {
    source: b.text(),
    *main(py) {
      const at = (label: string) => py.line(b.line(label));
      let futureCount = 0;
      yield* py.line(1);
      yield* py.line(2);
      yield* at('nra.def');
      const networkRequestAsync = defineNetworkRequestAsync(
        py,
        b,
        () => `fut${++futureCount}`,
        (ordinal) => (lateUs[ordinal] ?? 0) / 1_000_000,
      );
      let request = networkRequestAsync;
      if (labUsesCallbacks(lab)) {
        yield* at('fs.def');
        request = defineFetchSquare(py, b, networkRequestAsync);
      }
      let showResult: PyFunction | null = null;
      if (labNeedsShowResult(lab)) {
        yield* at('show.def');
        showResult = defineShowResult(py, b, lab.timeout);
      }
      const futs: PyFuture[] = [];
      for (const [i, number] of lab.numbers.entries()) {
        const n = i + 1;
        yield* at(`call:${n}`);
        const args = [numberValue(number), lab.delays[i] ?? 5, lab.outcomes[i] ?? 'ok'];
        const fut = (yield* py.call(request, ...args)) as PyFuture;
        futs.push(fut);
        if (b.has(`cancel:${n}`)) {
          yield* at(`cancel:${n}`);
          yield* fut.cancel();
        }
      }
      if (!labUsesResult(lab)) return;
      for (const [i, fut] of futs.entries()) {
        yield* at(`observe:${i + 1}`);
        if (showResult) yield* py.call(showResult, `fut${i + 1}`, fut);
        else yield* py.print(yield* fut.result(lab.timeout));
      }
    },
  };
}
