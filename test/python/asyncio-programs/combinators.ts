/**
 * asyncio's combinators held to python3: gather's results in argument order, with
 * return_exceptions and without; wait_for's TimeoutError (asyncio's own class before 3.11,
 * the builtin from 3.11) and its result in time; as_completed in completion order.
 */
import type { PyValue } from '../../../src/core';
import type { OracleProgram } from '../programs/types';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

export const a10: OracleProgram = {
  name: 'a10_gather_results',
  source: lines(
    'import asyncio',
    '',
    'async def square(n, delay):',
    '    await asyncio.sleep(delay)',
    "    print('square', n)",
    '    return n * n',
    '',
    'async def main():',
    '    results = await asyncio.gather(square(2, 0.1), square(3, 0.02), square(4, 0.05))',
    '    print(results)',
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const square = py.async(
      'square',
      function* (n: PyValue, delay: PyValue) {
        yield* py.line(4);
        yield* py.await(py.asyncio.sleep(delay as number));
        yield* py.line(5);
        yield* py.print('square', n);
        yield* py.line(6);
        return (n as bigint) * (n as bigint);
      },
      { line: 3 },
    );
    yield* py.line(8);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(9);
        const all = py.asyncio.gather([
          py.callAsync(square, 2n, 0.1),
          py.callAsync(square, 3n, 0.02),
          py.callAsync(square, 4n, 0.05),
        ]);
        const results = yield* py.await(all, 'gather(…)');
        yield* py.line(10);
        yield* py.print(results);
      },
      { line: 8 },
    );
    yield* py.line(12);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a11: OracleProgram = {
  name: 'a11_gather_exceptions',
  source: lines(
    'import asyncio',
    '',
    'async def ok(n):',
    '    await asyncio.sleep(0.02)',
    '    return n',
    '',
    'async def bad():',
    '    await asyncio.sleep(0.01)',
    "    raise ValueError('bad input')",
    '',
    'async def main():',
    '    print(await asyncio.gather(ok(1), bad(), return_exceptions=True))',
    '    try:',
    '        await asyncio.gather(ok(2), bad())',
    '    except ValueError as e:',
    "        print('gather raised', repr(e))",
    '    await asyncio.sleep(0.05)',
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const ok = py.async(
      'ok',
      function* (n: PyValue) {
        yield* py.line(4);
        yield* py.await(py.asyncio.sleep(0.02));
        yield* py.line(5);
        return n;
      },
      { line: 3 },
    );
    yield* py.line(7);
    const bad = py.async(
      'bad',
      function* () {
        yield* py.line(8);
        yield* py.await(py.asyncio.sleep(0.01));
        yield* py.line(9);
        py.raise(py.exc.ValueError.call('bad input'));
      },
      { line: 7 },
    );
    yield* py.line(11);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(12);
        const both = py.asyncio.gather([py.callAsync(ok, 1n), py.callAsync(bad)], {
          return_exceptions: true,
        });
        yield* py.print(yield* py.await(both, 'gather(…)'));
        yield* py.line(13);
        try {
          yield* py.line(14);
          yield* py.await(
            py.asyncio.gather([py.callAsync(ok, 2n), py.callAsync(bad)]),
            'gather(…)',
          );
        } catch (err) {
          yield* py.line(15);
          const e = py.except(err, py.exc.ValueError);
          yield* py.line(16);
          yield* py.print('gather raised', py.repr(e));
        }
        yield* py.line(17);
        yield* py.await(py.asyncio.sleep(0.05));
      },
      { line: 11 },
    );
    yield* py.line(19);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a12: OracleProgram = {
  name: 'a12_wait_for',
  source: lines(
    'import asyncio',
    '',
    'async def slow():',
    '    try:',
    '        await asyncio.sleep(1)',
    '    except asyncio.CancelledError:',
    "        print('slow was cancelled')",
    '        raise',
    '',
    'async def main():',
    "    print(await asyncio.wait_for(asyncio.sleep(0.01, 'in time'), 1))",
    '    try:',
    '        await asyncio.wait_for(slow(), 0.05)',
    '    except asyncio.TimeoutError as e:',
    '        print(type(e), isinstance(e, TimeoutError))',
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const slow = py.async(
      'slow',
      function* () {
        yield* py.line(4);
        try {
          yield* py.line(5);
          yield* py.await(py.asyncio.sleep(1));
        } catch (err) {
          yield* py.line(6);
          const e = py.except(err, py.asyncio.CancelledError);
          yield* py.line(7);
          yield* py.print('slow was cancelled');
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
        const v = yield* py.await(py.asyncio.wait_for(py.asyncio.sleep(0.01, 'in time'), 1));
        yield* py.print(v);
        yield* py.line(12);
        try {
          yield* py.line(13);
          yield* py.await(py.asyncio.wait_for(py.callAsync(slow), 0.05));
        } catch (err) {
          yield* py.line(14);
          const e = py.except(err, py.asyncio.TimeoutError);
          yield* py.line(15);
          yield* py.print(e.cls, py.isinstance(e, py.exc.TimeoutError));
        }
      },
      { line: 10 },
    );
    yield* py.line(17);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a13: OracleProgram = {
  name: 'a13_as_completed',
  source: lines(
    'import asyncio',
    '',
    'async def job(name, delay):',
    '    await asyncio.sleep(delay)',
    '    return name',
    '',
    'async def main():',
    "    tasks = [asyncio.create_task(job(n, d)) for n, d in [('slow', 0.15), ('fast', 0.05), ('mid', 0.1)]]",
    '    for next_done in asyncio.as_completed(tasks):',
    '        print(await next_done)',
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const job = py.async(
      'job',
      function* (name: PyValue, delay: PyValue) {
        yield* py.line(4);
        yield* py.await(py.asyncio.sleep(delay as number));
        yield* py.line(5);
        return name;
      },
      { line: 3 },
    );
    yield* py.line(7);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(8);
        const spec: [string, number][] = [
          ['slow', 0.15],
          ['fast', 0.05],
          ['mid', 0.1],
        ];
        const tasks = spec.map(([n, d]) => py.asyncio.create_task(py.callAsync(job, n, d)));
        yield* py.line(9);
        for (const nextDone of py.asyncio.as_completed(tasks)) {
          yield* py.line(10);
          yield* py.print(yield* py.await(nextDone));
          yield* py.line(9);
        }
      },
      { line: 7 },
    );
    yield* py.line(12);
    yield* py.asyncio.run(py.callAsync(main));
  },
};
