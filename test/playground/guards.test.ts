import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../src/core/trace';
import { runProgram } from '../../src/playground/session';
import { playgroundPython, streamText } from './pyodide';

async function run(source: string, limits = { maxSteps: 5_000, maxOutput: 2_000 }) {
  return runProgram(await playgroundPython(), source, limits);
}

async function traceOf(source: string) {
  const outcome = await run(source);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.trace;
}

describe('hostile and broken programs', () => {
  test('a syntax error gives Python own message and line, and runs nothing', async () => {
    const outcome = await run('print("fine")\nif True\n    print(1)\n');
    expect(outcome).toMatchObject({
      ok: false,
      error: { kind: 'syntax', message: "SyntaxError: expected ':'", line: 2 },
    });
  });

  test('an endless loop stops at the step budget, saying so', async () => {
    const outcome = await run('print("start")\nwhile True:\n    pass\n');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ kind: 'budget', budget: 'steps' });
    expect(outcome.error.kind === 'budget' && outcome.error.message).toMatch(/more lines/);
    const partial = outcome.error.kind === 'budget' ? outcome.error.trace : null;
    expect(streamText(partial?.events ?? [], 'stdout')).toBe('start\n');
  });

  test('runaway output stops at the output budget, saying so', async () => {
    const outcome = await run('for i in range(10**6):\n    print("spam" * 50)\n');
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'budget', budget: 'output' } });
  });

  test('a thread that never ends stops at the step budget too', async () => {
    const src =
      'import threading\ndef spin():\n    while True:\n        pass\n' +
      'threading.Thread(target=spin).start()\n';
    expect(await run(src)).toMatchObject({ ok: false, error: { kind: 'budget', budget: 'steps' } });
  });

  test('a deadlock is reported with what each thread waits for, and the run ends', async () => {
    const src = [
      'import threading, time',
      'a, b = threading.Lock(), threading.Lock()',
      'def one():',
      '    with a:',
      '        time.sleep(0.1)',
      '        with b: pass',
      'def two():',
      '    with b:',
      '        time.sleep(0.1)',
      '        with a: pass',
      't1 = threading.Thread(target=one); t2 = threading.Thread(target=two)',
      't1.start(); t2.start(); t1.join()',
    ].join('\n');
    const trace = await traceOf(src);
    const deadlock = trace.events.find((e) => e.type === 'deadlock') as
      Extract<TraceEvent, { type: 'deadlock' }> | undefined;
    expect(deadlock?.waiting).toEqual([
      { thread: 'MainThread', future: null, what: 'join() on Thread-1 (one)' },
      { thread: 'Thread-1 (one)', future: null, what: 'lock' },
      { thread: 'Thread-2 (two)', future: null, what: 'lock' },
    ]);
    // As in the TS core: a deadlocked process never exits, so the trace ends at the deadlock.
    expect(trace.events.at(-1)).toMatchObject({ type: 'deadlock', thread: 'MainThread' });
  });

  test('a deadlock on a future names the future the main thread waits for', async () => {
    const trace = await traceOf(
      'from concurrent.futures import Future\nf = Future()\nf.result()\n',
    );
    expect(trace.events.find((e) => e.type === 'deadlock')).toMatchObject({
      waiting: [{ thread: 'MainThread', future: 1, what: 'result() on f' }],
    });
  });

  test.each([
    ['input()', 'name = input("name? ")', 'OSError: input() is not available in the playground'],
    ['open()', 'open("/etc/passwd")', 'PermissionError: file access is not available'],
    ['socket', 'import socket', 'ImportError: the playground does not offer network'],
    ['urllib', 'import urllib.request', 'ImportError: the playground does not offer network'],
    ['js', 'from js import fetch', 'ImportError: the playground does not offer network'],
  ])('%s is refused in plain words', async (_what, code, message) => {
    const trace = await traceOf(code + '\n');
    expect(streamText(trace.events, 'stderr')).toContain(message);
    expect(trace.events.at(-1)).toMatchObject({ type: 'program.end', exitCode: 1 });
  });

  test('after a stopped run the next program runs normally', async () => {
    await run('while True:\n    pass\n');
    const trace = await traceOf('import threading\nprint(threading.Timer(1, print).name)\n');
    expect(streamText(trace.events, 'stdout')).toBe('Thread-1\n');
  });
});
