import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB } from '../../src/scenarios/lab-params';
import { labSource } from '../../src/scenarios/lab-source';
import { runScenario } from '../../src/scenarios/run';
import type { LabParams } from '../../src/scenarios/types';
import type { Trace } from '../../src/core/trace';

const lab = (over: Partial<LabParams>): LabParams => ({ ...DEFAULT_LAB, ...over });
const printed = (trace: Trace) =>
  trace.events.flatMap((e) => (e.type === 'stdout' ? [`${e.thread}: ${e.text.trimEnd()}`] : []));

describe('the Lab', () => {
  it('with the defaults prints what the seed’s fetch_square prints', () => {
    expect(printed(runScenario('lab').trace)).toEqual([
      'Thread-1: Result is: 4',
      'Thread-2: Result is: 9',
      'Thread-3: Result is: 16',
    ]);
  });

  it('shows the lesson: callbacks print in completion order, result() in call order', () => {
    const run = runScenario('lab', lab({ delays: [3, 1, 2], observe: 'both' }));
    const lines = printed(run.trace);
    expect(lines.filter((l) => l.includes('Result is'))).toEqual([
      'Thread-2: Result is: 9',
      'Thread-3: Result is: 16',
      'Thread-1: Result is: 4',
    ]);
    expect(lines.filter((l) => l.startsWith('MainThread'))).toEqual([
      "MainThread: {'success': True, 'result': 4}",
      "MainThread: {'success': True, 'result': 9}",
      "MainThread: {'success': True, 'result': 16}",
    ]);
  });

  it('runs a program whose source is the code panel and the download, line for line', () => {
    const params = lab({
      numbers: ['2', '-3', '2.5'],
      outcomes: ['ok', 'fail', 'cancel'],
      observe: 'result',
      timeout: 1.5,
    });
    const run = runScenario('lab', params);
    expect(run.python).toBe(run.trace.source);
    expect(run.cells).toBeNull();
    const b = labSource(params);
    const src = run.trace.source.split('\n');
    expect(src[b.line('call:2') - 1]).toBe('fut2 = network_request_async(-3, 5.0, "fail")');
    expect(src[b.line('cancel:3') - 1]).toBe('fut3.cancel()');
    expect(src[b.line('show.print') - 1]).toBe('        print(fut.result(timeout=1.5))');
    // Every executed line is a real, non-blank line of the program.
    for (const e of run.trace.events) {
      if (e.type === 'line') expect(src[(e.line ?? 0) - 1]?.trim(), `line ${e.line}`).toBeTruthy();
    }
  });

  it('runs each outcome as the program says', () => {
    const run = runScenario(
      'lab',
      lab({ outcomes: ['ok', 'fail', 'raise'], delays: [1, 2, 3], observe: 'both' }),
    );
    expect(printed(run.trace)).toEqual([
      'Thread-1: Result is: 4',
      "MainThread: {'success': True, 'result': 4}",
      'Thread-2: Request for 3 failed',
      "MainThread: {'success': False, 'result': 9}",
      "Thread-3: Request for 4 raised ConnectionError('request 4 failed')",
      "MainThread: fut3.result() raised ConnectionError('request 4 failed')",
    ]);
  });

  it('cancels before the Timer fires, which then finds the future cancelled (spec T-8)', () => {
    const run = runScenario('lab', lab({ numbers: ['2'], delays: [1], outcomes: ['cancel'] }));
    expect(printed(run.trace)).toEqual([
      'MainThread: Request for 2 was cancelled',
      'Thread-1: Timer for 2 fired too late: CANCELLED: <Future at 0x7f5a1c537ac8 state=cancelled>',
    ]);
  });

  it('times out result() and carries on', () => {
    const run = runScenario(
      'lab',
      lab({ numbers: ['2'], delays: [3], observe: 'result', timeout: 1 }),
    );
    expect(printed(run.trace)).toEqual(['MainThread: fut1.result() raised TimeoutError()']);
    const end = run.trace.events.find((e) => e.type === 'program.end');
    // The Timer is not a daemon: the program still waits for it (spec T-3).
    expect(end && end.t).toBeGreaterThanOrEqual(3_000_000);
  });

  it('shows a run-time error of valid Python as CPython does: 1e308 ** 2 overflows', () => {
    const run = runScenario('lab', lab({ numbers: ['1e308', '2'], observe: 'both' }));
    expect(printed(run.trace)).toEqual([
      "MainThread: Request for 1e+308 raised OverflowError(34, 'Numerical result out of range')",
      "MainThread: fut1.result() raised OverflowError(34, 'Numerical result out of range')",
      'Thread-1: Result is: 4',
      "MainThread: {'success': True, 'result': 4}",
    ]);
  });

  it('starts 50 Timers within milliseconds, as CPython does, so a shorter interval still fires first', () => {
    const numbers = Array.from({ length: 50 }, (_, i) => String(i + 1));
    const delays = numbers.map((_, i) => (i === 49 ? 1.5 : 2));
    const run = runScenario('lab', lab({ numbers, delays, outcomes: numbers.map(() => 'ok') }));
    const starts = run.trace.events.filter((e) => e.type === 'timer.start');
    expect((starts[49]?.t ?? Infinity) - (starts[0]?.t ?? 0)).toBeLessThan(20_000);
    expect(printed(run.trace)[0]).toBe('Thread-50: Result is: 2500');
  });

  it('handles 50 calls, huge ints and float formatting', () => {
    const numbers = Array.from({ length: 50 }, (_, i) =>
      i % 2 ? `${i}e15` : `${i}${'0'.repeat(30)}`,
    );
    const run = runScenario(
      'lab',
      lab({
        numbers,
        delays: numbers.map((_, i) => (i % 5) + 1),
        outcomes: numbers.map(() => 'ok'),
      }),
    );
    const lines = printed(run.trace);
    expect(lines).toHaveLength(50);
    expect(lines).toContain(`Thread-3: Result is: 4${'0'.repeat(60)}`);
    expect(lines).toContain('Thread-2: Result is: 1e+30');
  });
});

describe('the Lab with unusual literals', () => {
  it('takes every literal the form accepts, as CPython reads it', () => {
    const run = runScenario(
      'lab',
      lab({
        numbers: ['- 5', '+3', '0x1F', '0b101', '1_000', '.5', '5.'],
        delays: [1],
        outcomes: ['ok'],
      }),
    );
    expect(printed(run.trace).map((l) => l.replace(/^Thread-\d+: /, ''))).toEqual([
      'Result is: 25',
      'Result is: 9',
      'Result is: 961',
      'Result is: 25',
      'Result is: 1000000',
      'Result is: 0.25',
      'Result is: 25.0',
    ]);
  });
});
