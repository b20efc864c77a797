import { describe, expect, it } from 'vitest';
import { gatesFor } from '../../src/predict/gatesFor';
import { poolLikeTrace } from '../fixtures/predict/poolLikeTrace';
import { problemsOf } from './agreement';

const pick = (seconds: number[], workers = 2) => {
  const trace = poolLikeTrace({ workers, seconds, consume: 'none' });
  return { trace, gates: gatesFor(trace).filter((g) => g.kind === 'worker-pick') };
};
const choices = (g: ReturnType<typeof pick>['gates'][number]) =>
  g.choices.map((c) => [c.text, c.misconception, c.id === g.correct]);

describe('worker-pick: which thread runs a job that waited in the queue', () => {
  it('asks about the first queued job; the worker free first runs it, not the next in turn', () => {
    const { trace, gates } = pick([0.4, 0.1, 0.1, 0.1, 0.2]);
    expect(gates).toHaveLength(1);
    const g = gates[0]!;
    expect(g.question).toBe('Which thread will run work() (future 3)?');
    expect(choices(g)).toEqual(
      expect.arrayContaining([
        ['ThreadPoolExecutor-0_1', null, true],
        ['ThreadPoolExecutor-0_0', 'workers-in-turn', false],
        ['MainThread', 'job-on-caller', false],
        ['A new thread of its own', 'job-own-thread', false],
      ]),
    );
    expect(g.choices).toHaveLength(4);
    const started = trace.events[g.seq]!;
    expect(started).toMatchObject({ type: 'future.state', future: 3, to: 'RUNNING' });
    expect(g.highlightSeq).toBe(started.seq);
    // Held before the instant work() (future 2) finishes, which would give the answer away.
    const twoDone = trace.events.find(
      (e) => e.type === 'future.state' && e.future === 2 && e.to === 'FINISHED',
    )!;
    expect(g.holdT).toBeLessThan(twoDone.t);
    const inTurn = g.choices.find((c) => c.misconception === 'workers-in-turn')!;
    expect(inTurn.feedback).toBe(
      "Jobs don't go to the workers in turn: ThreadPoolExecutor-0_1 ran work() (future 3): it was the first worker free, when it finished work() (future 2) at 0.102 s — highlighted.",
    );
    expect(problemsOf(trace, g)).toEqual([]);
  });

  it('offers no in-turn distractor when the in-turn worker is the right one', () => {
    const { trace, gates } = pick([0.1, 0.4, 0.3]);
    const g = gates[0]!;
    expect(choices(g)).toEqual(
      expect.arrayContaining([
        ['ThreadPoolExecutor-0_0', null, true],
        ['MainThread', 'job-on-caller', false],
        ['A new thread of its own', 'job-own-thread', false],
      ]),
    );
    expect(g.choices).toHaveLength(3);
    expect(problemsOf(trace, g)).toEqual([]);
  });

  it('asks nothing when every job gets a worker at once', () => {
    expect(pick([0.3, 0.1, 0.2], 3).gates).toEqual([]);
  });
});
