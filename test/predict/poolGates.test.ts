import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gatesFor } from '../../src/predict/gatesFor';
import { poolLikeTrace, type PoolLike } from '../fixtures/predict/poolLikeTrace';
import { problemsOf } from './agreement';

const poolArb: fc.Arbitrary<PoolLike> = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.record({
    workers: fc.integer({ min: 1, max: 4 }),
    seconds: fc.array(
      fc.integer({ min: 1, max: 40 }).map((d) => d / 10),
      { minLength: n, maxLength: n },
    ),
    consume: fc.constantFrom<PoolLike['consume']>(
      'none',
      'as_completed',
      'wait-first',
      'wait-all',
      'map',
    ),
    names: fc.constantFrom<PoolLike['names']>('assigned', 'shared'),
  }),
);

describe('the executor gates on generated pool traces', () => {
  it('agree with the trace on 300 cases, and every kind is asked', () => {
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(poolArb, (p) => {
        const trace = poolLikeTrace(p);
        const gates = gatesFor(trace);
        for (const gate of gates) {
          kinds.set(gate.kind, (kinds.get(gate.kind) ?? 0) + 1);
          expect(problemsOf(trace, gate), JSON.stringify(p)).toEqual([]);
        }
        // One question per moment at most among the pool's.
        const holds = gates.map((g) => g.holdT);
        expect(new Set(holds).size, JSON.stringify(p)).toBe(holds.length);
      }),
      { numRuns: 300, seed: 13 },
    );
    for (const kind of ['worker-pick', 'queued-state', 'first-yield', 'map-first'])
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(10);
  });
});
