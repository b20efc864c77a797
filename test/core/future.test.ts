/* eslint-disable require-yield -- DSL function bodies are generators even when they never park */
/** Future rules of the spec (§1–§5, P-2), one describe per rule family. */
import { describe, expect, it } from 'vitest';
import type { PyFuture, TraceEvent } from '../../src/core';
import { consoleText, streamText } from '../../src/core';
import { futureIn, outcome, run } from './helpers';

const types = (events: TraceEvent[]) => events.map((e) => e.type);

describe('S-1..S-5: states and transitions', () => {
  it('S-2: PENDING → RUNNING → FINISHED, with one future.state event per step', () => {
    const trace = run(function* (py) {
      const f = py.Future('f');
      yield* f.set_running_or_notify_cancel();
      yield* f.set_result(1n);
    });
    const states = trace.events.filter((e) => e.type === 'future.state');
    expect(states.map((e) => e.type === 'future.state' && `${e.from}>${e.to}`)).toEqual([
      'PENDING>RUNNING',
      'RUNNING>FINISHED',
    ]);
  });

  it('S-4: cancel() in every state (value and resulting state)', () => {
    const { value } = outcome(function* (py) {
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
        out.push(`${String(yield* f.cancel())} ${f.state}`);
      }
      return out;
    });
    expect(value).toEqual([
      'true CANCELLED',
      'false RUNNING',
      'true CANCELLED',
      'true CANCELLED_AND_NOTIFIED',
      'false FINISHED',
      'false FINISHED',
    ]);
  });

  it('S-5: set_running_or_notify_cancel() on a RUNNING future logs the decimal id, then raises RuntimeError', () => {
    const { value, trace } = outcome(
      function* (py) {
        const f = yield* futureIn(py, 'RUNNING');
        try {
          yield* f.set_running_or_notify_cancel();
          return 'no error';
        } catch (err) {
          return py.except(err, py.exc.RuntimeError).pyStr();
        }
      },
      { firstAddress: '0x7f5a1c537ac8' },
    );
    expect(value).toBe('Future in unexpected state');
    expect(streamText(trace, 'stderr')).toBe(
      `Future ${0x7f5a1c537ac8} in unexpected state: RUNNING\n`,
    );
  });
});

describe('R-1..R-3: repr', () => {
  it('uses the configured first address, the class name and the type name of the result', () => {
    const { value } = outcome(
      function* (py) {
        const f = py.Future('f');
        const before = f.pyRepr();
        yield* f.set_result(py.dict({ success: true, result: 4n }));
        return [before, f.pyRepr(), py.Future('g', 'MyFuture').pyRepr()];
      },
      { firstAddress: '0x7f5a1c537ac8' },
    );
    expect(value[0]).toBe('<Future at 0x7f5a1c537ac8 state=pending>');
    expect(value[1]).toBe('<Future at 0x7f5a1c537ac8 state=finished returned dict>');
    expect(value[2]).toMatch(/^<MyFuture at 0x[0-9a-f]+ state=pending>$/);
  });
});

describe('C-1..C-3: completing', () => {
  it('C-3: a second set_result raises InvalidStateError and runs no callback again', () => {
    const { value, trace } = outcome(function* (py) {
      const f = py.Future('f');
      yield* f.add_done_callback(
        py.fn('cb', function* () {
          yield* py.print('cb');
        }),
      );
      yield* f.set_result(1n);
      try {
        yield* f.set_result(2n);
      } catch (err) {
        return py.except(err, py.exc.InvalidStateError).pyRepr();
      }
      return 'no error';
    });
    expect(value).toMatch(
      /^InvalidStateError\('FINISHED: <Future at 0x[0-9a-f]+ state=finished returned int>'\)$/,
    );
    expect(consoleText(trace)).toBe('cb\n');
  });

  it('C-2: set_exception prints nothing, ever', () => {
    const trace = run(function* (py) {
      yield* py.Future('f').set_exception(py.exc.ValueError.call('silent'));
    });
    expect(consoleText(trace)).toBe('');
  });
});

describe('G-1..G-3: result() and exception()', () => {
  it('G-3: result(timeout) blocks in virtual time, then raises TimeoutError at the deadline', () => {
    const trace = run(function* (py) {
      try {
        yield* py.Future('f').result(2.5);
      } catch (err) {
        py.except(err, py.exc.TimeoutError);
      }
    });
    const block = trace.events.find((e) => e.type === 'wait.begin');
    const unblock = trace.events.find((e) => e.type === 'wait.end');
    expect(block && block.type === 'wait.begin' && block.until).toBe(2_500_000);
    expect(unblock && unblock.type === 'wait.end' && [unblock.t, unblock.reason]).toEqual([
      2_500_000,
      'timeout',
    ]);
  });

  it('G-3: a timeout of 0 checks once without blocking', () => {
    const trace = run(function* (py) {
      try {
        yield* py.Future('f').result(0);
      } catch (err) {
        py.except(err, py.exc.TimeoutError);
      }
    });
    expect(types(trace.events)).not.toContain('wait.begin');
  });

  it('G-1: result() re-raises the same exception object', () => {
    const { value } = outcome(function* (py) {
      const f = py.Future('f');
      const err = py.exc.ValueError.call('boom');
      yield* f.set_exception(err);
      try {
        yield* f.result();
      } catch (e) {
        return py.except(e) === err && (yield* f.exception()) === err;
      }
      return false;
    });
    expect(value).toBe(true);
  });
});

describe('CB-1..CB-7 and P-2: done-callbacks', () => {
  it('CB-3/P-2: callbacks run on the completing Timer thread, before the blocked main thread resumes', () => {
    const trace = run(function* (py) {
      const f = py.Future('f');
      yield* f.add_done_callback(
        py.fn('cb', function* () {
          yield* py.print('callback', py.currentThread().name);
        }),
      );
      yield* py.Timer(1, f.method('set_result'), [1n]).start();
      yield* py.print('main got', yield* f.result());
    });
    expect(consoleText(trace)).toBe('callback Thread-1\nmain got 1\n');
    const order = trace.events
      .filter((e) => ['callback.return', 'wait.end'].includes(e.type))
      .map((e) => e.type);
    expect(order).toEqual(['callback.return', 'wait.end']);
  });

  it('CB-2: a callback added to a done future runs at once on the adding thread, marked immediate', () => {
    const trace = run(function* (py) {
      const f = py.Future('f');
      yield* f.set_result('x');
      yield* f.add_done_callback(
        py.fn('late', function* () {
          yield* py.print('late in', py.currentThread().name);
        }),
      );
      yield* py.print('after add');
    });
    expect(consoleText(trace)).toBe('late in MainThread\nafter add\n');
    const add = trace.events.find((e) => e.type === 'callback.add');
    expect(add && add.type === 'callback.add' && add.immediate).toBe(true);
  });

  it('CB-5: a raising callback is logged and the next one still runs (callback.raise logged=true)', () => {
    const trace = run(function* (py) {
      const f = py.Future('f');
      yield* f.add_done_callback(
        py.fn('bad', function* () {
          py.raise(py.exc.ValueError.call('oops'));
        }),
      );
      yield* f.add_done_callback(
        py.fn('good', function* () {
          yield* py.print('good');
        }),
      );
      yield* f.set_result(1n);
    });
    expect(streamText(trace, 'stderr')).toMatch(
      /^exception calling callback for <Future at 0x[0-9a-f]+ state=finished returned int>\nTraceback/,
    );
    expect(streamText(trace, 'stdout')).toBe('good\n');
    const raise = trace.events.find((e) => e.type === 'callback.raise');
    expect(raise && raise.type === 'callback.raise' && [raise.exception, raise.logged]).toEqual([
      "ValueError('oops')",
      true,
    ]);
  });

  it('CB-6: a BaseException escapes set_result, skips later callbacks, still wakes waiters', () => {
    const { value, trace } = outcome(function* (py) {
      const f: PyFuture = py.Future('f');
      yield* f.add_done_callback(
        py.fn('kb', function* () {
          py.raise(py.exc.KeyboardInterrupt);
        }),
      );
      yield* f.add_done_callback(
        py.fn('never', function* () {
          yield* py.print('never');
        }),
      );
      try {
        yield* f.set_result(1n);
      } catch (err) {
        return [py.except(err, py.exc.KeyboardInterrupt).cls.name, f.done()];
      }
      return [];
    });
    expect(value).toEqual(['KeyboardInterrupt', true]);
    expect(consoleText(trace)).toBe('');
  });

  it('CB-3: cancel() runs the callbacks on the cancelling thread', () => {
    const trace = run(function* (py) {
      const f = py.Future('f');
      yield* f.add_done_callback(
        py.fn('cb', function* (fut: PyFuture) {
          yield* py.print(fut.cancelled(), py.currentThread().name);
        }),
      );
      yield* f.cancel();
    });
    expect(consoleText(trace)).toBe('True MainThread\n');
  });
});
