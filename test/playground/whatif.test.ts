/**
 * **Run it** plays some "What if" variations in the playground: a pool's own program with
 * fewer workers, and a Lab program with a late done-callback appended (the Lab's form cannot
 * say either). The playground must print what the question marks as right: the console the
 * core simulated for the variation, line by line and thread by thread.
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
  test('every pool scenario has one, and so does every late callback', () => {
    const pools = SCENARIOS.filter((s) => s.id.startsWith('pool-')).map((s) => `${s.id}/workers`);
    const ids = played.map((w) => w.id);
    expect(ids.filter((id) => id.endsWith('/workers'))).toEqual(pools);
    expect(ids.filter((id) => !id.endsWith('/workers'))).toEqual(
      ids.filter((id) => id.endsWith('/late-callback')),
    );
    expect(ids.filter((id) => id.endsWith('/late-callback')).length).toBeGreaterThan(0);
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
