/**
 * Every "What if" variation of every built-in scenario against real python3: the variation's
 * program, run by CPython, prints exactly the console the core simulated for it (the answer the
 * learner is marked against), line by line and thread by thread, with nothing on stderr.
 * Timers run at a tenth of their interval; a run that differs is rerun with longer waits, so
 * only a difference that survives them all (a real one) fails.
 */
import { describe, expect, it } from 'vitest';
import { streamText } from '../../src/core';
import { whatIfsFor } from '../../src/predict/whatIf';
import { SCENARIOS } from '../../src/scenarios/registry';
import { inPool, requirePython, runCPython, type CPythonRun } from './scenarios-cpython';

const version = requirePython();
/** [Timer scale, sleep scale] tries, fastest first. */
const SCALES = [
  [0.1, 1],
  [0.25, 2.5],
  [0.5, 5],
] as const;

const variations = SCENARIOS.filter((s) => s.id !== 'playground').flatMap((s) =>
  whatIfsFor(s.run(), null),
);

describe(`"What if" variations against CPython (${version})`, () => {
  it('there is one for every built-in scenario', () => {
    const covered = new Set(variations.map((v) => v.id.split('/')[0]));
    const builtIn = SCENARIOS.map((s) => s.id).filter((id) => id !== 'playground');
    expect(builtIn.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('each prints in CPython the console the question is marked against', async () => {
    const failures: string[] = [];
    await inPool(variations, 2, async (v) => {
      const simulated = {
        stdout: streamText(v.after.trace, 'stdout'),
        stderr: '',
        exitCode: 0,
        prints: v.after.trace.events.flatMap((e) =>
          e.type === 'stdout' ? [{ thread: e.thread, text: e.text }] : [],
        ),
      };
      let real: CPythonRun | null = null;
      for (const [scale, sleepScale] of SCALES) {
        real = await runCPython(v.after.source, v.id.replace('/', '-'), scale, sleepScale);
        if (JSON.stringify(real) === JSON.stringify(simulated)) return;
      }
      failures.push(
        `${v.id}: CPython ${JSON.stringify(real)}, simulated ${JSON.stringify(simulated)}`,
      );
    });
    expect(failures).toEqual([]);
  }, 180_000);
});
