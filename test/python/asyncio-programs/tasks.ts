/**
 * Tasks held to python3: their reprs and names (`Task-N`, a given name), two tasks taking turns
 * at `sleep(0)`, cancelling a task (CancelledError inside it and for its awaiter), and
 * asyncio.run cancelling a task still pending when main returns.
 */
import type { PyTask, PyValue } from '../../../src/core';
import type { OracleProgram } from '../programs/types';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

export const a06: OracleProgram = {
  name: 'a06_task_reprs',
  source: lines(
    'import asyncio',
    '',
    'async def child(n):',
    '    await asyncio.sleep(0.05)',
    '    return n * 10',
    '',
    'async def main():',
    '    t = asyncio.create_task(child(1))',
    "    named = asyncio.create_task(child(2), name='second')",
    '    print(t)',
    '    await asyncio.sleep(0)',
    '    print(named.get_name(), named.done())',
    '    print(await t, await named)',
    '    print(t)',
    '    print(asyncio.current_task().get_name())',
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const child = py.async(
      'child',
      function* (n: PyValue) {
        yield* py.line(4);
        yield* py.await(py.asyncio.sleep(0.05));
        yield* py.line(5);
        return (n as bigint) * 10n;
      },
      { line: 3 },
    );
    yield* py.line(7);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(8);
        const t = py.asyncio.create_task(py.callAsync(child, 1n));
        yield* py.line(9);
        const named = py.asyncio.create_task(py.callAsync(child, 2n), 'second');
        yield* py.line(10);
        yield* py.print(t);
        yield* py.line(11);
        yield* py.await(py.asyncio.sleep(0));
        yield* py.line(12);
        yield* py.print(named.get_name(), named.done());
        yield* py.line(13);
        const a = yield* py.await(t, 't');
        yield* py.print(a, yield* py.await(named, 'named'));
        yield* py.line(14);
        yield* py.print(t);
        yield* py.line(15);
        yield* py.print((py.asyncio.current_task() as PyTask).get_name());
      },
      { line: 7 },
    );
    yield* py.line(17);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a07: OracleProgram = {
  name: 'a07_sleep_zero_interleave',
  source: lines(
    'import asyncio',
    '',
    'async def ticker(name, n):',
    '    for i in range(n):',
    '        print(name, i)',
    '        await asyncio.sleep(0)',
    '',
    'async def main():',
    "    await asyncio.gather(ticker('a', 3), ticker('b', 2))",
    "    print('done')",
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const ticker = py.async(
      'ticker',
      function* (name: PyValue, n: PyValue) {
        for (let i = 0n; i < (n as bigint); i++) {
          yield* py.line(4);
          yield* py.line(5);
          yield* py.print(name, i);
          yield* py.line(6);
          yield* py.await(py.asyncio.sleep(0));
        }
        yield* py.line(4);
      },
      { line: 3 },
    );
    yield* py.line(8);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(9);
        const all = py.asyncio.gather([
          py.callAsync(ticker, 'a', 3n),
          py.callAsync(ticker, 'b', 2n),
        ]);
        yield* py.await(all, 'gather(…)');
        yield* py.line(10);
        yield* py.print('done');
      },
      { line: 8 },
    );
    yield* py.line(12);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a08: OracleProgram = {
  name: 'a08_cancel_task',
  source: lines(
    'import asyncio',
    '',
    'async def worker():',
    '    try:',
    '        await asyncio.sleep(10)',
    '    except asyncio.CancelledError:',
    "        print('worker cancelled')",
    '        raise',
    '',
    'async def main():',
    '    task = asyncio.create_task(worker())',
    '    await asyncio.sleep(0.05)',
    '    print(task.cancel())',
    '    try:',
    '        await task',
    '    except asyncio.CancelledError:',
    "        print('main saw', task.cancelled(), task)",
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const worker = py.async(
      'worker',
      function* () {
        yield* py.line(4);
        try {
          yield* py.line(5);
          yield* py.await(py.asyncio.sleep(10));
        } catch (err) {
          yield* py.line(6);
          const e = py.except(err, py.asyncio.CancelledError);
          yield* py.line(7);
          yield* py.print('worker cancelled');
          yield* py.line(8);
          py.raise(e);
        }
      },
      { line: 3 },
    );
    yield* py.line(10);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(11);
        const task = py.asyncio.create_task(py.callAsync(worker));
        yield* py.line(12);
        yield* py.await(py.asyncio.sleep(0.05));
        yield* py.line(13);
        yield* py.print(yield* task.cancel());
        yield* py.line(14);
        try {
          yield* py.line(15);
          yield* py.await(task, 'task');
        } catch (err) {
          yield* py.line(16);
          py.except(err, py.asyncio.CancelledError);
          yield* py.line(17);
          yield* py.print('main saw', task.cancelled(), task);
        }
      },
      { line: 10 },
    );
    yield* py.line(19);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a09: OracleProgram = {
  name: 'a09_run_cancels_leftover_task',
  source: lines(
    'import asyncio',
    '',
    'async def forever():',
    '    try:',
    '        await asyncio.sleep(10)',
    '    finally:',
    "        print('cleanup on cancel')",
    '',
    'async def main():',
    '    task = asyncio.create_task(forever())',
    '    await asyncio.sleep(0.02)',
    "    print('main returns')",
    '',
    'asyncio.run(main())',
    "print('after run')",
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const forever = py.async(
      'forever',
      function* () {
        yield* py.line(4);
        try {
          yield* py.line(5);
          yield* py.await(py.asyncio.sleep(10));
        } finally {
          yield* py.line(6);
          yield* py.line(7);
          yield* py.print('cleanup on cancel');
        }
      },
      { line: 3 },
    );
    yield* py.line(9);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(10);
        py.asyncio.create_task(py.callAsync(forever));
        yield* py.line(11);
        yield* py.await(py.asyncio.sleep(0.02));
        yield* py.line(12);
        yield* py.print('main returns');
      },
      { line: 9 },
    );
    yield* py.line(14);
    yield* py.asyncio.run(py.callAsync(main));
    yield* py.line(15);
    yield* py.print('after run');
  },
};
