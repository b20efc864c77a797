/**
 * asyncio basics held to python3: an asyncio.Future with call_later and a done-callback (the
 * book's fetch_square), the order of call_soon and due timers within turns, a callback added
 * to a done future (scheduled, never immediate), a Future's errors, cancel(msg).
 */
import type { AsyncFuture, PyValue } from '../../../src/core';
import type { OracleProgram } from '../programs/types';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

export const a01: OracleProgram = {
  name: 'a01_future_callback',
  source: lines(
    'import asyncio',
    '',
    'def on_done_future(future):',
    '    print("Result is:", future.result())',
    '',
    'async def fetch_square(number):',
    '    loop = asyncio.get_running_loop()',
    '    fut = loop.create_future()',
    '    loop.call_later(0.05, fut.set_result, number ** 2)',
    '    fut.add_done_callback(on_done_future)',
    '    print(fut)',
    '    result = await fut',
    '    print(fut)',
    '    return result',
    '',
    'print(asyncio.run(fetch_square(2)))',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const onDone = py.fn(
      'on_done_future',
      function* (future: AsyncFuture) {
        yield* py.line(4);
        yield* py.print('Result is:', yield* future.result());
      },
      { line: 3 },
    );
    yield* py.line(6);
    const fetch = py.async(
      'fetch_square',
      function* (number: PyValue) {
        yield* py.line(7);
        const loop = py.asyncio.get_running_loop();
        yield* py.line(8);
        const fut = loop.create_future('fut');
        yield* py.line(9);
        yield* loop.call_later(0.05, fut.method('set_result'), [py.pow(number, 2n)]);
        yield* py.line(10);
        yield* fut.add_done_callback(onDone);
        yield* py.line(11);
        yield* py.print(fut);
        yield* py.line(12);
        const result = yield* py.await(fut, 'fut');
        yield* py.line(13);
        yield* py.print(fut);
        yield* py.line(14);
        return result;
      },
      { line: 6 },
    );
    yield* py.line(16);
    yield* py.print(yield* py.asyncio.run(py.callAsync(fetch, 2n)));
  },
};

export const a02: OracleProgram = {
  name: 'a02_call_soon_order',
  source: lines(
    'import asyncio',
    '',
    'def say(what):',
    '    print(what)',
    '',
    'async def main():',
    '    loop = asyncio.get_running_loop()',
    "    loop.call_later(0.05, say, 'later')",
    "    loop.call_soon(say, 'soon 1')",
    "    loop.call_soon(say, 'soon 2')",
    "    loop.call_later(0, say, 'zero delay')",
    "    print('main before await')",
    '    await asyncio.sleep(0)',
    "    print('main after one turn')",
    '    await asyncio.sleep(0.1)',
    "    print('main done')",
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const say = py.fn(
      'say',
      function* (what: PyValue) {
        yield* py.line(4);
        yield* py.print(what);
      },
      { line: 3 },
    );
    yield* py.line(6);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(7);
        const loop = py.asyncio.get_running_loop();
        yield* py.line(8);
        yield* loop.call_later(0.05, say, ['later']);
        yield* py.line(9);
        yield* loop.call_soon(say, ['soon 1']);
        yield* py.line(10);
        yield* loop.call_soon(say, ['soon 2']);
        yield* py.line(11);
        yield* loop.call_later(0, say, ['zero delay']);
        yield* py.line(12);
        yield* py.print('main before await');
        yield* py.line(13);
        yield* py.await(py.asyncio.sleep(0));
        yield* py.line(14);
        yield* py.print('main after one turn');
        yield* py.line(15);
        yield* py.await(py.asyncio.sleep(0.1));
        yield* py.line(16);
        yield* py.print('main done');
      },
      { line: 6 },
    );
    yield* py.line(18);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a03: OracleProgram = {
  name: 'a03_callback_on_done_future',
  source: lines(
    'import asyncio',
    '',
    'def report(fut):',
    "    print('callback sees', fut.result())",
    '',
    'async def main():',
    '    fut = asyncio.get_running_loop().create_future()',
    '    fut.set_result(7)',
    '    fut.add_done_callback(report)',
    "    print('added', fut)",
    '    await asyncio.sleep(0)',
    "    print('after a turn')",
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const report = py.fn(
      'report',
      function* (fut: AsyncFuture) {
        yield* py.line(4);
        yield* py.print('callback sees', yield* fut.result());
      },
      { line: 3 },
    );
    yield* py.line(6);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(7);
        const fut = py.asyncio.get_running_loop().create_future('fut');
        yield* py.line(8);
        yield* fut.set_result(7n);
        yield* py.line(9);
        yield* fut.add_done_callback(report);
        yield* py.line(10);
        yield* py.print('added', fut);
        yield* py.line(11);
        yield* py.await(py.asyncio.sleep(0));
        yield* py.line(12);
        yield* py.print('after a turn');
      },
      { line: 6 },
    );
    yield* py.line(14);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a04: OracleProgram = {
  name: 'a04_future_errors',
  source: lines(
    'import asyncio',
    '',
    'async def main():',
    '    loop = asyncio.get_running_loop()',
    '    fut = loop.create_future()',
    '    for call in (fut.result, fut.exception):',
    '        try:',
    '            call()',
    '        except asyncio.InvalidStateError as e:',
    '            print(type(e).__name__, e)',
    '    fut.set_result(1)',
    '    try:',
    '        fut.set_result(2)',
    '    except asyncio.InvalidStateError as e:',
    "        print('again:', repr(e))",
    '    print(fut.cancel(), fut.cancelled(), fut.done())',
    '    other = loop.create_future()',
    '    print(other.cancel(), other)',
    '    try:',
    '        other.result()',
    '    except asyncio.CancelledError as e:',
    "        print('cancelled:', repr(e))",
    '    bad = loop.create_future()',
    "    bad.set_exception(ValueError('boom'))",
    '    print(bad, repr(bad.exception()))',
    '',
    'asyncio.run(main())',
  ),
  *main(py) {
    yield* py.line(1);
    yield* py.line(3);
    const main = py.async(
      'main',
      function* () {
        yield* py.line(4);
        const loop = py.asyncio.get_running_loop();
        yield* py.line(5);
        const fut = loop.create_future('fut');
        for (const call of ['result', 'exception'] as const) {
          yield* py.line(6);
          yield* py.line(7);
          try {
            yield* py.line(8);
            if (call === 'result') yield* fut.result();
            else yield* fut.exception();
          } catch (err) {
            yield* py.line(9);
            const e = py.except(err, py.asyncio.InvalidStateError);
            yield* py.line(10);
            yield* py.print(e.cls.name, e);
          }
        }
        yield* py.line(6);
        yield* py.line(11);
        yield* fut.set_result(1n);
        yield* py.line(12);
        try {
          yield* py.line(13);
          yield* fut.set_result(2n);
        } catch (err) {
          yield* py.line(14);
          const e = py.except(err, py.asyncio.InvalidStateError);
          yield* py.line(15);
          yield* py.print('again:', py.repr(e));
        }
        yield* py.line(16);
        yield* py.print(yield* fut.cancel(), fut.cancelled(), fut.done());
        yield* py.line(17);
        const other = loop.create_future('other');
        yield* py.line(18);
        yield* py.print(yield* other.cancel(), other);
        yield* py.line(19);
        try {
          yield* py.line(20);
          yield* other.result();
        } catch (err) {
          yield* py.line(21);
          const e = py.except(err, py.asyncio.CancelledError);
          yield* py.line(22);
          yield* py.print('cancelled:', py.repr(e));
        }
        yield* py.line(23);
        const bad = loop.create_future('bad');
        yield* py.line(24);
        yield* bad.set_exception(py.exc.ValueError.call('boom'));
        yield* py.line(25);
        yield* py.print(bad, py.repr(yield* bad.exception()));
      },
      { line: 3 },
    );
    yield* py.line(27);
    yield* py.asyncio.run(py.callAsync(main));
  },
};

export const a05: OracleProgram = {
  name: 'a05_cancel_message',
  minMinor: 9,
  source: lines(
    'import asyncio',
    '',
    'async def main():',
    '    fut = asyncio.get_running_loop().create_future()',
    "    fut.cancel('no longer needed')",
    '    try:',
    '        fut.result()',
    '    except asyncio.CancelledError as e:',
    '        print(repr(e), fut)',
    '',
    'asyncio.run(main())',
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
        yield* fut.cancel('no longer needed');
        yield* py.line(6);
        try {
          yield* py.line(7);
          yield* fut.result();
        } catch (err) {
          yield* py.line(8);
          const e = py.except(err, py.asyncio.CancelledError);
          yield* py.line(9);
          yield* py.print(py.repr(e), fut);
        }
      },
      { line: 3 },
    );
    yield* py.line(11);
    yield* py.asyncio.run(py.callAsync(main));
  },
};
