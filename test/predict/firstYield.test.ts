import { describe, expect, it } from 'vitest';
import type { Trace, TraceEvent } from '../../src/core/trace';
import { gatesFor } from '../../src/predict/gatesFor';
import { poolLikeTrace, type PoolLike } from '../fixtures/predict/poolLikeTrace';
import { problemsOf } from './agreement';

const firstYield = (trace: Trace) => gatesFor(trace).filter((g) => g.kind === 'first-yield');
const pool = (seconds: number[], consume: PoolLike['consume']) =>
  poolLikeTrace({ workers: 3, seconds, consume, names: 'assigned' });

describe('first-yield: which future as_completed() or wait() gives first', () => {
  it('as_completed(): the first to finish, with the first in the list as the call-order answer', () => {
    const trace = pool([0.3, 0.1, 0.2], 'as_completed');
    const [g, ...rest] = firstYield(trace);
    expect(rest).toEqual([]);
    expect(g!.question).toBe(
      'MainThread waits in as_completed() for fut1, fut2, fut3. Which future will it give first?',
    );
    expect(g!.choices.map((c) => [c.text, c.misconception, c.id === g!.correct])).toEqual(
      expect.arrayContaining([
        ['fut2', null, true],
        ['fut1', 'call-order', false],
      ]),
    );
    expect(g!.choices).toHaveLength(2);
    const done = trace.events[g!.seq]!;
    expect(done).toMatchObject({ type: 'future.state', future: 2, to: 'FINISHED' });
    const wrong = g!.choices.find((c) => c.id !== g!.correct)!;
    expect(wrong.feedback).toBe(
      "Futures don't complete in call order: fut1 is first in the list, but fut2 finished first, at 0.102 s, and woke MainThread in as_completed(); fut1 finished only at 0.301 s — highlighted.",
    );
    expect(problemsOf(trace, g!)).toEqual([]);
  });

  it('wait(FIRST_COMPLETED): the same question about wait()', () => {
    const trace = pool([0.3, 0.1, 0.2], 'wait-first');
    const [g] = firstYield(trace);
    expect(g!.question).toBe(
      'MainThread waits in wait() until one of fut1, fut2, fut3 is done. Which one will it be?',
    );
    expect(g!.choices.find((c) => c.id === g!.correct)!.text).toBe('fut2');
    expect(problemsOf(trace, g!)).toEqual([]);
  });

  it('asks nothing of a wait(ALL_COMPLETED), which ends with every future done', () => {
    expect(firstYield(pool([0.3, 0.1, 0.2], 'wait-all'))).toEqual([]);
  });

  it('asks nothing of a wait() that another completion did not end (FIRST_EXCEPTION)', () => {
    const trace = poolLikeTrace({
      workers: 3,
      seconds: [0.3, 0.1, 0.2],
      consume: 'wait-first',
      names: 'assigned',
      wakeOn: 1,
    });
    expect(trace.events.find((e) => e.type === 'wait.end')!.t).toBeGreaterThan(200_000);
    expect(firstYield(trace)).toEqual([]);
  });

  it('asks nothing when the first in the list finishes first, or another finishes within 50 ms', () => {
    expect(firstYield(pool([0.1, 0.3, 0.2], 'as_completed'))).toEqual([]);
    expect(firstYield(pool([0.3, 0.1, 0.13], 'as_completed'))).toEqual([]);
    expect(firstYield(pool([0.3, 0.1, 0.16], 'as_completed'))).toHaveLength(1);
  });

  it('asks nothing once the loop has already run: as_completed() first gave futures that were done', () => {
    const trace = pool([0.3, 0.1, 0.2], 'as_completed');
    const begin = trace.events.findIndex((e) => e.type === 'wait.begin');
    const visit = { ...trace.events[begin - 1]! } as TraceEvent;
    expect(visit).toMatchObject({ type: 'line', line: trace.events[begin]!.line });
    const events = [...trace.events.slice(0, begin), visit, ...trace.events.slice(begin)].map(
      (e, seq) =>
        ({
          ...e,
          seq,
          ...(e.type === 'wait.end' && e.cause
            ? { cause: { ...e.cause, seq: e.cause.seq + 1 } }
            : {}),
        }) as TraceEvent,
    );
    expect(firstYield({ ...trace, events })).toEqual([]);
  });
});
