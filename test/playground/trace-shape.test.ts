import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../src/core/trace';
import { runProgram } from '../../src/playground/session';
import { playgroundPython } from './pyodide';
import { brokenWaitRules, causeEvent, waitsOf } from './waits';

async function events(source: string): Promise<TraceEvent[]> {
  const outcome = await runProgram(await playgroundPython(), source);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.trace.events;
}

describe('trace conventions shared with the TypeScript core', () => {
  test('a line costs 1 ms, paid when the thread reaches its next line', async () => {
    const lines = (await events('a = 1\nb = 2\nc = 3\n')).filter((e) => e.type === 'line');
    expect(lines.map((e) => [e.line, e.t])).toEqual([
      [1, 0],
      [2, 1000],
      [3, 2000],
    ]);
  });

  test('join() is one wait on the target thread, ended by its end or the timeout', async () => {
    const src = [
      'import threading, time',
      't = threading.Thread(target=time.sleep, args=(0.5,))',
      't.start()',
      't.join(0.1)',
      't.join()',
    ].join('\n');
    const all = await events(src);
    const joins = waitsOf(all, 'join');
    expect(joins.map((w) => [w.begin.on, w.begin.until, w.end.reason, w.end.t])).toEqual([
      ['Thread-1 (sleep)', 3000 + 100_000, 'timeout', 103_000],
      ['Thread-1 (sleep)', null, 'woken', 502_000],
    ]);
    expect(joins[1]?.end.cause).toMatchObject({ by: 'thread end', thread: 'Thread-1 (sleep)' });
    expect(causeEvent(all, joins[1]!)).toBe('thread.finish on Thread-1 (sleep)');
    expect(waitsOf(all)).toHaveLength(2);
    expect(brokenWaitRules(all)).toEqual([]);
  });

  test('the interpreter joining a thread at exit is no wait of the program', async () => {
    const src = 'import threading, time\nthreading.Thread(target=time.sleep, args=(0.5,)).start()';
    const all = await events(src);
    expect(waitsOf(all)).toEqual([]);
    expect(all.at(-1)).toMatchObject({ type: 'program.end', t: 501_000 });
  });

  test('pool workers get lanes named as CPython names them', async () => {
    const src = [
      'from concurrent.futures import ThreadPoolExecutor',
      'with ThreadPoolExecutor(max_workers=2) as ex:',
      '    fs = [ex.submit(pow, 2, n) for n in range(4)]',
    ].join('\n');
    const starts = (await events(src)).filter((e) => e.type === 'thread.start');
    expect(starts.map((e) => [e.thread, e.type === 'thread.start' && e.kind])).toEqual([
      ['MainThread', 'main'],
      ['ThreadPoolExecutor-0_0', 'worker'],
      ['ThreadPoolExecutor-0_1', 'worker'],
    ]);
  });
});
