/**
 * The loop meets threads, held to python3: run_in_executor on the default pool (`asyncio_0`
 * from 3.9), wrap_future over a pool's future, call_soon_threadsafe from a thread (the
 * callback still runs on the loop's thread), and a loop driven by hand (run_until_complete,
 * run_forever with a timed stop, close).
 */
import type { AsyncFuture, PyEventLoop, PyValue } from '../../../src/core';
import type { OracleProgram } from '../programs/types';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

export const a14: OracleProgram = {
  name: 'a14_run_in_executor',
  source: lines(
    'import asyncio',
    'import threading',
    'import time',
    '',
    'def blocking(n):',
    '    time.sleep(0.05)',
    '    return threading.current_thread().name, n * n',
    '',
    'async def main():',
    '    loop = asyncio.get_running_loop()',
    '    fut = loop.run_in_executor(None, blocking, 3)',
    '    print(fut)',
    "    print('result', await fut)",
    "    print('main on', threading.current_thread().name)",
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    for (const n of [1, 2, 3]) yield* py.line(n);
    yield* py.line(5);
    const blocking = py.fn(
      'blocking',
      function* (n: PyValue) {
        yield* py.line(6);
        yield* py.sleep(0.05);
        yield* py.line(7);
        return py.tuple(py.currentThread().name, (n as bigint) * (n as bigint));
      },
      { line: 5 },
    );
    yield* py.line(9);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(10);
        const loop = py.asyncio.get_running_loop();
        yield* py.line(11);
        const fut = yield* loop.run_in_executor(null, blocking, 3n);
        yield* py.line(12);
        yield* py.print(fut);
        yield* py.line(13);
        yield* py.print('result', yield* py.await(fut, 'fut'));
        yield* py.line(14);
        yield* py.print('main on', py.currentThread().name);
      },
      { line: 9 },
    );
    yield* py.line(16);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a15: OracleProgram = {
  name: 'a15_wrap_future',
  source: lines(
    'import asyncio',
    'import time',
    'from concurrent.futures import ThreadPoolExecutor',
    '',
    'def work(x):',
    '    time.sleep(0.05)',
    '    return x + 1',
    '',
    'async def main():',
    '    with ThreadPoolExecutor(max_workers=1) as pool:',
    '        cfut = pool.submit(work, 41)',
    '        fut = asyncio.wrap_future(cfut)',
    '        print(await fut, cfut.done(), fut.done())',
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    for (const n of [1, 2, 3]) yield* py.line(n);
    yield* py.line(5);
    const work = py.fn(
      'work',
      function* (x: PyValue) {
        yield* py.line(6);
        yield* py.sleep(0.05);
        yield* py.line(7);
        return (x as bigint) + 1n;
      },
      { line: 5 },
    );
    yield* py.line(9);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(10);
        const pool = py.ThreadPoolExecutor(1);
        yield* py.line(11);
        const cfut = yield* pool.submitAs('cfut', work, 41n);
        yield* py.line(12);
        const fut = yield* py.asyncio.wrap_future(cfut);
        yield* py.line(13);
        const v = yield* py.await(fut, 'fut');
        yield* py.print(v, cfut.done(), fut.done());
        yield* py.line(10);
        yield* pool.shutdown();
      },
      { line: 9 },
    );
    yield* py.line(15);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a16: OracleProgram = {
  name: 'a16_call_soon_threadsafe',
  source: lines(
    'import asyncio',
    'import threading',
    'import time',
    '',
    'def producer(loop, fut):',
    '    time.sleep(0.05)',
    "    loop.call_soon_threadsafe(fut.set_result, 'from ' + threading.current_thread().name)",
    '',
    'def on_done(fut):',
    "    print('callback on', threading.current_thread().name)",
    '',
    'async def main():',
    '    loop = asyncio.get_running_loop()',
    '    fut = loop.create_future()',
    '    fut.add_done_callback(on_done)',
    "    t = threading.Thread(target=producer, args=(loop, fut), name='producer')",
    '    t.start()',
    '    print(await fut)',
    '    t.join()',
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    for (const n of [1, 2, 3]) yield* py.line(n);
    yield* py.line(5);
    const producer = py.fn(
      'producer',
      function* (loop: PyEventLoop, fut: AsyncFuture) {
        yield* py.line(6);
        yield* py.sleep(0.05);
        yield* py.line(7);
        const text = py.add('from ', py.currentThread().name);
        yield* loop.call_soon_threadsafe(fut.method('set_result'), [text]);
      },
      { line: 5 },
    );
    yield* py.line(9);
    const onDone = py.fn(
      'on_done',
      function* () {
        yield* py.line(10);
        yield* py.print('callback on', py.currentThread().name);
      },
      { line: 9 },
    );
    yield* py.line(12);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(13);
        const loop = py.asyncio.get_running_loop();
        yield* py.line(14);
        const fut = loop.create_future('fut');
        yield* py.line(15);
        yield* fut.add_done_callback(onDone);
        yield* py.line(16);
        const t = py.Thread(producer, [loop, fut], 'producer');
        yield* py.line(17);
        yield* t.start();
        yield* py.line(18);
        yield* py.print(yield* py.await(fut, 'fut'));
        yield* py.line(19);
        yield* t.join();
      },
      { line: 12 },
    );
    yield* py.line(21);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a17: OracleProgram = {
  name: 'a17_loop_by_hand',
  source: lines(
    'import asyncio',
    '',
    'async def compute():',
    '    await asyncio.sleep(0.01)',
    "    return 'computed'",
    '',
    'loop = asyncio.new_event_loop()',
    'print(loop.run_until_complete(compute()))',
    "loop.call_soon(print, 'soon')",
    'loop.call_later(0.05, loop.stop)',
    'loop.run_forever()',
    'print(loop.is_running(), loop.is_closed())',
    'loop.close()',
    'print(loop.is_closed())',
    'try:',
    "    loop.call_soon(print, 'too late')",
    'except RuntimeError as e:',
    '    print(e)',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const compute = py.async(
      'compute',
      function* () {
        yield* py.line(4);
        yield* py.await(py.asyncio.sleep(0.01));
        yield* py.line(5);
        return 'computed';
      },
      { line: 3 },
    );
    yield* py.line(7);
    const loop = py.asyncio.new_event_loop();
    yield* py.line(8);
    yield* py.print(yield* loop.run_until_complete(py.callAsync(compute)));
    yield* py.line(9);
    yield* loop.call_soon(py.printFn, ['soon']);
    yield* py.line(10);
    yield* loop.call_later(0.05, loop.method('stop'));
    yield* py.line(11);
    yield* loop.run_forever();
    yield* py.line(12);
    yield* py.print(loop.is_running(), loop.is_closed());
    yield* py.line(13);
    yield* loop.close();
    yield* py.line(14);
    yield* py.print(loop.is_closed());
    yield* py.line(15);
    try {
      yield* py.line(16);
      yield* loop.call_soon(py.printFn, ['too late']);
    } catch (err) {
      yield* py.line(17);
      const e = py.except(err, py.exc.RuntimeError);
      yield* py.line(18);
      yield* py.print(e);
    }
  },
};
