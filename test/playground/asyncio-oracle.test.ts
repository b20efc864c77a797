/**
 * The playground runs asyncio as CPython does, in virtual time: every asyncio program runs on
 * Pyodide (CPython 3.14) and must print what python3 prints, stdout, stderr and exit code.
 *
 * Two sets of programs:
 * - the core's asyncio oracle programs (test/python/asyncio-programs), which also say what
 *   each CPython version prints. Where the core finds that python3's version and 3.14 print
 *   the same, the playground is held to python3 itself; where they differ (a Handle's repr
 *   lost its arguments in 3.13, for one), to the core's 3.14, itself held to python3 by the
 *   core's oracle on every version this machine has;
 * - the playground's own (./asyncio-programs/*.py): threads running loops, queues, shields,
 *   run_coroutine_threadsafe, held to python3 directly.
 *
 * python3 runs the programs at full speed (their delays are a few hundredths of a second,
 * far enough apart that CPython's order is fixed); on a mismatch it is asked once more with
 * every wait doubled, as the core's oracle does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { pythonVersion, simulate, streamText as coreStream } from '../../src/core';
import { runProgram } from '../../src/playground/session';
import { ASYNCIO_PROGRAMS } from '../python/asyncio-programs';
import { detectPython, mask, runPython, type PythonRun } from '../python/support/cpython';
import { playgroundPython, streamText } from './pyodide';

const OWN_DIR = fileURLToPath(new URL('./asyncio-programs/', import.meta.url));
const OWN = readdirSync(OWN_DIR)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => ({ name: f.replace(/\.py$/, ''), source: readFileSync(OWN_DIR + f, 'utf8') }));

const PLAYGROUND = '3.14';
const PLAYGROUND_PATHS = { lib: '/lib/python314.zip', script: 'main.py' };
const SIM_SCRIPT = '/sim/main.py';

interface Printed {
  stdout: string;
  stderr: string;
  code: number | null | 'deadlock';
}

/**
 * What may differ between two CPython versions that both print the same program alike:
 * stdlib line numbers (in tracebacks and in reprs' `at file:line`), the stdlib line shown
 * under a stdlib frame, and caret lines (3.11 marks fewer expressions than 3.13+).
 */
function normalise(text: string, paths: { lib: string; script: string }): string {
  const out: string[] = [];
  let underLib = false;
  for (const line of mask(text, paths).split('\n')) {
    if (underLib && line.startsWith('    ') && !/^\s*[~^]+\s*$/.test(line)) {
      underLib = false;
      continue;
    }
    underLib = false;
    if (/^\s*[~^]+\s*$/.test(line)) continue;
    const lib = /^ {2}File "<LIB>\/([^"]+)", line \d+, in (.*)$/.exec(line);
    if (lib) {
      out.push(`  File "<LIB>/${lib[1]}", line N, in ${lib[2]}`);
      underLib = true;
      continue;
    }
    out.push(line.replace(/<LIB>\/([\w/]+\.py):\d+/g, '<LIB>/$1:N'));
  }
  return out.join('\n');
}

const printedBy = (run: PythonRun, script: string, lib: string): Printed => ({
  stdout: normalise(run.stdout, { lib, script }),
  stderr: normalise(run.stderr, { lib, script }),
  code: run.code,
});

async function playground(source: string): Promise<Printed> {
  const outcome = await runProgram(await playgroundPython(), source);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  const end = outcome.trace.events.at(-1);
  return {
    stdout: normalise(streamText(outcome.trace.events, 'stdout'), PLAYGROUND_PATHS),
    stderr: normalise(streamText(outcome.trace.events, 'stderr'), PLAYGROUND_PATHS),
    code: end?.type === 'program.end' ? end.exitCode : 'deadlock',
  };
}

function simulated(p: (typeof ASYNCIO_PROGRAMS)[number], version: string): Printed {
  const trace = simulate(p, { ...p.options, python: version, scriptPath: SIM_SCRIPT });
  const paths = { lib: `/usr/lib/python${pythonVersion(version).minor}`, script: SIM_SCRIPT };
  const end = trace.events.at(-1);
  return {
    stdout: normalise(coreStream(trace, 'stdout'), paths),
    stderr: normalise(coreStream(trace, 'stderr'), paths),
    code: end?.type === 'program.end' ? end.exitCode : 'deadlock',
  };
}

/** python3's answer; a mismatch with `ours` is asked once more with every wait doubled. */
async function python3(name: string, source: string, ours: Printed): Promise<Printed> {
  const { libDir } = detectPython();
  const first = runPython(name, source, 1);
  const real = printedBy(await first.run, first.path, libDir);
  if (JSON.stringify(real) === JSON.stringify(ours)) return real;
  const again = runPython(name, source, 2);
  return printedBy(await again.run, again.path, libDir);
}

describe('the playground runs asyncio as CPython does', () => {
  const version = detectPython().version;
  const modelled = ASYNCIO_PROGRAMS.filter((p) => (p.minMinor ?? 8) <= 14);

  test('at least 20 asyncio programs are held to CPython', () => {
    expect(modelled.length + OWN.length).toBeGreaterThanOrEqual(20);
  });

  test.each(modelled.map((p) => [p.name, p] as const))('%s', async (_name, p) => {
    const ours = await playground(p.source);
    const sameOnBoth =
      JSON.stringify(simulated(p, version)) === JSON.stringify(simulated(p, PLAYGROUND));
    const expected = sameOnBoth ? await python3(p.name, p.source, ours) : simulated(p, PLAYGROUND);
    expect(ours).toEqual(expected);
  });

  test.each(OWN.map((p) => [p.name, p] as const))('%s', async (_name, p) => {
    const ours = await playground(p.source);
    expect(ours).toEqual(await python3(p.name, p.source, ours));
  });
});
