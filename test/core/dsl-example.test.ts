/** The end-to-end example in src/core/program.ts's doc comment, run as written. */
import { describe, expect, it } from 'vitest';
import type { Program, PyFuture, PyValue } from '../../src/core';
import { consoleText, simulate } from '../../src/core';

const source = [
  'def network_request_async(number):', // 1
  '    future = Future()', // 2
  '    result = {"success": True, "result": number ** 2}', // 3
  '    timer = threading.Timer(5.0, lambda: future.set_result(result))', // 4
  '    timer.start()', // 5
  '    return future', // 6
  '',
  'fut = network_request_async(2)', // 8
  'print(fut.result())', // 9
].join('\n');

const program: Program = {
  source,
  *main(py) {
    const network_request_async = py.fn(
      'network_request_async',
      function* (number: PyValue) {
        yield* py.line(2);
        const future = py.Future('future');
        yield* py.line(3);
        const result = py.dict({ success: true, result: py.pow(number, 2n) });
        yield* py.line(4);
        const timer = py.Timer(
          5.0,
          py.fn(
            '<lambda>',
            function* () {
              yield* future.set_result(result);
            },
            { line: 4 },
          ),
        );
        yield* py.line(5);
        yield* timer.start();
        yield* py.line(6);
        return future;
      },
      { line: 1 },
    );
    yield* py.line(1);
    yield* py.line(8);
    const fut = (yield* py.call(network_request_async, 2n)) as PyFuture;
    yield* py.line(9);
    yield* py.print(yield* fut.result());
  },
};

describe('the DSL example', () => {
  it('blocks main in result() for 5 s, then prints the dict on MainThread', () => {
    const trace = simulate(program, { python: '3.11', firstAddress: '0x7f5a1c537ac8' });
    expect(consoleText(trace)).toBe("{'success': True, 'result': 4}\n");
    const print = trace.events.find((e) => e.type === 'stdout');
    expect(print?.thread).toBe('MainThread');
    expect(print?.line).toBe(9);
    expect(print?.t).toBeGreaterThanOrEqual(5_000_000);
    const fire = trace.events.find((e) => e.type === 'timer.fire');
    expect(fire?.thread).toBe('Thread-1');
  });
});
