import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../src/core/trace';
import { runProgram } from '../../src/playground/session';
import { SEED_FETCH_SQUARE as SEED } from '../seed/seed';
import { playgroundPython, streamText } from './pyodide';

async function seedTrace() {
  const outcome = await runProgram(await playgroundPython(), SEED);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.trace;
}

const of = <K extends TraceEvent['type']>(events: TraceEvent[], type: K) =>
  events.filter((e): e is Extract<TraceEvent, { type: K }> => e.type === type);

describe('the seed fetch_square program on Pyodide in virtual time', () => {
  test('prints the three results in timer order, as CPython', async () => {
    const trace = await seedTrace();
    expect(streamText(trace.events, 'stdout')).toBe('Result is: 4\nResult is: 9\nResult is: 16\n');
    expect(of(trace.events, 'program.end')).toMatchObject([{ exitCode: 0, thread: 'MainThread' }]);
  });

  test('each print happens on its Timer thread, 5 s after that timer started', async () => {
    const trace = await seedTrace();
    const starts = of(trace.events, 'timer.start');
    const prints = of(trace.events, 'stdout');
    expect(prints.map((p) => p.thread)).toEqual(['Thread-1', 'Thread-2', 'Thread-3']);
    expect(of(trace.events, 'timer.fire').map((f) => f.t)).toEqual(starts.map((s) => s.due));
    expect(starts.map((s) => s.due - s.t)).toEqual([5_000_000, 5_000_000, 5_000_000]);
  });

  test('futures are named by the variable the code assigns them to, told apart by their call', async () => {
    // `fut` in every fetch_square call: each is named with its call (issue 15).
    const trace = await seedTrace();
    expect(of(trace.events, 'future.create').map((f) => [f.future, f.name])).toEqual([
      [1, 'fut · fetch_square(2)'],
      [2, 'fut · fetch_square(3)'],
      [3, 'fut · fetch_square(4)'],
    ]);
  });

  test('callbacks run on the timer thread between future.state and the thread finishing', async () => {
    const trace = await seedTrace();
    const onThread1 = trace.events
      .filter((e) => e.thread === 'Thread-1' && e.type !== 'line')
      .map((e) => e.type);
    expect(onThread1).toEqual([
      'thread.start',
      'thread.sleep',
      'timer.fire',
      'future.state',
      'callback.invoke',
      'stdout',
      'callback.return',
      'thread.finish',
    ]);
  });

  test('the trace is well formed: seq in order, time never decreasing, lines in the source', async () => {
    const trace = await seedTrace();
    const lines = SEED.split('\n').length;
    trace.events.forEach((e, i) => {
      expect(e.seq).toBe(i);
      if (i > 0) expect(e.t).toBeGreaterThanOrEqual(trace.events[i - 1]!.t);
      if (e.line !== null) expect(e.line).toBeGreaterThanOrEqual(1);
      if (e.line !== null) expect(e.line).toBeLessThanOrEqual(lines);
    });
    expect(trace.end).toBe(trace.events.at(-1)!.t);
    expect(trace.source).toBe(SEED);
  });

  test('the same program gives the same trace twice (fresh names, fresh clock)', async () => {
    const a = await seedTrace();
    const b = await seedTrace();
    const strip = (t: typeof a) => JSON.stringify(t.events).replace(/0x[0-9a-f]+/g, '0x?');
    expect(strip(b)).toBe(strip(a));
  });
});
