/**
 * The executor scenarios against real python3: each scenario's downloadable .py prints, in
 * CPython, exactly the simulated console — the same lines, in the same order, each from the
 * same thread — with nothing on stderr. Their jobs sleep 0.1 s apart at real speed; a run
 * that differs is rerun with every sleep 2.5× and then 5× longer, so only a difference that
 * survives all three (a real one) fails.
 */
import { describe, expect, it } from 'vitest';
import { streamText } from '../../src/core';
import { SCENARIOS } from '../../src/scenarios/registry';
import { runScenario } from '../../src/scenarios/run';
import { inPool, requirePython, runCPython, type CPythonRun } from './scenarios-cpython';

const version = requirePython();
const SLEEP_SCALES = [1, 2.5, 5];
const executorIds = SCENARIOS.filter((s) => s.id.startsWith('pool-')).map((s) => s.id);

describe(`executor scenarios against CPython (${version})`, () => {
  it('are the six the issue names', () => {
    expect(executorIds).toEqual([
      'pool-as-completed',
      'pool-map',
      'pool-first-completed',
      'pool-queue',
      'pool-shutdown',
      'pool-raises',
    ]);
  });

  it('each prints what CPython prints, line by line and thread by thread', async () => {
    const failures: string[] = [];
    await inPool(executorIds, 2, async (id) => {
      const run = runScenario(id);
      const simulated = {
        stdout: streamText(run.trace, 'stdout'),
        stderr: '',
        exitCode: 0,
        prints: run.trace.events.flatMap((e) =>
          e.type === 'stdout' ? [{ thread: e.thread, text: e.text }] : [],
        ),
      };
      let real: CPythonRun | null = null;
      for (const sleepScale of SLEEP_SCALES) {
        real = await runCPython(run.python, id, 1, sleepScale);
        if (JSON.stringify(real) === JSON.stringify(simulated)) return;
      }
      failures.push(
        `${id}: CPython ${JSON.stringify(real)}, simulated ${JSON.stringify(simulated)}`,
      );
    });
    expect(failures).toEqual([]);
  }, 120_000);
});
