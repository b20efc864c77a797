/* eslint-disable require-yield -- DSL function bodies are generators even when they never park */
/** threading.Timer rules of the spec (§6, T-2..T-8), one test per rule or case. */
import { describe, expect, it } from 'vitest';
import { PyException, consoleText, streamText } from '../../src/core';
import { outcome, run } from './helpers';

const S = 1_000_000; // µs in a second

describe('T-2: Timer thread names', () => {
  it('are Thread-1, Thread-2 … in creation order, with no suffix', () => {
    const { value } = outcome(function* (py) {
      const a = py.Timer(1, py.printFn, ['a']);
      const b = py.Timer(1, py.printFn, ['b']);
      return [a.name, b.name];
    });
    expect(value).toEqual(['Thread-1', 'Thread-2']);
  });
});

describe('T-4: firing', () => {
  it('calls the function on the Timer thread, exactly `interval` after start()', () => {
    const trace = run(function* (py) {
      yield* py
        .Timer(
          2.5,
          py.fn('f', function* () {
            yield* py.print('in', py.currentThread().name);
          }),
        )
        .start();
    });
    const start = trace.events.find((e) => e.type === 'timer.start');
    const fire = trace.events.find((e) => e.type === 'timer.fire');
    expect(fire?.thread).toBe('Thread-1');
    expect(fire!.t - start!.t).toBe(2.5 * S);
    expect(consoleText(trace)).toBe('in Thread-1\n');
    expect(trace.events.find((e) => e.type === 'stdout')?.t).toBeGreaterThanOrEqual(fire!.t);
  });

  it.each([0, -1])('fires at once when the interval is %s', (interval) => {
    const trace = run(function* (py) {
      yield* py.Timer(interval, py.printFn, ['now']).start();
    });
    const start = trace.events.find((e) => e.type === 'timer.start');
    const fire = trace.events.find((e) => e.type === 'timer.fire');
    expect(fire!.t).toBe(start!.t);
    expect(consoleText(trace)).toBe('now\n');
  });
});

describe('T-5: cancel()', () => {
  it('before firing: returns None and the function never runs', () => {
    const { value, trace } = outcome(function* (py) {
      const t = py.Timer(1, py.printFn, ['never']);
      yield* t.start();
      return yield* t.cancel();
    });
    expect(value).toBeNull();
    expect(consoleText(trace)).toBe('');
    const cancel = trace.events.find((e) => e.type === 'timer.cancel');
    expect(cancel?.type === 'timer.cancel' && cancel.effective).toBe(true);
  });

  it('before start(): start() still runs a thread, which exits without calling the function', () => {
    const trace = run(function* (py) {
      const t = py.Timer(1, py.printFn, ['never']);
      yield* t.cancel();
      yield* t.start();
    });
    expect(consoleText(trace)).toBe('');
    expect(trace.events.some((e) => e.type === 'thread.start' && e.thread === 'Thread-1')).toBe(
      true,
    );
    expect(trace.events.some((e) => e.type === 'timer.fire')).toBe(false);
  });

  it('after firing: no effect (the function ran once)', () => {
    const trace = run(function* (py) {
      const t = py.Timer(0.5, py.printFn, ['fired']);
      yield* t.start();
      yield* py.sleep(1);
      yield* py.print('cancel ->', yield* t.cancel());
    });
    expect(consoleText(trace)).toBe('fired\ncancel -> None\n');
    const cancel = trace.events.find((e) => e.type === 'timer.cancel');
    expect(cancel?.type === 'timer.cancel' && cancel.effective).toBe(false);
  });

  it('start() twice raises RuntimeError: threads can only be started once', () => {
    const { value } = outcome(function* (py) {
      const t = py.Timer(1, py.printFn, ['x']);
      yield* t.start();
      try {
        yield* t.start();
        return 'no error';
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        return `${e.cls.name}: ${e.pyStr()}`;
      } finally {
        yield* t.cancel();
      }
    });
    expect(value).toBe('RuntimeError: threads can only be started once');
  });
});

describe('T-6: repr(timer)', () => {
  it('is initial before start, started <ident> while alive, stopped <ident> after', () => {
    const { value } = outcome(function* (py) {
      const t = py.Timer(0.5, py.printFn, ['x']);
      const before = py.repr(t);
      yield* t.start();
      const alive = py.repr(t);
      yield* t.join();
      return [before, alive, py.repr(t)];
    });
    expect(value[0]).toBe('<Timer(Thread-1, initial)>');
    expect(value[1]).toMatch(/^<Timer\(Thread-1, started \d+\)>$/);
    expect(value[2]).toBe(value[1]!.replace('started', 'stopped'));
  });
});

describe('T-7/T-8: cancelling the Future does not cancel its Timer', () => {
  it('the Timer still fires, its set_result raises InvalidStateError on its own thread, and the report goes to stderr', () => {
    const trace = run(function* (py) {
      const future = py.Future('future');
      yield* py
        .Timer(
          0.05,
          py.fn(
            '<lambda>',
            function* () {
              yield* future.set_result(1n);
            },
            { line: 4 },
          ),
        )
        .start();
      yield* py.print('cancel() ->', yield* future.cancel());
    });
    expect(consoleText(trace)).toMatch(/^cancel\(\) -> True\n/);
    const stderr = streamText(trace, 'stderr');
    expect(stderr).toMatch(
      /^Exception in thread Thread-1:\nTraceback \(most recent call last\):\n/,
    );
    expect(stderr).toMatch(
      /concurrent\.futures\._base\.InvalidStateError: CANCELLED: <Future at 0x[0-9a-f]+ state=cancelled>\n$/,
    );
    expect(trace.events.find((e) => e.type === 'stderr')?.thread).toBe('Thread-1');
  });
});
