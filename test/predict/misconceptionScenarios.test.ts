import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { streamText } from '../../src/core';
import { runScenario } from '../../src/scenarios';
import { SCENARIOS } from '../../src/scenarios/registry';
import { gatesFor } from '../../src/predict/gatesFor';
import type { ScenarioId, ScenarioRun } from '../../src/scenarios/types';
import { MISCONCEPTION_IDS } from '../../src/predict/misconceptions';
import { requirePython, runCPython } from '../python/scenarios-cpython';
import { problemsOf } from './agreement';

/** The misconception scenarios: each a program of its own. */
const programIds = SCENARIOS.filter((s) => s.kind === 'program').map((s) => s.id);
const misconceptionRun = (id: ScenarioId, ordering = 0) => runScenario(id, undefined, ordering);

// Timers and timeouts run at a fifth of their length in CPython: order is kept, tests are quick.
const SCALE = 0.2;

/** Each print of the simulated trace: the thread that made it and its text. */
const simulatedPrints = (id: ScenarioId, ordering = 0) =>
  misconceptionRun(id, ordering)
    .trace.events.filter((e) => e.type === 'stdout')
    .map((e) => ({ thread: e.thread, text: e.type === 'stdout' ? e.text : '' }));

/** Whether `whole` is `x` and `y` shuffled together, each keeping its own character order. */
function isInterleaving(x: string, y: string, whole: string): boolean {
  if (x.length + y.length !== whole.length) return false;
  // reach[j]: x[0..i) and y[0..j) can make whole[0..i+j).
  let reach = Array.from({ length: y.length + 1 }, (_, j) => y.slice(0, j) === whole.slice(0, j));
  for (let i = 1; i <= x.length; i++) {
    const next = new Array<boolean>(y.length + 1).fill(false);
    for (let j = 0; j <= y.length; j++) {
      const c = whole[i + j - 1];
      next[j] = (reach[j]! && x[i - 1] === c) || (j > 0 && next[j - 1]! && y[j - 1] === c);
    }
    reach = next;
  }
  return reach[y.length]!;
}

beforeAll(() => {
  requirePython();
});

describe('misconception scenarios against real python3', () => {
  it.each(programIds.map((id) => [id]))(
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
    expect(isInterleaving('ab\n', 'cd\n', 'acb\nd\n')).toBe(true);
    expect(isInterleaving('ab\n', 'cd\n', 'ba\ncd\n')).toBe(false);
    // Unmodified CPython (no runner, real 1.0 s Timers) prints the two lines in either order,
    // and may even tear them (spec P-2: print writes its pieces separately): an interleaving.
    const dir = mkdtempSync(join(tmpdir(), 'equal-delays-'));
    const script = join(dir, 'equal_delays.py');
    writeFileSync(script, first!.python);
    const real = spawnSync('python3', ['-u', script], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(real.status).toBe(0);
    const [one, two] = a.map((l) => l + '\n') as [string, string];
    expect(isInterleaving(one, two, real.stdout)).toBe(true);
  }, 20_000);
});

describe('misconception scenarios as runs', () => {
  it.each(programIds.map((id) => [id]))(
    '%s: every print points at a print( line of its source, and the run fits ScenarioRun',
    (id) => {
      const run = misconceptionRun(id);
      // A misconception's run is a ScenarioRun like any other scenario's.
      const asRun: Omit<ScenarioRun, 'id'> = run;
      const lines = asRun.trace.source.split('\n');
      const prints = run.trace.events.filter((e) => e.type === 'stdout');
      expect(prints.length).toBeGreaterThan(0);
      for (const e of prints) expect(lines[(e.line ?? 0) - 1]).toContain('print(');
      expect(run.python).toBe(run.trace.source);
    },
  );
});

describe('gates of the misconception scenarios', () => {
  const all = programIds.flatMap((id) =>
    Array.from({ length: misconceptionRun(id).ordering?.count ?? 1 }, (_, o) => [id, o] as const),
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
      expect(kinds.length).toBeGreaterThan(0);
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
