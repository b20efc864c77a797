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
beforeAll(() => {
  // A few python3 runs at a time: they mostly sleep, but a loaded machine can stall one
  // long enough to reorder its real timers, and then CPython itself prints differently.
  let chain: Promise<unknown>[] = [Promise.resolve(), Promise.resolve(), Promise.resolve()];
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
    const cpython = await real.get(file)!;
    expect(maskAddresses(streamText(events, 'stdout'))).toBe(maskAddresses(cpython.stdout));
    expect(maskStderr(streamText(events, 'stderr'))).toBe(maskStderr(cpython.stderr));
    const end = events.filter((e) => e.type === 'program.end');
    expect(end).toMatchObject([{ exitCode: cpython.exitCode }]);
  });
});
