import { beforeEach, describe, expect, it } from 'vitest';
import { gatesFor } from '../../src/predict';
import { createPlayerStore } from '../../src/store/playerStore';
import { consoleLinesAt } from '../../src/store/selectors/consoleLinesAt';
import { selectCursor } from '../../src/store/selectors/player';
import { PRINT_T, twoPrintsRun } from './fixtures/twoPrintsAtOnce';

const run = twoPrintsRun();
const { trace } = run;
let player = createPlayerStore();
const s = () => player.getState();
/** What the console shows at the player's position. */
const printed = () => consoleLinesAt(trace, s().t, s().cut).map((l) => `${l.thread}: ${l.text}`);
const seqOf = (type: string, thread: string) =>
  trace.events.find((e) => e.type === type && e.thread === thread)!.seq;
/** Steps forward to the instant before the two prints' (MainThread blocks in fut1.result()). */
const stepToBefore = () => {
  const before = trace.events[seqOf('wait.begin', 'MainThread')]!.t;
  while (s().t < before) s().stepForward();
};

beforeEach(() => {
  player = createPlayerStore();
  s().load(run);
});

describe('player store: each print and each wake of one instant is its own step', () => {
  it('steps through the instant: one print, Thread-1 finishing, the wake, then both prints', () => {
    stepToBefore();
    const seen: string[][] = [];
    for (let i = 0; i < 5; i++) {
      s().stepForward();
      expect(s().t).toBe(PRINT_T);
      seen.push(printed());
    }
    const one = ['Thread-1: Result is: 4'];
    const both = [...one, "MainThread: {'result': 4}"];
    expect(seen).toEqual([[], one, one, one, both]);
    expect(s().cut).toBeNull(); // the last step of an instant is the whole instant
  });
  it('steps back through the same steps in reverse', () => {
    s().seek(PRINT_T);
    const cuts: (number | null)[] = [s().cut];
    const lines: number[] = [printed().length];
    for (let i = 0; i < 5; i++) {
      s().stepBack();
      cuts.push(s().cut);
      lines.push(printed().length);
    }
    expect(cuts).toEqual([
      null,
      seqOf('wait.end', 'MainThread'),
      seqOf('thread.finish', 'Thread-1'),
      seqOf('callback.return', 'Thread-1'),
      seqOf('callback.invoke', 'Thread-1'),
      null, // back before the instant, at the previous one
    ]);
    expect(lines).toEqual([2, 1, 1, 1, 0, 0]);
    expect(s().t).toBeLessThan(PRINT_T);
  });
  it('a seek, a link or Jump to end shows the whole instant', () => {
    s().seek(PRINT_T);
    expect(printed()).toHaveLength(2);
    s().load(run, null, PRINT_T);
    expect(s()).toMatchObject({ t: PRINT_T, cut: null });
    s().stepForward();
    s().stepBack();
    s().stepBack();
    expect(printed()).toHaveLength(1);
    s().jumpToEnd();
    expect(s().cut).toBeNull();
  });
  it('Play passes through the instant and shows it whole, even when started inside it', () => {
    stepToBefore();
    s().stepForward();
    s().stepForward();
    expect(printed()).toHaveLength(1);
    s().play();
    expect(s()).toMatchObject({ cut: null, playing: true });
    for (let i = 0; i < 100 && s().playing; i++) s().tick(16);
    expect(s().t).toBe(trace.end);
    expect(printed()).toHaveLength(2);
  });
  it('Play on a step of the last instant shows the rest of it; at the very end it starts again', () => {
    const last = { ...run, trace: { ...trace, end: PRINT_T, events: trace.events.slice(0, 23) } };
    s().load(last, null, PRINT_T);
    s().stepBack();
    s().play();
    s().tick(16);
    expect(s()).toMatchObject({ t: PRINT_T, cut: null, playing: false });
    s().play();
    expect(s()).toMatchObject({ t: 0, playing: true });
  });
  it('Reset and a load at 0 are the first step; Step back goes no further', () => {
    s().seek(PRINT_T);
    s().reset();
    expect(s()).toMatchObject({ t: 0, cut: null });
    s().stepBack();
    expect(s()).toMatchObject({ t: 0, cut: null });
  });
  it('selectCursor gives t and the last shown event', () => {
    expect(selectCursor(s())).toEqual({ t: 0, lastSeq: seqOf('future.create', 'MainThread') });
    stepToBefore();
    s().stepForward();
    expect(selectCursor(s())).toEqual({
      t: PRINT_T,
      lastSeq: seqOf('callback.invoke', 'Thread-1'),
    });
    s().jumpToEnd();
    expect(selectCursor(s())).toEqual({ t: trace.end, lastSeq: trace.events.length - 1 });
    s().load({ ...run, trace: { ...trace, events: [], end: trace.end } });
    expect(selectCursor(s()).lastSeq).toBe(-1);
  });
});

describe('Predict gates still hold before their whole instant', () => {
  const gate = gatesFor(trace).find((g) => g.t === PRINT_T)!;
  beforeEach(() => {
    s().setPredict(true);
    s().load(run);
    // Earlier questions (when fut1.result() returns, asked as MainThread blocks) are answered.
    for (const g of gatesFor(trace)) if (g.t < gate.t) s().passGate(g.id);
  });
  it('has a gate at the instant of the two prints', () => {
    expect(gate.holdT).toBeLessThan(PRINT_T);
  });
  it('Step forward stops before the instant, shows none of it, and goes on once passed', () => {
    for (let i = 0; i < 20; i++) s().stepForward();
    expect(s()).toMatchObject({ t: gate.holdT, cut: null });
    expect(printed()).toEqual([]);
    s().passGate(gate.id);
    s().stepForward();
    expect(s()).toMatchObject({ t: PRINT_T, cut: seqOf('callback.invoke', 'Thread-1') });
    s().stepForward();
    expect(printed()).toHaveLength(1);
  });
  it('a seek or the Time slider to a step inside the instant stops at the gate', () => {
    s().seek(PRINT_T, seqOf('thread.finish', 'Thread-1'));
    expect(s()).toMatchObject({ t: gate.holdT, cut: null });
    s().seek(trace.end);
    expect(s().t).toBe(gate.holdT);
  });
});
