import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/scenarios/registry';
import { runScenario } from '../../src/scenarios/run';
import { CELL_PAUSE_S } from '../../src/scenarios/programs/notebook-program';
import { fromSeconds } from '../../src/core/trace';
import { simulate } from '../../src/core';
import { notebookProgram } from '../../src/scenarios/programs/notebook-program';
import { shownConsole } from './console';
import { readSeedCells } from '../seed/seed';

const seed = readSeedCells();
const notebooks = SCENARIOS.filter((s) => s.cellNumbers.length > 0);

describe('notebook scenarios replay the seed', () => {
  it.each(notebooks.map((s) => [s.id, s.cellNumbers] as const))(
    '%s: the console at the end is the seed’s output for its cells',
    (id, cellNumbers) => {
      const expected = cellNumbers
        .map((n) => seed.get(n)?.output ?? '')
        .filter((o) => o !== '')
        .map((o) => `${o}\n`)
        .join('');
      expect(expected).not.toBe('');
      expect(shownConsole(runScenario(id).trace)).toBe(expected);
    },
  );

  it.each(notebooks.map((s) => [s.id, s.cellNumbers] as const))(
    '%s: shows the seed’s cells and marks each one',
    (id, cellNumbers) => {
      const run = runScenario(id);
      const lines = run.trace.source.split('\n');
      expect(run.cells?.map((c) => c.n)).toEqual([...cellNumbers]);
      for (const span of run.cells ?? []) {
        expect(lines.slice(span.first - 1, span.last).join('\n')).toBe(seed.get(span.n)?.code);
      }
      const started = run.trace.events.flatMap((e) => (e.type === 'cell.start' ? [e.cell] : []));
      expect(started).toEqual([...cellNumbers]);
    },
  );

  it('keeps the clock running between cells: a visible pause before each next cell', () => {
    for (const s of notebooks) {
      const events = runScenario(s.id).trace.events;
      const pauses = events.filter((e) => e.type === 'thread.sleep' && e.reason === 'cell-pause');
      expect(pauses).toHaveLength(s.cellNumbers.length - 1);
      for (const p of pauses) {
        if (p.type === 'thread.sleep') expect(p.until - p.t).toBe(fromSeconds(CELL_PAUSE_S));
      }
    }
  });

  it('future-by-hand: the first Future has the seed’s address', () => {
    const created = runScenario('future-by-hand').trace.events.find(
      (e) => e.type === 'future.create',
    );
    expect(created?.type === 'future.create' && created.address).toBe('0x7f5a1c537ac8');
  });

  it('network-request: main blocks in result() in call order, each Timer completes its future', () => {
    const events = runScenario('network-request').trace.events;
    const blocks = events.flatMap((e) =>
      e.type === 'wait.begin' && e.call === 'result' ? [`${e.thread}:${e.futures.join()}`] : [],
    );
    expect(blocks).toEqual(['MainThread:1', 'MainThread:2', 'MainThread:3']);
    const finished = events.flatMap((e) =>
      e.type === 'future.state' && e.to === 'FINISHED' ? [`${e.future}@${e.thread}`] : [],
    );
    expect(finished).toEqual(['1@Thread-1', '2@Thread-2', '3@Thread-3']);
  });

  it('fetch-square: main is free at once; on_done_future prints on Thread-1/2/3', () => {
    const events = runScenario('fetch-square').trace.events;
    expect(events.some((e) => e.type === 'wait.begin' && e.thread === 'MainThread')).toBe(false);
    const mainDone = events.find((e) => e.type === 'thread.finish' && e.thread === 'MainThread');
    const prints = events.filter((e) => e.type === 'stdout');
    expect(prints.map((e) => e.thread)).toEqual(['Thread-1', 'Thread-2', 'Thread-3']);
    for (const p of prints) expect(p.t).toBeGreaterThan(mainDone?.t ?? Infinity);
    const invoked = events.filter((e) => e.type === 'callback.invoke').map((e) => e.thread);
    expect(invoked).toEqual(['Thread-1', 'Thread-2', 'Thread-3']);
  });

  it('is deterministic: the same scenario gives the same trace, byte for byte', () => {
    // Fresh simulations, not runScenario's cached run.
    const once = () =>
      JSON.stringify(simulate(notebookProgram([1, 9, 12, 13]), { firstAddress: '0x7f5a1c537ac8' }));
    expect(once()).toBe(once());
    expect(once()).toBe(JSON.stringify(runScenario('fetch-square').trace));
  });
});
