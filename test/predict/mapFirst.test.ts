import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/core/trace';
import { gatesFor } from '../../src/predict/gatesFor';
import { poolLikeTrace } from '../fixtures/predict/poolLikeTrace';
import { problemsOf } from './agreement';

const mapFirst = (trace: Trace) => gatesFor(trace).filter((g) => g.kind === 'map-first');

describe('map-first: what a loop over map() prints first', () => {
  it('the first input’s result, with the first-finished one as "map gives results as they finish"', () => {
    const trace = poolLikeTrace({ workers: 3, seconds: [0.3, 0.1, 0.2], consume: 'map' });
    const [g, ...rest] = mapFirst(trace);
    expect(rest).toEqual([]);
    expect(g!.question).toBe(
      'MainThread loops over what map() gives and prints each result. What will it print first?',
    );
    expect(g!.choices.map((c) => [c.text, c.misconception, c.id === g!.correct])).toEqual(
      expect.arrayContaining([
        ['got 0.3', null, true],
        ['got 0.1', 'map-as-finished', false],
      ]),
    );
    // Asked before any job finishes: the first completion is the gate's event.
    expect(trace.events[g!.seq]).toMatchObject({ type: 'future.state', future: 2, to: 'FINISHED' });
    expect(trace.events[g!.highlightSeq]).toMatchObject({ type: 'stdout', text: 'got 0.3\n' });
    const wrong = g!.choices.find((c) => c.id !== g!.correct)!;
    expect(wrong.feedback).toBe(
      `map() doesn't give results as they finish: map() gives results in the order of its inputs, so "got 0.3" came first, at 0.302 s, once work() (future 1) was done, though work() (future 2) finished first, at 0.101 s — highlighted.`,
    );
    expect(problemsOf(trace, g!)).toEqual([]);
  });

  it('asks nothing when the jobs finish in input order', () => {
    expect(
      mapFirst(poolLikeTrace({ workers: 3, seconds: [0.1, 0.2, 0.3], consume: 'map' })),
    ).toEqual([]);
  });

  it('asks nothing when the loop does not print its results', () => {
    const trace = poolLikeTrace({
      workers: 3,
      seconds: [0.3, 0.1, 0.2],
      consume: 'map',
      printed: () => 'tick',
    });
    expect(mapFirst(trace)).toEqual([]);
  });

  it('asks nothing of futures submitted one by one', () => {
    const trace = poolLikeTrace({ workers: 3, seconds: [0.3, 0.1, 0.2], consume: 'as_completed' });
    expect(mapFirst(trace)).toEqual([]);
    expect(gatesFor(trace).map((g) => g.kind)).toContain('first-yield');
  });
});
