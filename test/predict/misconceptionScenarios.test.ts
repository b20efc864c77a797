import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { streamText } from '../../src/core';
import { MISCONCEPTION_SCENARIOS, misconceptionRun } from '../../src/scenarios/misconceptions';
import { gatesFor } from '../../src/predict/gatesFor';
import { MISCONCEPTION_IDS } from '../../src/predict/misconceptions';
import { requirePython, runCPython } from '../python/scenarios-cpython';
import { problemsOf } from './agreement';

// Timers and timeouts run at a fifth of their length in CPython: order is kept, tests are quick.
const SCALE = 0.2;

/** Each print of the simulated trace: the thread that made it and its text. */
const simulatedPrints = (id: Parameters<typeof misconceptionRun>[0], ordering = 0) =>
  misconceptionRun(id, ordering)
    .trace.events.filter((e) => e.type === 'stdout')
    .map((e) => ({ thread: e.thread, text: e.type === 'stdout' ? e.text : '' }));

beforeAll(() => {
  requirePython();
});

describe('misconception scenarios against real python3', () => {
  it.each(MISCONCEPTION_SCENARIOS.map((s) => [s.id]))(
    '%s prints what CPython prints, on the same threads',
    async (id) => {
      const run = misconceptionRun(id);
      const cpython = await runCPython(run.python, id, SCALE);
      expect(cpython.stderr).toBe('');
      expect(cpython.exitCode).toBe(0);
      expect(streamText(run.trace, 'stdout')).toBe(cpython.stdout);
      expect(simulatedPrints(id)).toEqual(cpython.prints);
    },
    20_000,
  );

  it('equal-delays: the other ordering prints the same lines, swapped, and says CPython may do either', async () => {
    const [first, second] = [0, 1].map((o) => misconceptionRun('equal-delays', o));
    const lines = (text: string) => text.trimEnd().split('\n');
    const a = lines(streamText(first!.trace, 'stdout'));
    const b = lines(streamText(second!.trace, 'stdout'));
    expect(b).toEqual([...a].reverse());
    expect(second!.python).toBe(first!.python);
    expect(second!.ordering).toMatchObject({ index: 1, count: 2 });
    expect(first!.ordering!.note).toContain('either order');
    // Unmodified CPython (no runner, real 1.0 s Timers) prints one of the two orderings.
    const dir = mkdtempSync(join(tmpdir(), 'equal-delays-'));
    const script = join(dir, 'equal_delays.py');
    writeFileSync(script, first!.python);
    const real = spawnSync('python3', ['-u', script], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect([a, b]).toContainEqual(lines(real.stdout));
  }, 20_000);
});

describe('gates of the misconception scenarios', () => {
  const all = MISCONCEPTION_SCENARIOS.flatMap((s) =>
    Array.from({ length: s.orderings?.length ?? 1 }, (_, o) => [s.id, o] as const),
  );

  it.each(all)('%s (ordering %i): every gate agrees with the trace', (id, o) => {
    const trace = misconceptionRun(id, o).trace;
    const gates = gatesFor(trace);
    expect(gates.length).toBeGreaterThan(0);
    for (const gate of gates) expect(problemsOf(trace, gate)).toEqual([]);
  });

  it('together confront every named misconception', () => {
    const named = new Set(
      all.flatMap(([id, o]) =>
        gatesFor(misconceptionRun(id, o).trace).flatMap((g) =>
          g.choices.map((c) => c.misconception),
        ),
      ),
    );
    expect(MISCONCEPTION_IDS.filter((m) => !named.has(m))).toEqual(['result-waits-for-all']);
  });

  it('ask nothing about the order of equal delays', () => {
    for (const o of [0, 1]) {
      const kinds = gatesFor(misconceptionRun('equal-delays', o).trace).map((g) => g.kind);
      expect(kinds).not.toContain('first-finish');
      expect(kinds).not.toContain('next-line');
    }
  });

  it('who-runs-callback asks which thread runs on_done, answer Thread-1', () => {
    const [gate] = gatesFor(misconceptionRun('who-runs-callback').trace);
    expect(gate!.question).toBe('Which thread will run on_done when fut finishes?');
    expect(gate!.choices.find((c) => c.id === gate!.correct)!.text).toBe('Thread-1');
  });
});
