import { describe, expect, it } from 'vitest';
import { gatesFor } from '../../src/predict';
import { choiceOrder } from '../../src/predict/choiceOrder';
import { SCENARIO_IDS } from '../../src/scenarios/registry';
import { runScenario } from '../../src/scenarios';

/** Every gate of every built-in scenario. */
const allGates = SCENARIO_IDS.filter((id) => id !== 'lab' && id !== 'playground').flatMap((id) =>
  gatesFor(runScenario(id).trace),
);

describe('choiceOrder: a seeded shuffle per gate id', () => {
  it('is a permutation, the same for the same id', () => {
    for (const n of [2, 3, 4, 5]) {
      const order = choiceOrder('first-finish@42', n);
      expect([...order].sort()).toEqual([...Array(n).keys()]);
      expect(choiceOrder('first-finish@42', n)).toEqual(order);
    }
  });

  it('differs between gate ids', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, i) => choiceOrder(`next-line@${i}`, 4).join()),
    );
    expect(orders.size).toBeGreaterThan(5);
  });
});

describe('the right answer does not sit where the question or the trace would put it', () => {
  it('the built-in gates put their right answer at varied places, first and not first', () => {
    expect(allGates.length).toBeGreaterThan(20);
    const first = allGates.filter((g) => g.choices[0]!.id === g.correct).length;
    const last = allGates.filter((g) => g.choices.at(-1)!.id === g.correct).length;
    // Neither always first nor always last (the old order put it at seq mod n).
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(allGates.length);
    expect(last).toBeGreaterThan(0);
    expect(last).toBeLessThan(allGates.length);
  });

  it('the right answer is the choice with no misconception, wherever it is shown', () => {
    for (const g of allGates) {
      const right = g.choices.filter((c) => c.misconception === null);
      expect(right.map((c) => c.id)).toEqual([g.correct]);
      expect(g.choices.map((c) => c.id).join('')).toBe('abcdefgh'.slice(0, g.choices.length));
    }
  });
});
