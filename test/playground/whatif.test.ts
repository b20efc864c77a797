/**
 * **Run it** plays a pool's "What if" in the playground (its own program with fewer workers),
 * so the playground must print what the question marks as right: the console the core
 * simulated for the variation, line by line and thread by thread.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS, runProgram } from '../../src/playground/session';
import { printedLines, whatIfsFor } from '../../src/predict/whatIf';
import { SCENARIOS } from '../../src/scenarios/registry';
import { playgroundPython } from './pyodide';

const played = SCENARIOS.filter((s) => s.kind !== 'playground').flatMap((s) =>
  whatIfsFor(s.run(), null).flatMap((w) => (w.load.kind === 'playground' ? [w] : [])),
);

const prints = (events: readonly { type: string; thread: string; text?: string }[]) =>
  events.flatMap((e) => (e.type === 'stdout' ? [`${e.thread}: ${e.text ?? ''}`] : []));

describe('"What if" variations played in the playground', () => {
  test('every pool scenario has one', () => {
    expect(played.map((w) => w.id.split('/')[0])).toEqual(
      SCENARIOS.filter((s) => s.id.startsWith('pool-')).map((s) => s.id),
    );
  });

  test.each(played.map((w) => [w.id, w] as const))('%s', async (_id, w) => {
    const py = await playgroundPython();
    if (w.load.kind !== 'playground') throw new Error('not a playground variation');
    const outcome = await runProgram(py, w.load.code, DEFAULT_LIMITS);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    expect(printedLines(outcome.trace)).toEqual(w.after.console);
    expect(prints(outcome.trace.events)).toEqual(prints(w.after.trace.events));
  });
});
