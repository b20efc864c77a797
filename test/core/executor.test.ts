/* eslint-disable require-yield -- DSL function bodies are generators even when they never park */
/**
 * `ThreadPoolExecutor` (spec §11, E-1..E-2): futures it hands out, its workers' names and
 * count, where work and callbacks run, errors, shutdown, and its repr. Expected strings are
 * what CPython 3.11 prints for the same calls (addresses aside).
 */
import { describe, expect, it } from 'vitest';
import { consoleText, streamText } from '../../src/core';
import type { PyFuture } from '../../src/core';
import { outcome, run } from './helpers';

const S = 1_000_000; // µs in a second
const mask = (text: string) => text.replace(/0x[0-9a-f]+/g, '0x…');

describe('ThreadPoolExecutor: submit and workers', () => {
  // Real CPython races here (it usually prints state=running first). In virtual time, as on
  // the playground's CPython, Thread.start() hands over to the new worker until it blocks.
  it('runs the function on ThreadPoolExecutor-0_0 and stores its value; a new worker runs first', () => {
    const trace = run(function* (py) {
      const show = py.fn('show', function* () {
        yield* py.print('in', py.currentThread().name);
        return null;
      });
      const ex = py.ThreadPoolExecutor(2);
      const f = yield* ex.submit(show);
      yield* py.print(f);
      yield* py.print(yield* f.result(), f);
      yield* ex.shutdown();
    });
    expect(mask(consoleText(trace))).toBe(
      'in ThreadPoolExecutor-0_0\n' +
        '<Future at 0x… state=finished returned NoneType>\n' +
        'None <Future at 0x… state=finished returned NoneType>\n',
    );
    const states = trace.events.flatMap((e) => (e.type === 'future.state' ? [e.to] : []));
    expect(states).toEqual(['RUNNING', 'FINISHED']);
  });

  it('starts workers lazily, never more than max_workers, and numbers unprefixed executors', () => {
    const trace = run(function* (py) {
      const nap = py.fn('nap', function* () {
        yield* py.sleep(1);
        return py.currentThread().name;
      });
      const ex = py.ThreadPoolExecutor(2);
      const fs: PyFuture[] = [];
      for (let i = 0; i < 4; i++) fs.push(yield* ex.submit(nap));
      for (const f of fs) yield* py.print(yield* f.result());
      yield* ex.shutdown();
      const ex2 = py.ThreadPoolExecutor(1, 'pool');
      yield* py.print(yield* (yield* ex2.submit(nap)).result());
      yield* ex2.shutdown();
      const ex3 = py.ThreadPoolExecutor(1);
      yield* py.print(yield* (yield* ex3.submit(nap)).result());
      yield* ex3.shutdown();
    });
    expect(consoleText(trace)).toBe(
      'ThreadPoolExecutor-0_0\nThreadPoolExecutor-0_1\nThreadPoolExecutor-0_0\nThreadPoolExecutor-0_1\n' +
        'pool_0\nThreadPoolExecutor-1_0\n',
    );
    const workers = trace.events.filter((e) => e.type === 'thread.start' && e.kind === 'worker');
    expect(workers.map((e) => e.thread)).toEqual([
      'ThreadPoolExecutor-0_0',
      'ThreadPoolExecutor-0_1',
      'pool_0',
      'ThreadPoolExecutor-1_0',
    ]);
    // Two workers, four one-second tasks: the last result is ready after 2 s.
    const last = trace.events.filter((e) => e.type === 'stdout')[3];
    expect(last!.t).toBeGreaterThanOrEqual(2 * S);
    expect(last!.t).toBeLessThan(2.1 * S);
  });

  it('workers are daemon threads on 3.8 only (E-2)', () => {
    const daemonOn = (python: '3.8' | '3.9') =>
      run(
        function* (py) {
          const ex = py.ThreadPoolExecutor(1);
          yield* ex.submit(
            py.fn('f', function* () {
              return null;
            }),
          );
          yield* ex.shutdown();
        },
        { python },
      ).events.find((e) => e.type === 'thread.start' && e.kind === 'worker');
    expect(daemonOn('3.8')).toMatchObject({ daemon: true });
    expect(daemonOn('3.9')).toMatchObject({ daemon: false });
  });

  it('stores an exception the function raises and prints nothing', () => {
    const trace = run(function* (py) {
      const boom = py.fn('boom', function* () {
        return py.raise(py.exc.ValueError.call('bad'));
      });
      const ex = py.ThreadPoolExecutor(1, 'pool');
      const g = yield* ex.submit(boom);
      yield* py.print(py.repr(yield* g.exception()), g);
      yield* ex.shutdown();
    });
    expect(mask(consoleText(trace))).toBe(
      "ValueError('bad') <Future at 0x… state=finished raised ValueError>\n",
    );
    expect(streamText(trace, 'stderr')).toBe('');
  });

  it('runs a done-callback on the worker that completes the future', () => {
    const trace = run(function* (py) {
      const gate = py.Event('gate');
      const task = py.fn('task', function* () {
        yield* gate.wait();
        return 10n;
      });
      const ex = py.ThreadPoolExecutor(1);
      const a = yield* ex.submit(task);
      yield* a.add_done_callback(
        py.fn('<lambda>', function* (f: PyFuture) {
          yield* py.print('callback in', py.currentThread().name, f);
        }),
      );
      yield* gate.set();
      yield* ex.shutdown();
    });
    expect(mask(consoleText(trace))).toBe(
      'callback in ThreadPoolExecutor-0_0 <Future at 0x… state=finished returned int>\n',
    );
  });

  it('refuses work after shutdown: RuntimeError', () => {
    const { value } = outcome(function* (py) {
      const ex = py.ThreadPoolExecutor(1);
      yield* ex.shutdown();
      try {
        yield* ex.submit(py.printFn);
        return 'submitted';
      } catch (err) {
        return py.repr(py.except(err, py.exc.RuntimeError));
      }
    });
    expect(value).toBe("RuntimeError('cannot schedule new futures after shutdown')");
  });

  it('shutdown(wait=True) returns when the last worker has finished its work', () => {
    const { value } = outcome(function* (py) {
      const ex = py.ThreadPoolExecutor(2);
      const nap = py.fn('nap', function* (s: number) {
        yield* py.sleep(s);
        return null;
      });
      yield* ex.submit(nap, 1);
      yield* ex.submit(nap, 3);
      const t0 = py.now;
      yield* ex.shutdown();
      return py.now - t0;
    });
    expect(value).toBeGreaterThanOrEqual(3 * S);
    expect(value).toBeLessThan(3.1 * S);
  });
});

describe('ThreadPoolExecutor repr', () => {
  it('is the default object repr, with the same address every time it is taken', () => {
    const { value } = outcome(function* (py) {
      const ex = py.ThreadPoolExecutor(1);
      return [py.repr(ex), py.repr(ex)];
    });
    expect(value[0]).toMatch(
      /^<concurrent\.futures\.thread\.ThreadPoolExecutor object at 0x[0-9a-f]+>$/,
    );
    expect(value[1]).toBe(value[0]);
  });

  it.each([0, 1, 3])(
    'does not move the addresses of objects made later (repr taken %i times)',
    (times) => {
      const later = (reprs: number) =>
        outcome(function* (py) {
          const ex = py.ThreadPoolExecutor(1);
          for (let i = 0; i < reprs; i++) py.repr(ex);
          const f = py.fn('f', function* () {
            return null;
          });
          return [py.repr(f), py.Future('fut').hexAddress];
        }).value;
      expect(later(times)).toEqual(later(0));
    },
  );
});
