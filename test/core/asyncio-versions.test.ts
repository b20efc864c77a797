/**
 * Where asyncio's output differs between CPython versions (each expectation was read from
 * the 3.8.18 … 3.13.0 interpreters): get_event_loop's warning and error, wait_for's
 * TimeoutError class, the task wakeup in a future's repr, a handle's arguments in its repr,
 * and the CancelledError gather reports for a cancelled child.
 */
import { describe, expect, it } from 'vitest';
import { consoleText } from '../../src/core';
import type { Py } from '../../src/core';
import { run } from './helpers';

const source = [
  'import asyncio',
  'loop = asyncio.get_event_loop()',
  'print(loop.is_running())',
].join('\n');

function getEventLoop(python: string) {
  return simulateMain(python, function* (py) {
    yield* py.line(1);
    yield* py.line(2);
    const loop = py.asyncio.get_event_loop();
    yield* py.line(3);
    yield* py.print(loop.is_running());
  });
}

function simulateMain(python: string, body: (py: Py) => Generator<never, void, never> | Generator) {
  return run(body as never, { python, scriptPath: '/p/s.py' }, source);
}

describe('asyncio.get_event_loop() outside a running loop', () => {
  it('makes a loop silently on 3.8–3.11', () => {
    for (const v of ['3.8', '3.10', '3.11']) expect(consoleText(getEventLoop(v))).toBe('False\n');
  });

  it('warns "There is no current event loop" on 3.12 and 3.13', () => {
    expect(consoleText(getEventLoop('3.12'))).toBe(
      '/p/s.py:2: DeprecationWarning: There is no current event loop\n' +
        '  loop = asyncio.get_event_loop()\nFalse\n',
    );
  });

  it('raises RuntimeError on 3.14', () => {
    expect(consoleText(getEventLoop('3.14'))).toMatch(
      /RuntimeError: There is no current event loop in thread 'MainThread'\.\n$/,
    );
  });
});

/** Prints what main() prints, on `python`. */
function runMain(python: string, body: (py: Py) => Generator<never, unknown, never> | Generator) {
  return consoleText(
    run(
      function* (py) {
        const main = py.async('main', () => body(py) as never, { line: 1 });
        yield* py.asyncio.run(py.callAsync(main));
      },
      { python, scriptPath: '/p/s.py' },
    ),
  );
}

describe('versioned text', () => {
  const timeoutClass = (python: string) =>
    runMain(python, function* (py) {
      try {
        yield* py.await(py.asyncio.wait_for(py.asyncio.sleep(5), 0.1));
      } catch (err) {
        yield* py.print(py.except(err).cls);
      }
    });

  it('wait_for raises asyncio.TimeoutError before 3.11, the builtin TimeoutError from 3.11', () => {
    expect(timeoutClass('3.10')).toBe("<class 'asyncio.exceptions.TimeoutError'>\n");
    expect(timeoutClass('3.11')).toBe("<class 'TimeoutError'>\n");
    expect(timeoutClass('3.12')).toBe("<class 'TimeoutError'>\n");
  });

  const waiterRepr = (python: string) =>
    runMain(python, function* (py) {
      const loop = py.asyncio.get_running_loop();
      const fut = loop.create_future('fut');
      const child = py.async('child', function* () {
        yield* py.await(fut, 'fut');
      });
      py.asyncio.create_task(py.callAsync(child));
      yield* py.await(py.asyncio.sleep(0));
      yield* py.print(fut);
      yield* fut.set_result(null);
    });

  it('shows the task wakeup as a TaskWakeupMethWrapper on 3.8–3.9, Task.task_wakeup() from 3.10', () => {
    expect(waiterRepr('3.9')).toMatch(
      /^<Future pending cb=\[<TaskWakeupMethWrapper object at 0x[0-9a-f]+>\(\)\]>\n$/,
    );
    expect(waiterRepr('3.10')).toBe('<Future pending cb=[Task.task_wakeup()]>\n');
  });

  const handleRepr = (python: string) =>
    runMain(python, function* (py) {
      const h = yield* py.asyncio.get_running_loop().call_soon(py.printFn, ['x']);
      yield* py.print(h);
      yield* h.cancel();
      yield* py.print(h);
    });

  it("drops a handle's arguments from its repr on 3.13, and a cancelled one's callback always", () => {
    expect(handleRepr('3.12')).toBe("<Handle print('x')>\n<Handle cancelled>\n");
    expect(handleRepr('3.13')).toBe('<Handle print()>\n<Handle cancelled>\n');
  });

  const gatherCancelled = (python: string) =>
    runMain(python, function* (py) {
      const child = py.async('child', function* () {
        yield* py.await(py.asyncio.sleep(1));
      });
      const t = py.asyncio.create_task(py.callAsync(child));
      const all = py.asyncio.gather([t], { return_exceptions: true });
      yield* py.await(py.asyncio.sleep(0));
      yield* t.cancel();
      yield* py.print(yield* py.await(all, 'gather(t)'));
    });

  it("puts CancelledError() for a cancelled child in gather's results on 3.8, CancelledError('') from 3.9", () => {
    expect(gatherCancelled('3.8')).toBe('[CancelledError()]\n');
    expect(gatherCancelled('3.9')).toBe("[CancelledError('')]\n");
    expect(gatherCancelled('3.13')).toBe("[CancelledError('')]\n");
  });
});
