import { describe, expect, it } from 'vitest';
import { fromSeconds, type VirtualUs } from '../../src/core/trace';
import { frameScene } from '../../src/export/frameScene';
import type { Scene } from '../../src/export/scene';
import { timelineScene } from '../../src/export/timelineScene';
import { runScenario } from '../../src/scenarios';
import { consoleLinesAt } from '../../src/store/selectors/consoleLinesAt';
import { currentLines } from '../../src/store/selectors/currentLines';
import { futuresAt } from '../../src/store/selectors/futuresAt';
import { threadsOf } from '../../src/store/selectors/threadsOf';

const texts = (scene: Scene) => scene.items.flatMap((i) => (i.kind === 'text' ? [i.text] : []));

const run = runScenario('fetch-square');
const frameAt = (t: number, extra: Partial<Parameters<typeof frameScene>[0]> = {}) =>
  frameScene({ trace: run.trace, title: run.title, cells: run.cells, t, ...extra });

describe('frameScene of fetch_square', () => {
  it('names every lane the page shows at 8.0 s: each thread, then each future', () => {
    const t = fromSeconds(8);
    const names = [
      ...threadsOf(run.trace).map((th) => th.name),
      ...futuresAt(run.trace, run.trace.end).map((f) => f.name),
    ];
    expect(names).toEqual([
      'MainThread',
      'Thread-1',
      'Thread-2',
      'Thread-3',
      'fut1',
      'fut2',
      'fut3',
    ]);
    const shown = texts(frameAt(t));
    for (const name of names) expect(shown).toContain(name);
  });

  it('holds every console line printed by the end, with the thread that printed it', () => {
    const lines = consoleLinesAt(run.trace, run.trace.end);
    expect(lines.map((l) => l.text)).toEqual(['Result is: 4', 'Result is: 9', 'Result is: 16']);
    const shown = texts(frameAt(run.trace.end));
    for (const line of lines) {
      expect(shown).toContain(line.text);
      expect(shown.some((s) => s.startsWith(`← ${line.thread}`))).toBe(true);
    }
  });

  it('shows only what was printed by the playhead: nothing yet at 8.0 s, one line at 8.015 s', () => {
    expect(texts(frameAt(fromSeconds(8)))).toContain('Nothing printed yet.');
    const shown = texts(frameAt(fromSeconds(8.015)));
    expect(shown).toContain('Result is: 4');
    expect(shown).not.toContain('Result is: 9');
  });

  it('titles the frame with the scenario and the time to the millisecond', () => {
    const scene = frameAt(fromSeconds(8));
    expect(scene.title).toBe(`${run.title} at t = 8.000 s`);
    expect(texts(scene)[0]).toContain('t = 8.000 s');
  });

  it('lists every source line with its number, and marks each thread’s current line by name', () => {
    // The first moment a thread is on a line of the program (fetch_square starts between cells).
    const t = run.trace.events.find((e) => currentLines(run.trace, e.t).length > 0)!.t;
    const shown = texts(frameAt(t));
    const source = run.trace.source.replace(/\n$/, '').split('\n');
    source.forEach((line, i) => {
      expect(shown).toContain(String(i + 1));
      if (line.trim()) expect(shown).toContain(line);
    });
    const here = currentLines(run.trace, t);
    expect(here.length).toBeGreaterThan(0);
    for (const l of here)
      expect(
        shown.some(
          (s) => s.startsWith(`◀ ${l.thread}`) && (l.activity === 'running' || s.includes(l.label)),
        ),
      ).toBe(true);
  });

  it('writes a teacher’s note as plain text, wrapped to the page', () => {
    const text = 'Watch Thread-1: it runs the callback, not MainThread. '.repeat(5).trim();
    const scene = frameAt(fromSeconds(8), { note: { text, t: fromSeconds(8) as VirtualUs } });
    const shown = texts(scene);
    expect(shown).toContain('Note at 8.0 s');
    const noteLines = shown.filter((s) => s.includes('Watch') || s.includes('callback, not'));
    expect(noteLines.length).toBeGreaterThan(1);
    expect(noteLines.join(' ').replace(/\s+/g, ' ')).toContain(
      'it runs the callback, not MainThread.',
    );
  });

  it('draws the playhead’s time, and a sleeping thread’s lane with its words, not colour alone', () => {
    const shown = texts(frameAt(fromSeconds(4)));
    expect(shown).toContain('4.0 s');
    expect(shown.some((s) => s.startsWith('░ sleeping'))).toBe(true);
    expect(frameAt(fromSeconds(4)).items.some((i) => i.kind === 'rect' && i.hatch)).toBe(true);
  });

  it('in the dark theme, uses the page’s dark background', () => {
    expect(frameAt(fromSeconds(8), { theme: 'dark' }).background).toBe('#11161c');
  });
});

describe('timelineScene', () => {
  it('is the timeline alone, as wide as asked, with every lane and no code', () => {
    const scene = timelineScene({ trace: run.trace, t: fromSeconds(8), width: 900 });
    expect(scene.width).toBe(900);
    const shown = texts(scene);
    expect(shown).toContain('fut3');
    expect(shown).not.toContain('Code');
  });

  it('draws a zoom window’s ticks only', () => {
    const view = { from: fromSeconds(7.9), to: fromSeconds(8.1) };
    const shown = texts(timelineScene({ trace: run.trace, t: fromSeconds(8), width: 900, view }));
    expect(shown).toContain('7.95');
    expect(shown).toContain('8.05');
    expect(shown).not.toContain('5.0');
  });

  it('folds a long list of futures into its group row by default, drawing every other row', () => {
    const pool = runScenario('lab', {
      numbers: Array.from({ length: 60 }, (_, i) => String(i)),
      delays: Array.from({ length: 60 }, () => 1),
      outcomes: Array.from({ length: 60 }, () => 'ok' as const),
      observe: 'callbacks',
      timeout: null,
    });
    const scene = timelineScene({ trace: pool.trace, t: pool.trace.end, width: 1000 });
    const shown = texts(scene);
    expect(shown.some((s) => s.startsWith('▸ futures'))).toBe(true);
    expect(shown).not.toContain('fut60');
    // A timer thread per call, all drawn (not only those a page would have in view).
    for (const th of threadsOf(pool.trace)) expect(shown).toContain(th.name);
  });
});
