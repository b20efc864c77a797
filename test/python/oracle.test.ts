/**
 * The CPython oracle: every program in ./programs runs in the real python3 on this machine
 * (waits shortened) and in the core, simulated for the same version; stdout, stderr and the
 * exit code must match, addresses and thread idents masked.
 */
import { describe, expect, it } from 'vitest';
import { simulate, streamText, pythonVersion } from '../../src/core';
import { detectPython, mask, runPython } from './support/cpython';
import { ORACLE_PROGRAMS } from './programs';

const python = detectPython();
// Fails loudly (at collection) when the version is not one the core models.
const version = pythonVersion(python.version);

describe(`CPython ${python.version} oracle`, () => {
  it('has python3 in a supported version', () => {
    expect(version.minor).toMatch(/^3\.(8|9|1[0-4])$/);
  });

  const applicable = ORACLE_PROGRAMS.filter((p) => version.n >= (p.minMinor ?? 8));
  // Start every interpreter at once; each test then awaits its own run.
  const runs = new Map(
    applicable.map((p) => [p.name, runPython(p.name, p.source, p.scale ?? 0.5)]),
  );

  for (const p of applicable) {
    it(
      p.name,
      async () => {
        const started = runs.get(p.name);
        if (!started) throw new Error(`no run for ${p.name}`);
        const real = await started.run;
        const trace = simulate(p, {
          ...p.options,
          python: python.version,
          scriptPath: started.path,
          libDir: python.libDir,
        });
        const end = trace.events.at(-1);
        expect({
          stdout: mask(streamText(trace, 'stdout')),
          stderr: mask(streamText(trace, 'stderr')),
          code: end?.type === 'program.end' ? end.exitCode : 'deadlock',
        }).toEqual({ stdout: mask(real.stdout), stderr: mask(real.stderr), code: real.code });
      },
      20_000,
    );
  }
});
