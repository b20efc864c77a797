import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { runProgram } from '../../src/playground/session';
import { maskAddresses, maskStderr, runCPython, type Console } from './cpython';
import { playgroundPython, streamText } from './pyodide';

const DIR = fileURLToPath(new URL('./programs/', import.meta.url));
// The seed's timers tie on one deadline (P-3: real CPython may fire them in any order).
const PROGRAMS = readdirSync(DIR)
  .filter((f) => f.endsWith('.py') && !f.startsWith('seed_'))
  .sort();

const real = new Map<string, Promise<Console>>();
beforeAll(async () => {
  await playgroundPython(); // first, so loading Pyodide does not starve python3's real timers
  // A few python3 runs at a time: they mostly sleep, but a loaded machine can stall one
  // long enough to reorder its real timers, and then CPython itself prints differently.
  let chain: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
  PROGRAMS.forEach((file, i) => {
    const slot = i % chain.length;
    const run = chain[slot]!.then(() => runCPython(DIR + file));
    chain[slot] = run;
    real.set(file, run);
  });
  chain = [];
});

describe('the playground prints what python3 prints', () => {
  test('there are at least 40 programs', () => {
    expect(PROGRAMS.length).toBeGreaterThanOrEqual(40);
  });

  test.each(PROGRAMS)('%s', async (file) => {
    const source = readFileSync(DIR + file, 'utf8');
    const outcome = await runProgram(await playgroundPython(), source);
    if (!outcome.ok) throw new Error(`${file}: ${JSON.stringify(outcome.error)}`);
    const events = outcome.trace.events;
    const ours = {
      stdout: maskAddresses(streamText(events, 'stdout')),
      stderr: maskStderr(streamText(events, 'stderr')),
    };
    const end = events.filter((e) => e.type === 'program.end');
    let cpython = masked(await real.get(file)!);
    if (cpython.stdout !== ours.stdout || cpython.stderr !== ours.stderr) {
      // python3 runs on real timers; on a busy machine one run can be late enough to
      // reorder. Then CPython's answer is what it prints in at least two of three runs.
      cpython = await consensus(file, cpython);
    }
    expect(ours.stdout).toBe(cpython.stdout);
    expect(ours.stderr).toBe(cpython.stderr);
    expect(end).toMatchObject([{ exitCode: cpython.exitCode }]);
  });
});

function masked(run: Console): Console {
  return { ...run, stdout: maskAddresses(run.stdout), stderr: maskStderr(run.stderr) };
}

async function consensus(file: string, first: Console): Promise<Console> {
  const runs = [first, masked(await runCPython(DIR + file)), masked(await runCPython(DIR + file))];
  const key = (r: Console) => JSON.stringify([r.stdout, r.stderr, r.exitCode]);
  return runs.find((r) => runs.filter((o) => key(o) === key(r)).length >= 2) ?? first;
}
