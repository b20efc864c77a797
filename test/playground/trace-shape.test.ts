import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../src/core/trace';
import { runProgram } from '../../src/playground/session';
import { playgroundPython } from './pyodide';

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

  test('join() is traced as thread.join / thread.joined with the target name', async () => {
    const src = [
      'import threading, time',
      't = threading.Thread(target=time.sleep, args=(0.5,))',
      't.start()',
      't.join(0.1)',
      't.join()',
    ].join('\n');
    const joins = (await events(src)).filter((e) => e.type.startsWith('thread.join'));
    expect(joins).toMatchObject([
      { type: 'thread.join', target: 'Thread-1 (sleep)', until: 3000 + 100_000 },
      { type: 'thread.joined', target: 'Thread-1 (sleep)', reason: 'timeout', t: 103_000 },
      { type: 'thread.join', target: 'Thread-1 (sleep)', until: null },
      { type: 'thread.joined', target: 'Thread-1 (sleep)', reason: 'finished', t: 502_000 },
    ]);
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
