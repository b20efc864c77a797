import { describe, expect, it } from 'vitest';
import { gatesFor } from '../../src/predict/gatesFor';
import { poolLikeTrace } from '../fixtures/predict/poolLikeTrace';
import { problemsOf } from './agreement';

const queued = (seconds: number[], workers = 2) => {
  const trace = poolLikeTrace({ workers, seconds, consume: 'none' });
  return { trace, gates: gatesFor(trace).filter((g) => g.kind === 'queued-state') };
};

describe('queued-state: a job submitted while every worker is busy stays pending', () => {
  it('asks before the first queued future exists, and says it waits', () => {
    const { trace, gates } = queued([0.4, 0.1, 0.1, 0.1, 0.2]);
    expect(gates).toHaveLength(1);
    const g = gates[0]!;
    expect(g.question).toBe(
      'MainThread submits work() (future 3). What state is it in right after submit() returns?',
    );
    expect(g.choices.map((c) => [c.text, c.misconception, c.id === g.correct])).toEqual(
      expect.arrayContaining([
        ['Pending: it waits in the queue for a free worker', null, true],
        ['Running: a worker starts it at once', 'submit-starts-at-once', false],
      ]),
    );
    expect(trace.events[g.seq]).toMatchObject({ type: 'future.create', future: 3 });
    const started = trace.events[g.highlightSeq]!;
    expect(started).toMatchObject({ type: 'future.state', future: 3, to: 'RUNNING' });
    const wrong = g.choices.find((c) => c.id !== g.correct)!;
    expect(wrong.feedback).toBe(
      "A submitted job doesn't start at once: work() (future 3) stayed pending until ThreadPoolExecutor-0_1 was free and took it, at 0.102 s — highlighted.",
    );
    expect(problemsOf(trace, g)).toEqual([]);
  });

  it('asks nothing when every job starts at once', () => {
    expect(queued([0.3, 0.1, 0.2], 3).gates).toEqual([]);
    expect(queued([0.3, 0.1, 0.2], 5).gates).toEqual([]);
  });
});
