import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core';
import { SCENARIOS } from '../../src/scenarios/registry';
import { notebookProgram } from '../../src/scenarios/programs/notebook-program';
import { gatesFor } from '../../src/predict/gatesFor';
import { problemsOf } from './agreement';

// The built-in notebook scenarios, simulated by the core as the app will (until runScenario lands).
const notebook = SCENARIOS.filter((s) => s.cellNumbers.length > 0);

describe('gates of the built-in notebook scenarios', () => {
  it.each(notebook.map((s) => [s.id, s.cellNumbers] as const))(
    '%s: every gate agrees with the simulated trace',
    (_id, cells) => {
      const trace = simulate(notebookProgram(cells));
      const gates = gatesFor(trace);
      expect(gates.length).toBeGreaterThan(0);
      for (const gate of gates) expect(problemsOf(trace, gate)).toEqual([]);
    },
  );

  it('fetch-square asks which thread runs on_done_future before "Result is: 4" appears', () => {
    const cells = notebook.find((s) => s.id === 'fetch-square')!.cellNumbers;
    const trace = simulate(notebookProgram(cells));
    const first = gatesFor(trace)[0]!;
    const print = trace.events.find((e) => e.type === 'stdout' && e.text === 'Result is: 4\n')!;
    expect(first.question).toBe('Which thread will run on_done_future when fut1 finishes?');
    expect(first.holdT).toBeLessThan(print.t);
    expect(first.choices.find((c) => c.id === first.correct)!.text).toBe('Thread-1');
  });
});
