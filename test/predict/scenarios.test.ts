import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runScenario, type LabParams } from '../../src/scenarios';
import { SCENARIOS } from '../../src/scenarios/registry';
import { OBSERVES, OUTCOMES } from '../../src/scenarios/lab-params';
import { gatesFor } from '../../src/predict/gatesFor';
import { problemsOf } from './agreement';

// The playground's trace comes from Pyodide (test/playground); its run here has no events.
const BUILT_IN = SCENARIOS.filter((s) => s.kind !== 'playground').map((s) => [s.id]);

describe('gates of every built-in scenario (runScenario)', () => {
  it.each(BUILT_IN)('%s: every gate agrees with its trace', (id) => {
    const trace = runScenario(id).trace;
    const gates = gatesFor(trace);
    expect(gates.length).toBeGreaterThan(0);
    for (const gate of gates) expect(problemsOf(trace, gate)).toEqual([]);
  });
});

describe('equal delays in the built-in scenarios', () => {
  it('fetch-square says CPython may fire its equal Timers in either order', () => {
    const notes = gatesFor(runScenario('fetch-square').trace).map((g) => g.note);
    expect(notes[0]).toBe(
      "fut1's Timer is due at almost the same moment as the Timers of fut2 and fut3; CPython may fire them in either order.",
    );
    expect(notes.every((n) => n?.includes('either order'))).toBe(true);
    // A hint describes the situation, never the rule the question asks about (issue 15).
    expect(notes.some((n) => /callback/i.test(n ?? ''))).toBe(false);
  });

  it('a Lab with delays 3, 1, 2 has no such note', () => {
    const lab = {
      numbers: ['2', '3', '4'],
      delays: [3, 1, 2],
      outcomes: ['ok', 'ok', 'ok'] as const,
      observe: 'callbacks' as const,
      timeout: null,
    };
    const gates = gatesFor(runScenario('lab', { ...lab, outcomes: [...lab.outcomes] }).trace);
    expect(gates.length).toBeGreaterThan(0);
    expect(gates.filter((g) => g.note)).toEqual([]);
  });
});

const labArb: fc.Arbitrary<LabParams> = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc.record({
    numbers: fc.array(fc.constantFrom('2', '3', '-3', '2.5', '0.1', '1_000', '1e16'), {
      minLength: n,
      maxLength: n,
    }),
    delays: fc.array(
      fc.integer({ min: 1, max: 80 }).map((d) => d / 10),
      { minLength: n, maxLength: n },
    ),
    outcomes: fc.array(fc.constantFrom(...OUTCOMES), { minLength: n, maxLength: n }),
    observe: fc.constantFrom(...OBSERVES),
    timeout: fc.option(fc.integer({ min: 1, max: 60 }).map((d) => d / 10)),
  }),
);

describe('gates of generated Lab runs', () => {
  it('agree with the trace on 200 Lab cases', () => {
    let gates = 0;
    const kinds = new Set<string>();
    fc.assert(
      fc.property(labArb, (lab) => {
        const trace = runScenario('lab', lab).trace;
        for (const gate of gatesFor(trace)) {
          gates++;
          kinds.add(gate.kind);
          expect(problemsOf(trace, gate), JSON.stringify(lab)).toEqual([]);
        }
      }),
      { numRuns: 200, seed: 42 },
    );
    expect(gates).toBeGreaterThan(200);
    expect([...kinds].sort()).toEqual([
      'callback-thread',
      'first-finish',
      'next-line',
      'result-return',
    ]);
  });
});
