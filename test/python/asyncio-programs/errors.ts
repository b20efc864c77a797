/**
 * What asyncio prints on stderr, held to python3: a raising loop callback ("Exception in
 * callback …" with events.py's frame), a task's exception nobody retrieved ("Task exception
 * was never retrieved", logged here when the loop closes), and an exception escaping
 * asyncio.run (the traceback through runners.py and base_events.py, exit code 1), and a plain
 * Future's exception nobody retrieved.
 */
import type { PyValue } from '../../../src/core';
import type { OracleProgram } from '../programs/types';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

export const a18: OracleProgram = {
  name: 'a18_callback_errors_logged',
  source: lines(
    'import asyncio',
    '',
    'def bad(x):',
    '    raise ValueError(x)',
    '',
    'async def boom():',
    "    raise KeyError('k')",
    '',
    'async def main():',
    '    loop = asyncio.get_running_loop()',
    '    loop.call_soon(bad, 1)',
    '    fut = loop.create_future()',
    '    fut.add_done_callback(bad)',
    '    fut.set_result(2)',
    '    await asyncio.sleep(0.01)',
    '    t = asyncio.create_task(boom())',
    '    await asyncio.sleep(0.01)',
    "    print('main end')",
    '',
    'asyncio.run(main())',
    "print('after run')",
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const bad = py.fn(
      'bad',
      function* (x: PyValue) {
        yield* py.line(4);
        py.raise(py.exc.ValueError.call(x));
      },
      { line: 3 },
    );
    yield* py.line(6);
    const boom = py.async(
      'boom',
      function* () {
        yield* py.line(7);
        py.raise(py.exc.KeyError.call('k'));
      },
      { line: 6 },
    );
    yield* py.line(9);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(10);
        const loop = py.asyncio.get_running_loop();
        yield* py.line(11);
        yield* loop.call_soon(bad, [1n]);
        yield* py.line(12);
        const fut = loop.create_future('fut');
        yield* py.line(13);
        yield* fut.add_done_callback(bad);
        yield* py.line(14);
        yield* fut.set_result(2n);
        yield* py.line(15);
        yield* py.await(py.asyncio.sleep(0.01));
        yield* py.line(16);
        py.asyncio.create_task(py.callAsync(boom));
        yield* py.line(17);
        yield* py.await(py.asyncio.sleep(0.01));
        yield* py.line(18);
        yield* py.print('main end');
      },
      { line: 9 },
    );
    yield* py.line(20);
    yield* py.asyncio.run(py.callAsync(main));
    yield* py.line(21);
    yield* py.print('after run');
  },
};

export const a19: OracleProgram = {
  name: 'a19_uncaught_through_run',
  source: lines(
    'import asyncio',
    '',
    'async def inner():',
    '    await asyncio.sleep(0.01)',
    "    raise ValueError('inner failed')",
    '',
    'async def main():',
    '    task = asyncio.create_task(inner())',
    '    await task',
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const inner = py.async(
      'inner',
      function* () {
        yield* py.line(4);
        yield* py.await(py.asyncio.sleep(0.01));
        yield* py.line(5);
        py.raise(py.exc.ValueError.call('inner failed'));
      },
      { line: 3 },
    );
    yield* py.line(7);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(8);
        const task = py.asyncio.create_task(py.callAsync(inner));
        yield* py.line(9);
        yield* py.await(task, 'task');
      },
      { line: 7 },
    );
    yield* py.line(11);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a20: OracleProgram = {
  name: 'a20_future_exception_never_retrieved',
  source: lines(
    'import asyncio',
    '',
    'async def main():',
    '    fut = asyncio.get_running_loop().create_future()',
    "    fut.set_exception(ValueError('lost'))",
    "    print('main ends')",
    '',
    'asyncio.run(main())',
    "print('after')",
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(4);
        const fut = py.asyncio.get_running_loop().create_future('fut');
        yield* py.line(5);
        yield* fut.set_exception(py.exc.ValueError.call('lost'));
        yield* py.line(6);
        yield* py.print('main ends');
      },
      { line: 3 },
    );
    yield* py.line(8);
    yield* py.asyncio.run(py.callAsync(main));
    yield* py.line(9);
    yield* py.print('after');
  },
};
