/**
 * The first lesson against real python3: its downloadable .py prints, in CPython, exactly the
 * simulated console — the same lines, in the same order, each from the same thread (the line
 * naming MainThread from MainThread, the line naming the Timer's thread from that thread).
 * The Timer's 1.0 s runs at real speed; a run that differs is rerun with it 2.5× and 5×
 * longer, so only a difference that survives all three (a real one) fails.
 */
import { describe, expect, it } from 'vitest';
import { streamText } from '../../src/core';
import { runScenario } from '../../src/scenarios/run';
import { requirePython, runCPython, type CPythonRun } from './scenarios-cpython';

const version = requirePython();

describe(`the first lesson against CPython (${version})`, () => {
  it('prints what CPython prints, line by line and thread by thread', async () => {
    const run = runScenario('first-lesson');
    const simulated = {
      stdout: streamText(run.trace, 'stdout'),
      stderr: '',
      exitCode: 0,
      prints: run.trace.events.flatMap((e) =>
        e.type === 'stdout' ? [{ thread: e.thread, text: e.text }] : [],
      ),
    };
    let real: CPythonRun | null = null;
    for (const scale of [1, 2.5, 5]) {
      real = await runCPython(run.python, 'first-lesson', scale);
      if (JSON.stringify(real) === JSON.stringify(simulated)) break;
    }
    expect(real).toEqual(simulated);
    // Both threads printed, each naming itself.
    expect(real?.prints.map((p) => p.thread)).toEqual(['MainThread', 'Thread-1']);
  }, 60_000);
});
