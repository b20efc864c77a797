/**
 * The asyncio scenarios against real python3: each scenario's downloadable .py prints, in
 * CPython, exactly the simulated console — the same lines, in the same order, each from the
 * same thread — with nothing on stderr. asyncio's waits are not shortened (the runner only
 * shortens threading.Timer), so each runs at its real length, 5 s at most, two at a time;
 * their moments are at least 0.5 s apart, so a loaded machine keeps CPython's order.
 */
import { describe, expect, it } from 'vitest';
import { streamText } from '../../src/core';
import { SCENARIOS } from '../../src/scenarios/registry';
import { runScenario } from '../../src/scenarios/run';
import { inPool, requirePython, runCPython } from './scenarios-cpython';

const version = requirePython();
// Found by what they are, not by a list: every built-in program that imports asyncio.
const asyncioIds = SCENARIOS.filter(
  (s) => s.kind === 'program' && runScenario(s.id).python.startsWith('import asyncio'),
).map((s) => s.id);

describe(`asyncio scenarios against CPython (${version})`, () => {
  it('are the four the issue names', () => {
    expect(asyncioIds).toEqual([
      'fetch-square-asyncio',
      'fetch-square-await',
      'run-in-executor',
      'network-request-asyncio',
    ]);
  });

  it('each prints what CPython prints, line by line and thread by thread', async () => {
    const failures: string[] = [];
    await inPool(asyncioIds, 2, async (id) => {
      const run = runScenario(id);
      const simulated = {
        stdout: streamText(run.trace, 'stdout'),
        stderr: streamText(run.trace, 'stderr'),
        exitCode: 0,
        prints: run.trace.events.flatMap((e) =>
          e.type === 'stdout' ? [{ thread: e.thread, text: e.text }] : [],
        ),
      };
      const real = await runCPython(run.python, id, 1);
      if (JSON.stringify(real) !== JSON.stringify(simulated))
        failures.push(
          `${id}: CPython ${JSON.stringify(real)}, simulated ${JSON.stringify(simulated)}`,
        );
    });
    expect(failures).toEqual([]);
  }, 60_000);
});
