/**
 * The CPython oracle: every program in ./programs runs in the real python3 on this machine
 * (waits shortened) and in the core, simulated for the same version; stdout, stderr and the
 * exit code must match, with addresses, thread idents, the stdlib directory and the script
 * path masked. Another interpreter can be checked by putting it first on PATH, e.g.
 * `PATH=~/.pyenv/versions/3.13.0/bin:$PATH npx vitest run test/python` (3.8.18, 3.9.18,
 * 3.10.13, 3.11.7, 3.12.1 and 3.13.0 all pass on the development machine).
 */
import { describe, expect, it } from 'vitest';
import { pythonVersion, resolveOptions, simulate, streamText } from '../../src/core';
import { detectPython, mask, runPython } from './support/cpython';
import type { PythonRun } from './support/cpython';
import { ORACLE_PROGRAMS } from './programs';

const python = detectPython();
// Fails loudly (at collection) when the version is not one the core models.
const version = pythonVersion(python.version);

describe(`CPython ${python.version} oracle`, () => {
  it('has python3 in a supported version', () => {
    expect(version.minor).toMatch(/^3\.(8|9|1[0-4])$/);
  });

  const applicable = ORACLE_PROGRAMS.filter((p) => version.n >= (p.minMinor ?? 8));
  // Start every interpreter up front (a few at a time); each test awaits its own run.
  const runs = new Map(
    applicable.map((p) => [p.name, runPython(p.name, p.source, p.scale ?? 0.5)]),
  );

  for (const p of applicable) {
    it(
      p.name,
      async () => {
        const started = runs.get(p.name);
        if (!started) throw new Error(`no run for ${p.name}`);
        const trace = simulate(p, {
          ...p.options,
          python: python.version,
          scriptPath: started.path,
        });
        const end = trace.events.at(-1);
        const simPaths = {
          lib: resolveOptions({ python: python.version }).libDir,
          script: started.path,
        };
        const simulated = {
          stdout: mask(streamText(trace, 'stdout'), simPaths),
          stderr: mask(streamText(trace, 'stderr'), simPaths),
          code: end?.type === 'program.end' ? end.exitCode : 'deadlock',
        };
        const realPaths = { lib: python.libDir, script: started.path };
        const observed = (real: PythonRun) => ({
          stdout: mask(real.stdout, realPaths),
          stderr: mask(real.stderr, realPaths),
          code: real.code,
        });
        let real = observed(await started.run);
        // Shortened waits can reorder threads on a busy machine: then CPython itself is not
        // deterministic, and one rerun with every wait doubled decides.
        if (JSON.stringify(real) !== JSON.stringify(simulated)) {
          real = observed(await runPython(p.name, p.source, 2).run);
        }
        expect(simulated).toEqual(real);
      },
      30_000,
    );
  }
});
