/* eslint-disable require-yield -- DSL function bodies are generators even when they never park */
/**
 * A port of CPython's FutureTests (Lib/test/test_concurrent_futures/test_future.py), one test
 * per original that applies to the model, named after it. The "timing dependent" ones are
 * exact here: the notifying thread is a Timer in virtual time.
 * Not ported: test_class_str (module names of a newer CPython than the versions modelled) and
 * test_get_snapshot (a private 3.14+ helper).
 */
import { describe, expect, it } from 'vitest';
import type { PyException, PyValue } from '../../src/core';
import { streamText } from '../../src/core';
import { futureIn, outcome } from './helpers';

describe('FutureTests (CPython test_future.py)', () => {
  it('test_done_callback_with_result', () => {
    const { value } = outcome(function* (py) {
      let callbackResult: PyValue = null;
      const f = py.Future('f');
      yield* f.add_done_callback(
        py.fn('fn', function* (cf: typeof f) {
          callbackResult = yield* cf.result();
        }),
      );
      yield* f.set_result(5n);
      return callbackResult;
    });
    expect(value).toBe(5n);
  });

  it('test_done_callback_with_exception', () => {
    const { value } = outcome(function* (py) {
      let exc: unknown = null;
      const f = py.Future('f');
      yield* f.add_done_callback(
        py.fn('fn', function* (cf: typeof f) {
          exc = yield* cf.exception();
        }),
      );
      yield* f.set_exception(py.exc.Exception.call('test'));
      return exc as PyException;
    });
    expect(value.args).toEqual(['test']);
  });

  it('test_done_callback_with_cancel', () => {
    const { value } = outcome(function* (py) {
      let wasCancelled: boolean | null = null;
      const f = py.Future('f');
      yield* f.add_done_callback(
        py.fn('fn', function* (cf: typeof f) {
          wasCancelled = cf.cancelled();
        }),
      );
      const cancelled = yield* f.cancel();
      return [cancelled, wasCancelled];
    });
    expect(value).toEqual([true, true]);
  });

  it('test_done_callback_raises', () => {
    const { value, trace } = outcome(function* (py) {
      let raisingWasCalled = false;
      let fnWasCalled = false;
      const f = py.Future('f');
      yield* f.add_done_callback(
        py.fn('raising_fn', function* () {
          raisingWasCalled = true;
          py.raise(py.exc.Exception.call('doh!'));
        }),
      );
      yield* f.add_done_callback(
        py.fn('fn', function* () {
          fnWasCalled = true;
        }),
      );
      yield* f.set_result(5n);
      return [raisingWasCalled, fnWasCalled];
    });
    expect(value).toEqual([true, true]);
    expect(streamText(trace, 'stderr')).toContain('Exception: doh!');
  });

  it('test_done_callback_already_successful', () => {
    const { value } = outcome(function* (py) {
      let callbackResult: PyValue = null;
      const f = py.Future('f');
      yield* f.set_result(5n);
      yield* f.add_done_callback(
        py.fn('fn', function* (cf: typeof f) {
          callbackResult = yield* cf.result();
        }),
      );
      return callbackResult;
    });
    expect(value).toBe(5n);
  });

  it('test_done_callback_already_failed', () => {
    const { value } = outcome(function* (py) {
      let exc: unknown = null;
      const f = py.Future('f');
      yield* f.set_exception(py.exc.Exception.call('test'));
      yield* f.add_done_callback(
        py.fn('fn', function* (cf: typeof f) {
          exc = yield* cf.exception();
        }),
      );
      return exc as PyException;
    });
    expect(value.args).toEqual(['test']);
  });

  it('test_done_callback_already_cancelled', () => {
    const { value } = outcome(function* (py) {
      let wasCancelled: boolean | null = null;
      const f = py.Future('f');
      const cancelled = yield* f.cancel();
      yield* f.add_done_callback(
        py.fn('fn', function* (cf: typeof f) {
          wasCancelled = cf.cancelled();
        }),
      );
      return [cancelled, wasCancelled];
    });
    expect(value).toEqual([true, true]);
  });

  it('test_done_callback_raises_already_succeeded', () => {
    const { trace } = outcome(function* (py) {
      const f = py.Future('f');
      // Set the result first so the callback runs immediately, inside add_done_callback.
      yield* f.set_result(5n);
      yield* f.add_done_callback(
        py.fn('raising_fn', function* () {
          py.raise(py.exc.Exception.call('doh!'));
        }),
      );
    });
    const stderr = streamText(trace, 'stderr');
    expect(stderr).toContain('exception calling callback for');
    expect(stderr).toContain('doh!');
  });

  it('test_repr', () => {
    const { value } = outcome(function* (py) {
      const states = [
        'PENDING',
        'RUNNING',
        'CANCELLED',
        'CANCELLED_AND_NOTIFIED',
        'EXCEPTION',
        'SUCCESSFUL',
      ] as const;
      const reprs: string[] = [];
      for (const s of states) reprs.push((yield* futureIn(py, s)).pyRepr());
      return reprs;
    });
    const [pending, running, cancelled, notified, exception, successful] = value;
    expect(pending).toMatch(/^<Future at 0x[0-9a-f]+ state=pending>$/);
    expect(running).toMatch(/^<Future at 0x[0-9a-f]+ state=running>$/);
    expect(cancelled).toMatch(/^<Future at 0x[0-9a-f]+ state=cancelled>$/);
    expect(notified).toMatch(/^<Future at 0x[0-9a-f]+ state=cancelled>$/);
    expect(exception).toMatch(/^<Future at 0x[0-9a-f]+ state=finished raised OSError>$/);
    expect(successful).toMatch(/^<Future at 0x[0-9a-f]+ state=finished returned int>$/);
  });

  it('test_cancel', () => {
    const { value } = outcome(function* (py) {
      const rows: [boolean, string][] = [];
      for (const s of [
        'PENDING',
        'RUNNING',
        'CANCELLED',
        'CANCELLED_AND_NOTIFIED',
        'EXCEPTION',
        'SUCCESSFUL',
      ] as const) {
        const f = yield* futureIn(py, s);
        rows.push([yield* f.cancel(), f.state]);
      }
      return rows;
    });
    expect(value).toEqual([
      [true, 'CANCELLED'],
      [false, 'RUNNING'],
      [true, 'CANCELLED'],
      [true, 'CANCELLED_AND_NOTIFIED'],
      [false, 'FINISHED'],
      [false, 'FINISHED'],
    ]);
  });

  const predicates = (pred: 'cancelled' | 'done' | 'running') =>
    outcome(function* (py) {
      const out: boolean[] = [];
      for (const s of [
        'PENDING',
        'RUNNING',
        'CANCELLED',
        'CANCELLED_AND_NOTIFIED',
        'EXCEPTION',
        'SUCCESSFUL',
      ] as const) {
        out.push((yield* futureIn(py, s))[pred]());
      }
      return out;
    }).value;

  it('test_cancelled', () => {
    expect(predicates('cancelled')).toEqual([false, false, true, true, false, false]);
  });

  it('test_done', () => {
    expect(predicates('done')).toEqual([false, false, true, true, true, true]);
  });

  it('test_running', () => {
    expect(predicates('running')).toEqual([false, true, false, false, false, false]);
  });

  const withTimeout0 = (method: 'result' | 'exception') =>
    outcome(function* (py) {
      const out: string[] = [];
      for (const s of [
        'PENDING',
        'RUNNING',
        'CANCELLED',
        'CANCELLED_AND_NOTIFIED',
        'EXCEPTION',
        'SUCCESSFUL',
      ] as const) {
        const f = yield* futureIn(py, s);
        try {
          const v = method === 'result' ? yield* f.result(0) : yield* f.exception(0);
          out.push(`returned ${py.repr(v as PyValue)}`);
        } catch (err) {
          out.push(`raised ${py.except(err).cls.qualifiedName}`);
        }
      }
      return out;
    }).value;

  it('test_result_with_timeout', () => {
    expect(withTimeout0('result')).toEqual([
      'raised TimeoutError',
      'raised TimeoutError',
      'raised concurrent.futures._base.CancelledError',
      'raised concurrent.futures._base.CancelledError',
      'raised OSError',
      'returned 42',
    ]);
  });

  it('test_result_with_success', () => {
    const { value } = outcome(function* (py) {
      const f1 = py.Future('f1');
      // Exact in virtual time: the notifier sets the result 1 s after the main thread waits.
      const t = py.Timer(
        1,
        py.fn('notification', function* () {
          yield* f1.set_result(42n);
        }),
      );
      yield* t.start();
      const r = yield* f1.result(5);
      yield* t.join();
      return [r, py.now];
    });
    expect(value).toEqual([42n, 1_000_000]);
  });

  it('test_result_with_cancel', () => {
    const { value } = outcome(function* (py) {
      const f1 = py.Future('f1');
      const t = py.Timer(
        1,
        py.fn('notification', function* () {
          yield* f1.cancel();
        }),
      );
      yield* t.start();
      try {
        yield* f1.result(300);
        return 'no error';
      } catch (err) {
        return py.except(err, py.exc.CancelledError).cls.name;
      } finally {
        yield* t.join();
      }
    });
    expect(value).toBe('CancelledError');
  });

  it('test_exception_with_timeout', () => {
    expect(withTimeout0('exception')).toEqual([
      'raised TimeoutError',
      'raised TimeoutError',
      'raised concurrent.futures._base.CancelledError',
      'raised concurrent.futures._base.CancelledError',
      'returned OSError()',
      'returned None',
    ]);
  });

  it('test_exception_with_success', () => {
    const { value } = outcome(function* (py) {
      const f1 = py.Future('f1');
      const t = py.Timer(
        1,
        py.fn('notification', function* () {
          yield* f1.set_exception(py.exc.OSError.call());
        }),
      );
      yield* t.start();
      const e = (yield* f1.exception(300)) as PyException;
      yield* t.join();
      return e.is(py.exc.OSError);
    });
    expect(value).toBe(true);
  });

  it('test_multiple_set_result', () => {
    const { value } = outcome(function* (py) {
      const f = py.Future('f');
      yield* f.set_result(1n);
      let message = '';
      try {
        yield* f.set_result(2n);
      } catch (err) {
        message = py.except(err, py.exc.InvalidStateError).pyStr();
      }
      return [message, f.done(), yield* f.result()];
    });
    expect(value[0]).toMatch(/^FINISHED: <Future at 0x[0-9a-f]+ state=finished returned int>$/);
    expect(value.slice(1)).toEqual([true, 1n]);
  });

  it('test_multiple_set_exception', () => {
    const { value } = outcome(function* (py) {
      const f = py.Future('f');
      const e = py.exc.ValueError.call();
      yield* f.set_exception(e);
      let message = '';
      try {
        yield* f.set_exception(py.exc.Exception.call());
      } catch (err) {
        message = py.except(err, py.exc.InvalidStateError).pyStr();
      }
      return [message, (yield* f.exception()) === e];
    });
    expect(value[0]).toMatch(
      /^FINISHED: <Future at 0x[0-9a-f]+ state=finished raised ValueError>$/,
    );
    expect(value[1]).toBe(true);
  });
});
