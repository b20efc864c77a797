/**
 * Steps within an instant on real core traces: the Lab with `observe=both` is the issue's
 * example (at 5.0 s Thread-1's callback prints "Result is: 4" and MainThread, woken from
 * fut1.result(), prints the dict, at one instant); fetch_square's single prints at 8.0 s stay
 * one step each.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fromSeconds } from '../../src/core/trace';
import { gatesFor } from '../../src/predict';
import { DEFAULT_LAB, runScenario } from '../../src/scenarios';
import { narrate } from '../../src/scenarios/narrate';
import { narrationAt } from '../../src/components/player/Narration';
import { createPlayerStore } from '../../src/store/playerStore';
import { consoleLinesAt } from '../../src/store/selectors/consoleLinesAt';
import { eventStops } from '../../src/store/selectors/eventStops';
import { selectCursor } from '../../src/store/selectors/player';
import { stepsOf } from '../../src/store/selectors/steps';

const lab = runScenario('lab', { ...DEFAULT_LAB, observe: 'both' });
const { trace } = lab;
const firstPrint = trace.events.find((e) => e.type === 'stdout')!;
let player = createPlayerStore();
const s = () => player.getState();
const printed = () => consoleLinesAt(trace, s().t, s().cut).map((l) => `${l.thread}: ${l.text}`);
const told = () => narrationAt(narrate, trace, selectCursor(s()).lastSeq);
const typeOfHeadline = () =>
  narrationAt((tr, i) => tr.events[i]!.type, trace, selectCursor(s()).lastSeq);

beforeEach(() => {
  player = createPlayerStore();
  s().load(lab);
});

describe('the Lab printing from callbacks and result(): the issue’s example', () => {
  it('has Thread-1’s print and MainThread’s dict at one instant, near 5.0 s', () => {
    const atOnce = trace.events.filter((e) => e.type === 'stdout' && e.t === firstPrint.t);
    expect(atOnce.map((e) => e.thread)).toEqual(['Thread-1', 'MainThread']);
    expect(firstPrint.t).toBeGreaterThanOrEqual(fromSeconds(5));
    expect(firstPrint.t).toBeLessThan(fromSeconds(5.001));
  });
  it('steps through it: Thread-1 prints and finishes, MainThread wakes, MainThread prints', () => {
    while (s().t < firstPrint.t) s().stepForward();
    const one = ['Thread-1: Result is: 4'];
    expect([printed(), told()]).toEqual([one, 'Thread-1 prints “Result is: 4”.']);
    s().stepForward();
    expect(s().t).toBe(firstPrint.t);
    // Its Timer thread has nothing left to do: leaving the code is a step of its own.
    expect([printed(), typeOfHeadline()]).toEqual([one, 'thread.finish']);
    s().stepForward();
    expect(s().t).toBe(firstPrint.t);
    expect([printed(), typeOfHeadline()]).toEqual([one, 'wait.end']);
    s().stepForward();
    expect(s()).toMatchObject({ t: firstPrint.t, cut: null });
    expect([printed(), told()]).toEqual([
      [...one, "MainThread: {'success': True, 'result': 4}"],
      "MainThread prints “{'success': True, 'result': 4}”.",
    ]);
    s().stepBack();
    s().stepBack();
    expect(printed()).toEqual(one);
  });
  it('a seek to the instant, or Play through it, shows both prints', () => {
    s().seek(firstPrint.t);
    expect(printed()).toHaveLength(2);
    s().reset();
    s().play();
    for (let i = 0; i < 1000 && s().t < firstPrint.t; i++) s().tick(16);
    expect(s().cut).toBeNull();
    expect(printed().slice(0, 2)).toEqual([
      'Thread-1: Result is: 4',
      "MainThread: {'success': True, 'result': 4}",
    ]);
  });
  it('in Predict mode every gate still holds before its whole instant', () => {
    s().setPredict(true);
    s().load(lab);
    const held: number[] = [];
    for (let guard = 0; guard < 1000 && s().t < trace.end; guard++) {
      const before = selectCursor(s());
      s().stepForward();
      const after = selectCursor(s());
      if (after.t !== before.t || after.lastSeq !== before.lastSeq) continue;
      // Held: nothing of the gate's instant is shown, and it lets go once passed.
      const gate = gatesFor(trace).find((g) => g.holdT === s().t && !s().passed.has(g.id))!;
      expect(s().cut).toBeNull();
      expect(after.lastSeq).toBeLessThan(gate.seq);
      expect(trace.events[after.lastSeq]!.t).toBeLessThan(gate.t);
      held.push(gate.seq);
      s().passGate(gate.id);
    }
    expect(s().t).toBe(trace.end);
    expect(held.length).toBeGreaterThan(0);
    expect(held).toEqual(gatesFor(trace).map((g) => g.seq));
  });
});

describe('fetch_square at 8.0 s: one print per instant', () => {
  it('tells each print, then its Timer thread finishing, one step each', () => {
    const fetchSquare = runScenario('fetch-square').trace;
    const late = stepsOf(fetchSquare).filter((st) => st.t >= fromSeconds(8));
    expect([...new Set(late.map((st) => st.t))]).toEqual(
      eventStops(fetchSquare).filter((t) => t >= fromSeconds(8)),
    );
    for (const t of new Set(late.map((st) => st.t))) {
      const here = late.filter((st) => st.t === t);
      const prints = fetchSquare.events.filter((e) => e.t === t && e.type === 'stdout');
      // One step up to the print (or the whole instant), and one for each thread that ends.
      const ends = fetchSquare.events.filter((e) => e.t === t && e.type === 'thread.finish');
      expect(here.length, `at ${t}`).toBe(Math.max(1, prints.length + ends.length));
      expect(here.at(-1)!.cut).toBeNull();
    }
  });
});
