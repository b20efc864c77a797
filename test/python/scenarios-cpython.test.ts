/**
 * Every scenario's downloadable .py, run by the real python3 with shortened waits, prints
 * what the simulated console shows at the end (addresses masked): the four notebook
 * scenarios and a seeded spread of Lab parameters.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Trace } from '../../src/core/trace';
import { SCENARIOS } from '../../src/scenarios/registry';
import { runScenario } from '../../src/scenarios/run';
import type { LabParams } from '../../src/scenarios/types';
import { shownConsole } from '../scenarios/console';
import {
  inPool,
  maskAddresses,
  requirePython,
  runCPython,
  type CPythonRun,
} from './scenarios-cpython';
import { generateLab, hasContentRace, hasOrderRace, prng } from './scenarios-lab-cases';

/** 5.0 s of virtual time becomes 1 s of real time; distinct intervals stay ≥ 100 ms apart. */
const SCALE = 0.2;
const LAB_CASES = 240;
const PARALLEL = 4;
const version = requirePython();
/**
 * Real threads on a shared, loaded machine can miss a 100 ms gap. A case that differs is run
 * again with waits 2.5× and 5× longer; a real difference is deterministic and fails all three.
 */
const RETRY_SCALES = [0.5, 1];
const counts = { notebook: 0, labExact: 0, labPerThread: 0, labSkippedRacy: 0, retried: 0 };

/** The simulated console, as (thread, text) writes; a displayed value is MainThread's line. */
function simulatedWrites(trace: Trace): { thread: string; text: string }[] {
  return trace.events.flatMap((e) =>
    e.type === 'stdout'
      ? [{ thread: e.thread, text: e.text }]
      : e.type === 'display'
        ? [{ thread: e.thread, text: `${e.text}\n` }]
        : [],
  );
}

function byThread(writes: { thread: string; text: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const w of writes) out[w.thread] = (out[w.thread] ?? '') + maskAddresses(w.text);
  return out;
}

function stderrOf(trace: Trace): string {
  return trace.events.flatMap((e) => (e.type === 'stderr' ? [e.text] : [])).join('');
}

/** Exact order where CPython guarantees one; otherwise each thread's own writes, in order. */
function compare(trace: Trace, run: CPythonRun, exactOrder: boolean, label: string): void {
  expect(run.exitCode, `${label}: exit code`).toBe(0);
  expect(maskAddresses(run.stderr), `${label}: stderr`).toBe(maskAddresses(stderrOf(trace)));
  if (exactOrder)
    expect(maskAddresses(run.stdout), `${label}: stdout`).toBe(maskAddresses(shownConsole(trace)));
  expect(byThread(run.prints), `${label}: each thread's prints`).toEqual(
    byThread(simulatedWrites(trace)),
  );
  expect(maskAddresses(run.stdout).split('\n').sort(), `${label}: every line`).toEqual(
    maskAddresses(shownConsole(trace)).split('\n').sort(),
  );
}

describe(`scenarios against CPython (${version})`, () => {
  afterAll(() => {
    console.log(
      `CPython comparison: ${counts.notebook} notebook scenarios, ${counts.labExact + counts.labPerThread} Lab cases ` +
        `(${counts.labExact} in exact console order, ${counts.labPerThread} per thread where CPython's threads race), ` +
        `${counts.labSkippedRacy} generated cases set aside because a timeout and a Timer tie, ` +
        `${counts.retried} reruns with longer waits`,
    );
  });

  it('runs each notebook scenario’s .py and prints the simulated console', async () => {
    const notebooks = SCENARIOS.filter((s) => s.cellNumbers.length > 0);
    await inPool(notebooks, PARALLEL, async (s) => {
      const run = runScenario(s.id);
      const cpython = await runCPython(run.python, s.id, SCALE);
      compare(run.trace, cpython, true, s.id);
      counts.notebook++;
    });
    expect(counts.notebook).toBe(4);
  }, 60_000);

  it(`runs ${LAB_CASES} generated Lab programs and prints the simulated console`, async () => {
    const next = prng(20260525);
    const cases: { lab: LabParams; trace: Trace; python: string; exact: boolean }[] = [];
    while (cases.length < LAB_CASES) {
      const lab = generateLab(next);
      const run = runScenario('lab', lab);
      if (hasContentRace(run.trace)) {
        counts.labSkippedRacy++;
        continue;
      }
      cases.push({ lab, trace: run.trace, python: run.python, exact: !hasOrderRace(run.trace) });
    }
    const failures: string[] = [];
    await inPool(cases, PARALLEL, async (c) => {
      let cpython = await runCPython(c.python, 'lab', SCALE);
      try {
        for (const retryScale of [null, ...RETRY_SCALES]) {
          try {
            if (retryScale !== null) {
              counts.retried++;
              cpython = await runCPython(c.python, 'lab', retryScale);
            }
            compare(c.trace, cpython, c.exact, JSON.stringify(c.lab));
            break;
          } catch (e) {
            if (retryScale === RETRY_SCALES[RETRY_SCALES.length - 1]) throw e;
          }
        }
        if (c.exact) counts.labExact++;
        else counts.labPerThread++;
      } catch (e) {
        const sim = maskAddresses(shownConsole(c.trace)).split('\n');
        const real = maskAddresses(cpython.stdout).split('\n');
        const at = sim.findIndex((line, i) => line !== real[i]);
        failures.push(
          `${(e as Error).message.split('\n')[0]} — line ${at + 1}: simulated ${JSON.stringify(sim[at])}, CPython ${JSON.stringify(real[at])}`,
        );
      }
    });
    expect(failures.slice(0, 8)).toEqual([]);
    expect(counts.labExact + counts.labPerThread).toBe(LAB_CASES);
    // The spread must exercise every outcome and every way of observing.
    for (const what of ['ok', 'fail', 'raise', 'cancel'])
      expect(cases.some((c) => c.lab.outcomes.includes(what as never))).toBe(true);
    for (const what of ['callbacks', 'result', 'both'])
      expect(cases.some((c) => c.lab.observe === what)).toBe(true);
    expect(cases.some((c) => c.lab.timeout !== null)).toBe(true);
    expect(cases.some((c) => c.lab.numbers.length === 50)).toBe(true);
    // Many calls with different intervals: Timers must fire in CPython's order, not drift by line costs.
    expect(cases.some((c) => c.lab.numbers.length > 8 && new Set(c.lab.delays).size > 1)).toBe(
      true,
    );
  }, 300_000);
});
