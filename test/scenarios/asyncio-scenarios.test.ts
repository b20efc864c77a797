import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { streamText } from '../../src/core';
import type { EventOf, Trace, TraceEvent } from '../../src/core/trace';
import { gatesFor } from '../../src/predict/gatesFor';
import { runScenario } from '../../src/scenarios/run';
import { problemsOf } from '../predict/agreement';
// The shared seed, or the repository's copy of it on a machine without ../shared (CI).
import { SEED_PATH } from '../seed/seed';

const ASYNCIO_IDS = [
  'fetch-square-asyncio',
  'fetch-square-await',
  'run-in-executor',
  'network-request-asyncio',
] as const;

/** The seed's own console for In [13]: its three last lines. */
const SEED_RESULTS = readFileSync(SEED_PATH, 'utf8')
  .trimEnd()
  .split('\n')
  .slice(-3)
  .map((l) => `${l}\n`)
  .join('');

const ofType = <K extends TraceEvent['type']>(trace: Trace, type: K) =>
  trace.events.filter((e): e is EventOf<K> => e.type === type);

/** The turn of the loop in which the event at `seq` ran (the last handle.run before it). */
const turnAt = (trace: Trace, seq: number): number | null =>
  trace.events.findLast((e): e is EventOf<'handle.run'> => e.type === 'handle.run' && e.seq < seq)
    ?.turn ?? null;

describe('fetch-square-asyncio: the seed’s console, printed on a later turn by MainThread', () => {
  const trace = runScenario('fetch-square-asyncio').trace;

  it('prints exactly the seed’s “Result is” lines', () => {
    expect(SEED_RESULTS).toBe('Result is: 4\nResult is: 9\nResult is: 16\n');
    expect(streamText(trace, 'stdout')).toBe(SEED_RESULTS);
    expect(streamText(trace, 'stderr')).toBe('');
  });

  it('runs each on_done_future on MainThread in a later turn than the set_result that scheduled it', () => {
    const invokes = ofType(trace, 'callback.invoke').filter((e) => e.cause?.by === 'set_result');
    const mine = invokes.filter((e) =>
      ofType(trace, 'callback.add').some(
        (a) => a.callback === e.callback && a.name.endsWith('on_done_future'),
      ),
    );
    expect(mine).toHaveLength(3);
    for (const invoke of mine) {
      expect(invoke.thread).toBe('MainThread');
      expect(turnAt(trace, invoke.seq)!).toBeGreaterThan(turnAt(trace, invoke.cause!.seq)!);
    }
    // The threads' fetch-square runs the same callback at once, on each Timer's thread.
    const threads = runScenario('fetch-square').trace;
    expect(ofType(threads, 'callback.invoke').map((e) => e.thread)).toEqual([
      'Thread-1',
      'Thread-2',
      'Thread-3',
    ]);
  });

  it('asks who waits at the await, then when on_done_future runs, for each future', () => {
    const kinds = gatesFor(trace).map((g) => g.kind);
    expect(kinds.filter((k) => k !== 'next-line')).toEqual([
      'await-thread',
      'loop-callback',
      'loop-callback',
      'loop-callback',
    ]);
    expect(kinds).not.toContain('callback-thread');
  });
});

describe('fetch-square-await: coroutines print the same, no callback written', () => {
  const trace = runScenario('fetch-square-await').trace;

  it('prints the seed’s lines from three tasks that each slept 5.0 s on the loop', () => {
    expect(streamText(trace, 'stdout')).toBe(SEED_RESULTS);
    expect(ofType(trace, 'task.create').map((e) => e.coro)).toEqual(
      expect.arrayContaining(['main()', 'fetch_square(2)', 'fetch_square(3)', 'fetch_square(4)']),
    );
    const sleeps = ofType(trace, 'task.suspend').filter((e) => e.on === 'asyncio.sleep(5.0)');
    expect(sleeps).toHaveLength(3);
    expect(ofType(trace, 'stdout').every((e) => e.thread === 'MainThread')).toBe(true);
    // Three 5-second waits side by side, not one after another.
    expect(ofType(trace, 'stdout').at(-1)!.t).toBeLessThan(5_100_000);
  });

  it('asks who waits while main() awaits the gather', () => {
    const gate = gatesFor(trace).find((g) => g.kind === 'await-thread')!;
    expect(gate.question).toBe(
      'Task-1 (main()) now awaits asyncio.gather(fetch_square(2), fetch_square(3), fetch_square(4)). Which thread waits until that is done?',
    );
  });
});

describe('run-in-executor: the worker sleeps, the loop goes on, call_soon_threadsafe wakes it', () => {
  const trace = runScenario('run-in-executor').trace;

  it('prints the ticks while the worker sleeps, then the worker’s line, then the result on MainThread', () => {
    expect(ofType(trace, 'stdout').map((e) => [e.thread, e.text])).toEqual([
      ['MainThread', 'the loop goes on: 0\n'],
      ['MainThread', 'the loop goes on: 1\n'],
      ['MainThread', 'the loop goes on: 2\n'],
      ['worker_0', 'computed on worker_0\n'],
      ['MainThread', 'Result is: 16 on MainThread\n'],
    ]);
  });

  it('wakes the loop from the worker with call_soon_threadsafe', () => {
    const wake = ofType(trace, 'handle.schedule').find((e) => e.via === 'call_soon_threadsafe');
    expect(wake?.thread).toBe('worker_0');
    const select = ofType(trace, 'wait.end').find(
      (e) => e.call === 'select' && e.cause?.seq === wake?.seq,
    );
    expect(select?.thread).toBe('MainThread');
  });

  it('asks where main() goes on once the worker wakes the loop: on MainThread, not on the worker', () => {
    const gate = gatesFor(trace).find((g) => g.kind === 'threadsafe-wake')!;
    const wake = ofType(trace, 'handle.schedule').find((e) => e.via === 'call_soon_threadsafe')!;
    expect(gate.seq).toBe(wake.seq);
    expect(gate.question).toBe(
      'The job has returned on worker_0, which now wakes the event loop. Where will Task-1 (main()) go on after its await?',
    );
    expect(gate.choices.find((c) => c.id === gate.correct)!.text).toBe(
      'On MainThread, on a later turn of the event loop',
    );
    const worker = gate.choices.find((c) => c.misconception === 'await-resumes-on-worker')!;
    expect(worker.text).toBe('On worker_0, right after the job returns');
    const resumed = trace.events[gate.highlightSeq]!;
    expect([resumed.type, resumed.thread]).toEqual(['task.step', 'MainThread']);
  });
});

describe('network-request-asyncio: await in call order, main() suspended', () => {
  it('prints the three responses as In [11] does', () => {
    const trace = runScenario('network-request-asyncio').trace;
    expect(streamText(trace, 'stdout')).toBe(
      "{'success': True, 'result': 4}\n{'success': True, 'result': 9}\n{'success': True, 'result': 16}\n",
    );
    expect(gatesFor(trace)[0]!.question).toBe(
      'Task-1 (main()) now awaits fut1. Which thread waits until that is done?',
    );
  });
});

describe('every asyncio scenario', () => {
  it.each(ASYNCIO_IDS.map((id) => [id]))(
    '%s: its gates agree with its trace, and its download is the source it replays',
    (id) => {
      const run = runScenario(id);
      const gates = gatesFor(run.trace);
      expect(gates.some((g) => g.kind === 'await-thread')).toBe(true);
      for (const gate of gates) expect(problemsOf(run.trace, gate)).toEqual([]);
      expect(run.python).toBe(run.trace.source);
      expect(run.python).toContain('asyncio.run(main())');
      expect(run.python).not.toContain('get_event_loop');
      expect(run.cells).toBeNull();
    },
  );
});
