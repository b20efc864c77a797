import { describe, expect, test } from 'vitest';
import { runProgram } from '../../src/playground/session';
import { playgroundPython } from './pyodide';

/** The names the recorder gave the program's futures, in creation order. */
async function futureNames(source: string): Promise<string[]> {
  const outcome = await runProgram(await playgroundPython(), source);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.trace.events.flatMap((e) => (e.type === 'future.create' ? [e.name] : []));
}

describe('futures the code names alike get distinct names', () => {
  test('`fut` in every fetch_square call is told by its call: fut · fetch_square(2)', async () => {
    const src = [
      'import threading',
      'from concurrent.futures import Future',
      '',
      'def fetch_square(number):',
      '    fut = Future()',
      '    threading.Timer(0.1, lambda: fut.set_result(number ** 2)).start()',
      '    fut.add_done_callback(lambda f: print(f.result()))',
      '',
      'fetch_square(2)',
      "fetch_square('three')",
      'fetch_square(2)',
    ].join('\n');
    expect(await futureNames(src)).toEqual([
      'fut · fetch_square(2)',
      "fut · fetch_square('three')",
      'fut · fetch_square(2) #2',
    ]);
  });

  test('a name used once stays as the code wrote it; the module level counts repeats', async () => {
    const src = [
      'from concurrent.futures import Future',
      'def make(n):',
      '    future = Future()',
      '    return future',
      'fut1 = make(1)',
      'fut2 = make(2)',
      'fut = Future()',
      'fut = Future()',
    ].join('\n');
    // The outermost assignment names a future (fut1 = make(1)), as before.
    expect(await futureNames(src)).toEqual(['fut1', 'fut2', 'fut', 'fut #2']);
  });
});
