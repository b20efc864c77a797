/* eslint-disable require-yield -- DSL function bodies are generators even when they never park */
/**
 * `threading.Event`: the flag, waiting on it in virtual time, and its repr. Expected strings
 * are what CPython prints (3.11: `<threading.Event at 0x…: unset>`; 3.8–3.10 have no repr of
 * their own: `<threading.Event object at 0x…>`).
 */
import { describe, expect, it } from 'vitest';
import { consoleText } from '../../src/core';
import { outcome, run } from './helpers';

const S = 1_000_000; // µs in a second

describe('threading.Event', () => {
  it('is_set / set / clear, and wait() returns the flag (CPython: False False False False / True True True / False)', () => {
    const trace = run(function* (py) {
      const e = py.Event('e');
      yield* py.print(e.is_set(), yield* e.wait(0.01), yield* e.wait(0), yield* e.wait(-1));
      yield* e.set();
      yield* py.print(e.is_set(), yield* e.wait(), yield* e.wait(0));
      e.clear();
      yield* py.print(e.is_set());
    });
    expect(consoleText(trace)).toBe('False False False False\nTrue True True\nFalse\n');
  });

  it('wait(timeout) on an unset flag returns False exactly `timeout` later', () => {
    const { value } = outcome(function* (py) {
      const e = py.Event('e');
      const t0 = py.now;
      const flag = yield* e.wait(1.5);
      return { flag, waited: py.now - t0 };
    });
    expect(value).toEqual({ flag: false, waited: 1.5 * S });
  });

  it('set() wakes every waiting thread at that instant, and they see True', () => {
    const trace = run(function* (py) {
      const e = py.Event('gate');
      const waiter = py.fn('waiter', function* () {
        const flag = yield* e.wait();
        yield* py.print(py.currentThread().name, flag, py.now / S);
      });
      const a = py.Thread(waiter, [], 'a');
      const b = py.Thread(waiter, [], 'b');
      yield* a.start();
      yield* b.start();
      yield* py.sleep(2);
      yield* e.set();
      yield* a.join();
      yield* b.join();
    });
    expect(consoleText(trace)).toBe('a True 2.0\nb True 2.0\n');
  });

  it('a thread left waiting forever is reported in the deadlock', () => {
    const trace = run(function* (py) {
      yield* py.Event('gate').wait();
    });
    const end = trace.events.at(-1);
    expect(end?.type === 'deadlock' && end.waiting).toEqual([
      { thread: 'MainThread', future: null, what: 'Event.wait() on gate' },
    ]);
  });
});

describe('threading.Event repr', () => {
  it('says set or unset (3.11+), with the same address every time it is taken', () => {
    const { value } = outcome(
      function* (py) {
        const e = py.Event();
        const first = py.repr(e);
        const second = py.repr(e);
        yield* e.set();
        return [first, second, py.repr(e)];
      },
      { python: '3.11' },
    );
    const [first, second, afterSet] = value;
    expect(first).toMatch(/^<threading\.Event at 0x[0-9a-f]+: unset>$/);
    expect(second).toBe(first);
    expect(afterSet).toBe(first?.replace('unset', 'set'));
  });

  it('is the default object repr before 3.11', () => {
    const { value } = outcome(
      function* (py) {
        const e = py.Event();
        return [py.repr(e), py.repr(e)];
      },
      { python: '3.10' },
    );
    expect(value[0]).toMatch(/^<threading\.Event object at 0x[0-9a-f]+>$/);
    expect(value[1]).toBe(value[0]);
  });

  it.each([0, 1, 3])(
    'does not move the addresses of objects made later (repr taken %i times)',
    (times) => {
      const { value } = outcome(function* (py) {
        const e = py.Event();
        for (let i = 0; i < times; i++) py.repr(e);
        const f = py.fn('f', function* () {
          return null;
        });
        return [py.repr(f), py.Future('fut').hexAddress];
      });
      const { value: reference } = outcome(function* (py) {
        py.Event();
        const f = py.fn('f', function* () {
          return null;
        });
        return [py.repr(f), py.Future('fut').hexAddress];
      });
      expect(value).toEqual(reference);
    },
  );
});
