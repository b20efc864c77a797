/**
 * `concurrent.futures.wait()` and `as_completed()` (spec §10, W-1..W-2), blocking in virtual
 * time. Expected strings are what CPython 3.11 prints for the same calls (addresses aside).
 */
import { describe, expect, it } from 'vitest';
import { consoleText } from '../../src/core';
import type { Gen, Py, PyFuture } from '../../src/core';
import { futureIn, outcome, run } from './helpers';

const S = 1_000_000; // µs in a second
const mask = (text: string) => text.replace(/0x[0-9a-f]+/g, '0x…');

/** A pending future that a Timer completes with `value` after `delay` seconds. */
function* completedAfter(py: Py, name: string, delay: number, value: bigint): Gen<PyFuture> {
  const f = py.Future(name);
  yield* py.Timer(delay, f.method('set_result'), [value]).start();
  return f;
}

/** A pending future that a Timer fails with ValueError after `delay` seconds. */
function* failedAfter(py: Py, name: string, delay: number): Gen<PyFuture> {
  const f = py.Future(name);
  yield* py.Timer(delay, f.method('set_exception'), [py.exc.ValueError.call('bad')]).start();
  return f;
}

describe('wait()', () => {
  it('with timeout=0 on pending futures returns at once: DoneAndNotDoneFutures(done=set(), …)', () => {
    const trace = run(function* (py) {
      const a = py.Future('a');
      const b = py.Future('b');
      yield* py.print(yield* py.wait([a, b], 0));
    });
    expect(mask(consoleText(trace))).toBe(
      'DoneAndNotDoneFutures(done=set(), not_done={<Future at 0x… state=pending>, <Future at 0x… state=pending>})\n',
    );
  });

  it('ALL_COMPLETED (the default) returns when the last future is done', () => {
    const { value } = outcome(function* (py) {
      const a = yield* completedAfter(py, 'a', 1, 1n);
      const b = yield* completedAfter(py, 'b', 3, 2n);
      const r = yield* py.wait([a, b]);
      return { at: py.now, done: r.done.length, notDone: r.not_done.length };
    });
    expect(value.at).toBeGreaterThanOrEqual(3 * S);
    expect(value.at).toBeLessThan(3.1 * S);
    expect(value).toMatchObject({ done: 2, notDone: 0 });
  });

  it('FIRST_COMPLETED returns when the first future is done, with the rest not done', () => {
    const { value } = outcome(function* (py) {
      const a = yield* completedAfter(py, 'a', 2, 1n);
      const b = yield* completedAfter(py, 'b', 1, 2n);
      const r = yield* py.wait([a, b], null, 'FIRST_COMPLETED');
      return {
        at: py.now,
        done: r.done.map((f) => f.varName),
        notDone: r.not_done.map((f) => f.varName),
      };
    });
    expect(value.at).toBeGreaterThanOrEqual(1 * S);
    expect(value.at).toBeLessThan(1.1 * S);
    expect(value).toMatchObject({ done: ['b'], notDone: ['a'] });
  });

  it('FIRST_EXCEPTION returns at the first raised exception, not at the first result', () => {
    const { value } = outcome(function* (py) {
      const ok = yield* completedAfter(py, 'ok', 1, 1n);
      const bad = yield* failedAfter(py, 'bad', 2);
      const slow = yield* completedAfter(py, 'slow', 5, 3n);
      const r = yield* py.wait([ok, bad, slow], null, 'FIRST_EXCEPTION');
      return { at: py.now, done: r.done.map((f) => f.varName) };
    });
    expect(value.at).toBeGreaterThanOrEqual(2 * S);
    expect(value.at).toBeLessThan(2.1 * S);
    expect(value.done).toEqual(['ok', 'bad']);
  });

  it('times out in virtual time, returning what is done by then', () => {
    const { value } = outcome(function* (py) {
      const a = yield* completedAfter(py, 'a', 1, 1n);
      const b = yield* completedAfter(py, 'b', 9, 2n);
      const r = yield* py.wait([a, b], 2.5);
      return {
        at: py.now,
        done: r.done.map((f) => f.varName),
        notDone: r.not_done.map((f) => f.varName),
      };
    });
    expect(value).toEqual({ at: 2.5 * S, done: ['a'], notDone: ['b'] });
  });

  it('W-2: a cancelled future counts as done only once notified (CPython: 0 1, then 1 0)', () => {
    const trace = run(function* (py) {
      const c = yield* futureIn(py, 'CANCELLED');
      let r = yield* py.wait([c], 0);
      yield* py.print(BigInt(r.done.length), BigInt(r.not_done.length));
      yield* c.set_running_or_notify_cancel();
      r = yield* py.wait([c], 0);
      yield* py.print(BigInt(r.done.length), BigInt(r.not_done.length));
    });
    expect(consoleText(trace)).toBe('0 1\n1 0\n');
  });

  it('counts a future passed twice once', () => {
    const { value } = outcome(function* (py) {
      const a = yield* futureIn(py, 'SUCCESSFUL');
      const r = yield* py.wait([a, a]);
      return r.done.length;
    });
    expect(value).toBe(1);
  });
});

describe('as_completed()', () => {
  it('yields futures as they complete, each once (CPython: [2, 1])', () => {
    const trace = run(function* (py) {
      const a = yield* completedAfter(py, 'a', 0.2, 1n);
      const b = yield* completedAfter(py, 'b', 0.1, 2n);
      const it = py.as_completed([a, b, a]);
      const results = [];
      for (let f = yield* it.next(); f; f = yield* it.next()) results.push(yield* f.result());
      yield* py.print(results);
    });
    expect(consoleText(trace)).toBe('[2, 1]\n');
  });

  it('yields futures finished while it waited in completion order, not the order given (CPython: [2, 1])', () => {
    const trace = run(function* (py) {
      const a = py.Future('a');
      const b = py.Future('b');
      const finish = py.fn('finish', function* () {
        yield* b.set_result(2n);
        yield* a.set_result(1n);
        return null;
      });
      yield* py.Timer(0.1, finish).start();
      const it = py.as_completed([a, b]);
      const results = [];
      for (let f = yield* it.next(); f; f = yield* it.next()) results.push(yield* f.result());
      yield* py.print(results);
    });
    expect(consoleText(trace)).toBe('[2, 1]\n');
  });

  it('yields the futures already done first, in the order given', () => {
    const { value } = outcome(function* (py) {
      const later = yield* completedAfter(py, 'later', 1, 0n);
      const x = yield* futureIn(py, 'SUCCESSFUL');
      const y = yield* futureIn(py, 'EXCEPTION');
      const it = py.as_completed([later, y, x]);
      const order = [];
      for (let f = yield* it.next(); f; f = yield* it.next()) order.push(f.varName);
      return order;
    });
    expect(value).toEqual(['exception_future', 'successful_future', 'later']);
  });

  it.each([
    ['3.11', "TimeoutError('1 (of 2) futures unfinished')"],
    ['3.10', "TimeoutError('1 (of 2) futures unfinished')"],
  ] as const)(
    'raises TimeoutError at the deadline, naming the unfinished count (%s)',
    (python, expected) => {
      const { value } = outcome(
        function* (py) {
          const a = yield* futureIn(py, 'SUCCESSFUL');
          const d = py.Future('d');
          const got: string[] = [];
          try {
            const it = py.as_completed([a, d], 0.05);
            for (let f = yield* it.next(); f; f = yield* it.next())
              got.push(`got ${String(yield* f.result())}`);
          } catch (err) {
            const e = py.except(err, py.exc.FuturesTimeoutError);
            got.push(`${py.repr(e)} at ${py.now}`);
          }
          return got;
        },
        { python },
      );
      expect(value).toEqual(['got 42', `${expected} at ${0.05 * S}`]);
    },
  );
});
