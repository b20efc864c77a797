import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, runScenario } from '../../src/scenarios';
import { futuresAt, type FutureView } from '../../src/store/selectors/futuresAt';
import { DEFAULT_LAB } from '../../src/scenarios/lab-params';
import { currentEventIndex } from '../../src/store/selectors/currentEventIndex';
import { atEventReader } from '../../src/store/snapshot';

const trace = runScenario('fetch-square').trace;
const at = (read: ReturnType<typeof atEventReader>, t: number) =>
  read(trace, currentEventIndex(trace, t), t as never);
const printed = (read: ReturnType<typeof atEventReader>, t: number) =>
  at(read, t).console.map((l) => l.text);

describe('atEventReader', () => {
  it('gives two readers at different moments of one trace their own answers', () => {
    const a = atEventReader();
    const b = atEventReader();
    for (let i = 0; i < 3; i++) {
      expect(printed(a, trace.end)).toEqual(['Result is: 4', 'Result is: 9', 'Result is: 16']);
      expect(printed(b, 0)).toEqual([]);
    }
  });
  it('keeps unchanged parts identical from one moment to the next', () => {
    const [first, second] = trace.events.filter((e) => e.type === 'stdout');
    const read = atEventReader();
    const before = at(read, first!.t);
    const after = at(read, second!.t - 1);
    expect(after.console).toHaveLength(1);
    expect(after.console).toBe(before.console);
  });
  it.each(SCENARIO_IDS)(
    '%s: futures read at any moment, in any order, equal a fresh derivation',
    (id) => {
      const run = runScenario(id).trace;
      const read = atEventReader();
      // Forward through every instant, then a back-and-forth walk: every jump crosses events.
      const instants = [...new Set(run.events.map((e) => e.t))];
      const walk = [...instants, ...instants.filter((_, i) => i % 3 === 0).reverse(), run.end, 0];
      let before = read(run, currentEventIndex(run, 0), 0 as never).futures;
      // What each answer said when it was given: an answer must never change afterwards.
      const given: [FutureView[], string][] = [];
      for (const t of walk) {
        const now = read(run, currentEventIndex(run, t), t as never).futures;
        const fresh = futuresAt(run, t);
        expect(now).toEqual(fresh);
        given.push([now, JSON.stringify(now)]);
        // A future no event between the two moments changed keeps its identity.
        for (const f of now) {
          const old = before.find((b) => b.id === f.id);
          if (old && JSON.stringify(old) === JSON.stringify(f)) expect(f).toBe(old);
        }
        before = now;
      }
      for (const [answer, text] of given) expect(JSON.stringify(answer)).toBe(text);
    },
  );
  it('carries a playback forward frame by frame: the same futures as a fresh derivation', () => {
    // Every 8× frame of a 50-call Lab, where most frames apply a few events to the last answer.
    const calls = Array.from({ length: 50 }, (_, i) => i);
    const lab = runScenario('lab', {
      ...DEFAULT_LAB,
      numbers: calls.map((i) => String(i + 2)),
      delays: calls.map((i) => 0.5 + ((i * 37) % 40) * 0.25),
      outcomes: calls.map((i) => (i % 7 === 3 ? 'fail' : 'ok')),
      observe: 'callbacks',
    }).trace;
    const read = atEventReader();
    const frame = 8 * 16_667;
    for (let t = 0; t <= lab.end + frame; t += frame) {
      const now = read(lab, currentEventIndex(lab, t), t as never).futures;
      expect(now).toEqual(futuresAt(lab, t));
    }
  });
});
