import { describe, expect, it } from 'vitest';
import { gatesFor, type Gate, type GateKind } from '../../src/predict';
import {
  gateMask,
  maskCountdown,
  maskText,
  MASKED,
  summaryWaits,
} from '../../src/predict/giveaway';
import { runScenario } from '../../src/scenarios';

const gateOf = (scenario: Parameters<typeof runScenario>[0], kind: GateKind): Gate =>
  gatesFor(runScenario(scenario).trace).find((g) => g.kind === kind)!;

describe('gateMask: what an open gate hides', () => {
  it('a question about when things end hides every countdown, keeping the rest of the text', () => {
    const mask = gateMask(gateOf('completion-order', 'first-finish'));
    expect(maskCountdown(mask, 'sleeping, 0.1 s left')).toBe(`sleeping, ${MASKED}`);
    expect(maskCountdown(mask, '░ sleeping 1.0 s · 2.0 s left')).toBe(
      `░ sleeping 1.0 s · ${MASKED}`,
    );
    expect(maskCountdown(mask, 'sleeping, due')).toBe(`sleeping, ${MASKED}`);
    expect(maskText(mask, 'MainThread prints “before”.')).toBe('MainThread prints “before”.');
  });

  it('a callback-thread question hides the sentence that states the rule', () => {
    const mask = gateMask(gateOf('fetch-square', 'callback-thread'));
    expect(
      maskText(
        mask,
        'on_done_future is registered on fut3: it will run on whichever thread completes fut3.',
      ),
      // The sentence keeps what happened and hides only the rule after its colon.
    ).toBe(`on_done_future is registered on fut3: ${MASKED}`);
    expect(maskText(mask, 'It will run on whichever thread completes fut3.')).toBe(MASKED);
    expect(maskText(mask, 'MainThread creates a new Future, fut2.')).toBe(
      'MainThread creates a new Future, fut2.',
    );
  });

  it('a next-line question hides the line and the code markers; the state of a new job keeps countdowns', () => {
    const line = gateOf('late-callback', 'next-line');
    const right = line.choices.find((c) => c.id === line.correct)!.text;
    const mask = gateMask(line);
    expect(mask.codeMarkers).toBe(true);
    expect(maskText(mask, `prints ${right}`)).toBe(MASKED);
    // Which worker is free first shows in where the workers' markers are.
    expect(gateMask(gateOf('pool-queue', 'worker-pick')).codeMarkers).toBe(true);
    // result(): where MainThread calls it is the situation, not the answer.
    expect(gateMask(gateOf('result-blocks', 'result-return')).codeMarkers).toBe(false);
    const queued = gateMask(gateOf('pool-queue', 'queued-state'));
    expect(queued.codeMarkers).toBe(false);
    expect(maskCountdown(queued, 'sleeping, 0.4 s left')).toBe('sleeping, 0.4 s left');
    expect(maskText(queued, 'queued in ThreadPoolExecutor-0 until a worker is free')).toBe(MASKED);
  });

  it('no open gate, nothing hidden; the same gate gives the same mask', () => {
    expect(maskText(null, 'sleeping, 0.1 s left')).toBe('sleeping, 0.1 s left');
    const gate = gateOf('result-blocks', 'result-return');
    expect(gateMask(gate)).toBe(gateMask(gate));
  });
});

describe('summaryWaits: the lesson shows after the last gate', () => {
  const trace = runScenario('late-callback').trace;
  const gates = gatesFor(trace);
  it('waits while any gate is unpassed in Predict mode', () => {
    expect(summaryWaits(true, trace, new Set())).toBe(true);
    expect(summaryWaits(true, trace, new Set(gates.slice(1).map((g) => g.id)))).toBe(true);
  });
  it('shows once every gate is passed, and always with Predict mode off', () => {
    expect(summaryWaits(true, trace, new Set(gates.map((g) => g.id)))).toBe(false);
    expect(summaryWaits(false, trace, new Set())).toBe(false);
  });
});
