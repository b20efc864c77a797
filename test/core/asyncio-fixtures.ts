/**
 * The asyncio programs the behaviour tests share: the book's fetch_square with an
 * asyncio.Future, `call_later` and `add_done_callback`, awaited by one Task.
 */
import type { AsyncFuture, Program, PyValue, Trace, TraceEvent } from '../../src/core';
import { simulate } from '../../src/core';

export const FETCH_SQUARE_SOURCE = `import asyncio

def on_done_future(future):
    print("Result is:", future.result())

async def fetch_square(number):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(5.0, fut.set_result, number ** 2)
    fut.add_done_callback(on_done_future)
    print(fut)
    return await fut

asyncio.run(fetch_square(2))
`;

/** fetch_square(2) run by asyncio.run: prints the pending future, then "Result is: 4". */
export const fetchSquare: Program = {
  source: FETCH_SQUARE_SOURCE,
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
        yield* loop.call_later(5.0, fut.method('set_result'), [py.pow(number, 2n)]);
        yield* py.line(10);
        yield* fut.add_done_callback(onDone);
        yield* py.line(11);
        yield* py.print(fut);
        yield* py.line(12);
        return yield* py.await(fut, 'fut');
      },
      { line: 6 },
    );
    yield* py.line(14);
    yield* py.asyncio.run(py.callAsync(fetch, 2n));
  },
};

/** Events of one type, narrowed. */
export const ofType = <K extends TraceEvent['type']>(trace: Trace, type: K) =>
  trace.events.filter((e): e is Extract<TraceEvent, { type: K }> => e.type === type);

export const simulateAt = (program: Program, python = '3.11') =>
  simulate(program, { python, scriptPath: '/path/script.py' });
