/**
 * Every gate of every built-in scenario has a Why?: a quote of Python's documentation, short
 * (one or two sentences), linked to docs.python.org, and fitting the wrong answer chosen.
 */
import { describe, expect, it } from 'vitest';
import { DOC_QUOTES, docQuoteFor } from '../../src/predict/docQuotes';
import { gatesFor } from '../../src/predict/gatesFor';
import { SCENARIOS } from '../../src/scenarios/registry';

const fixed = SCENARIOS.filter((s) => s.kind !== 'playground');

describe('docQuoteFor', () => {
  it('gives every answer of every built-in gate a short quote from docs.python.org', () => {
    let checked = 0;
    for (const s of fixed)
      for (const gate of gatesFor(s.run().trace))
        for (const choice of gate.choices) {
          const quote = docQuoteFor(gate, choice);
          expect(quote.url, `${s.id} ${gate.id}`).toMatch(
            /^https:\/\/docs\.python\.org\/3\/library\/(concurrent\.futures|threading|asyncio-future|asyncio-task|asyncio-eventloop)\.html#/,
          );
          checked++;
        }
    expect(checked).toBeGreaterThan(50);
  });

  it('ships only quotes of one or two sentences', () => {
    for (const quote of Object.values(DOC_QUOTES)) {
      const sentences = quote.text.split(/(?<=[.?!])\s+(?=[A-Z])/);
      expect(sentences.length, quote.text).toBeLessThanOrEqual(2);
    }
  });

  it('answers a wrong "printed next" by the wrong model behind it', () => {
    const gate = gatesFor(SCENARIOS.find((s) => s.id === 'late-callback')!.run().trace).find(
      (g) => g.kind === 'next-line',
    )!;
    const late = gate.choices.find((c) => c.misconception === 'late-callback-waits')!;
    expect(docQuoteFor(gate, late)).toBe(DOC_QUOTES.callbackWhenDone);
  });
});
