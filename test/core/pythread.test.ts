/* eslint-disable require-yield -- DSL function bodies are generators even when they never park */
/**
 * `threading.Thread(target=…, args=…, name=…)` (spec T-2, TV-13): names, repr through its
 * life, start/join rules and errors. Expected strings are what CPython prints for the same
 * calls (3.11, and 3.9 where the name differs); thread idents aside.
 */
import { describe, expect, it } from 'vitest';
import { consoleText, streamText } from '../../src/core';
import { outcome, run } from './helpers';

const S = 1_000_000; // µs in a second
const maskIdent = (text: string) => text.replace(/ \d{6,}\)/g, ' <ident>)');

describe('Thread names (T-2)', () => {
  it.each([
    ['3.11', ['Thread-1 (show)', 'custom', 'Thread-2', 'Thread-3']],
    ['3.9', ['Thread-1', 'custom', 'Thread-2', 'Thread-3']],
  ] as const)(
    '%s: Thread-N from the counter Timers share; a target adds its name from 3.10',
    (python, names) => {
      const { value } = outcome(
        function* (py) {
          const show = py.fn('show', function* () {
            return null;
          });
          const t = py.Thread(show);
          const u = py.Thread(show, [], 'custom');
          const v = py.Thread(null);
          const timer = py.Timer(1, py.printFn);
          return [t.name, u.name, v.name, timer.name];
        },
        { python },
      );
      expect(value).toEqual(names);
    },
  );
});

describe('Thread life', () => {
  it('runs its target with its args on its own thread; repr initial → stopped (CPython 3.11)', () => {
    const trace = run(
      function* (py) {
        const show = py.fn('show', function* (a: bigint, b: string) {
          yield* py.print('in', py.currentThread().name, a, b);
          return null;
        });
        const t = py.Thread(show, [1n, 'x']);
        yield* py.print(t, t.is_alive());
        yield* t.start();
        yield* py.print(t, t.is_alive());
        yield* t.join();
        yield* py.print(t, t.is_alive());
      },
      { python: '3.11' },
    );
    expect(maskIdent(consoleText(trace))).toBe(
      '<Thread(Thread-1 (show), initial)> False\n' +
        '<Thread(Thread-1 (show), started <ident>)> True\n' +
        'in Thread-1 (show) 1 x\n' +
        '<Thread(Thread-1 (show), stopped <ident>)> False\n',
    );
  });

  it('join() waits in virtual time until the thread ends', () => {
    const { value } = outcome(function* (py) {
      const nap = py.fn('nap', function* () {
        yield* py.sleep(2);
        return null;
      });
      const t = py.Thread(nap);
      yield* t.start();
      yield* t.join();
      return py.now;
    });
    expect(value).toBeGreaterThanOrEqual(2 * S);
    expect(value).toBeLessThan(2.1 * S);
  });

  it('join(timeout) returns at the deadline with the thread still alive', () => {
    const { value } = outcome(function* (py) {
      const nap = py.fn('nap', function* () {
        yield* py.sleep(5);
        return null;
      });
      const t = py.Thread(nap);
      yield* t.start();
      const t0 = py.now;
      yield* t.join(0.5);
      return [py.now - t0, t.is_alive()];
    });
    expect(value).toEqual([0.5 * S, true]);
  });

  it('the main module ends, then the process waits for a non-daemon thread', () => {
    const trace = run(function* (py) {
      const late = py.fn('late', function* () {
        yield* py.sleep(3);
        yield* py.print('late');
        return null;
      });
      yield* py.Thread(late).start();
      yield* py.print('main done');
    });
    expect(consoleText(trace)).toBe('main done\nlate\n');
    const end = trace.events.at(-1);
    expect(end).toMatchObject({ type: 'program.end', exitCode: 0 });
    expect(end!.t).toBeGreaterThanOrEqual(3 * S);
  });
});

describe('Thread errors', () => {
  it.each([
    ['start() twice', "RuntimeError('threads can only be started once')"],
    ['join() before start()', "RuntimeError('cannot join thread before it is started')"],
  ])('%s raises %s', (which, expected) => {
    const { value } = outcome(function* (py) {
      const t = py.Thread(
        py.fn('f', function* () {
          return null;
        }),
      );
      try {
        if (which === 'start() twice') {
          yield* t.start();
          yield* t.start();
        } else {
          yield* t.join();
        }
        return 'no error';
      } catch (err) {
        return py.repr(py.except(err, py.exc.RuntimeError));
      }
    });
    expect(value).toBe(expected);
  });

  it('an exception in the target is reported as "Exception in thread …" on stderr; main goes on', () => {
    const trace = run(
      function* (py) {
        yield* py.line(1);
        const boom = py.fn(
          'boom',
          function* () {
            yield* py.line(2);
            return py.raise(py.exc.ValueError.call('bad'));
          },
          { line: 1 },
        );
        yield* py.line(3);
        const t = py.Thread(boom);
        yield* py.line(4);
        yield* t.start();
        yield* py.line(5);
        yield* t.join();
        yield* py.line(6);
        yield* py.print('main goes on');
      },
      { python: '3.11' },
      'def boom():\n    raise ValueError("bad")\nt = threading.Thread(target=boom)\nt.start()\nt.join()\nprint("main goes on")\n',
    );
    expect(consoleText(trace)).toContain('main goes on\n');
    const stderr = streamText(trace, 'stderr');
    expect(
      stderr.startsWith(
        'Exception in thread Thread-1 (boom):\nTraceback (most recent call last):\n',
      ),
    ).toBe(true);
    expect(stderr.endsWith('ValueError: bad\n')).toBe(true);
  });
});
