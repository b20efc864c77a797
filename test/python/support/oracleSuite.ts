/**
 * One CPython oracle suite: each program runs in the real python3 on this machine (its waits
 * scaled by `defaultScale` unless it sets its own) and in the core, simulated for the same
 * version; stdout, stderr and the exit code must match, with addresses, thread idents, the
 * stdlib directory and the script path masked. Shared by the threads' and asyncio's oracles.
 *
 * @example oracleSuite('oracle', ORACLE_PROGRAMS, 0.5);
 */
import { describe, expect, it } from 'vitest';
import { pythonVersion, resolveOptions, simulate, streamText } from '../../../src/core';
import { detectPython, mask, runPython } from './cpython';
import type { PythonRun } from './cpython';
import type { OracleProgram } from '../programs/types';

export function oracleSuite(
  title: string,
  programs: readonly OracleProgram[],
  defaultScale: number,
): void {
  const python = detectPython();
  // Fails loudly (at collection) when the version is not one the core models.
  const version = pythonVersion(python.version);

  describe(`CPython ${python.version} ${title}`, () => {
    it('has python3 in a supported version', () => {
      expect(version.minor).toMatch(/^3\.(8|9|1[0-4])$/);
    });

    const applicable = programs.filter((p) => version.n >= (p.minMinor ?? 8));
    // Start every interpreter up front (a few at a time); each test awaits its own run.
    const runs = new Map(
      applicable.map((p) => [p.name, runPython(p.name, p.source, p.scale ?? defaultScale)]),
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
}
