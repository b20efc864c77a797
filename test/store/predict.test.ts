import { beforeEach, describe, expect, it } from 'vitest';
import { fromSeconds } from '../../src/core/trace';
import { gatesFor } from '../../src/predict';
import { createPlayerStore } from '../../src/store/playerStore';
import { stopsOf } from '../../src/store/selectors/eventStops';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';

const run = fetchSquareRun();
const gates = gatesFor(run.trace);
const first = gates[0]!;
const firstPrint = run.trace.events.find((e) => e.type === 'stdout')!;
let player = createPlayerStore();
const s = () => player.getState();

beforeEach(() => {
  player = createPlayerStore();
  s().setPredict(true);
  s().load(run);
});

describe('player store in Predict mode: every forward move stops at an unanswered gate', () => {
  it('has gates to stop at, the first before "Result is: 4" is printed', () => {
    expect(gates.length).toBe(3);
    expect(first.question).toBe('Which thread will run on_done_future when fut1 finishes?');
    expect(first.holdT).toBeLessThan(firstPrint.t);
  });
  it('Play stops at the gate and will not start again until it is passed', () => {
    s().play();
    for (let i = 0; i < 200 && s().playing; i++) s().tick(100);
    expect(s()).toMatchObject({ t: first.holdT, playing: false });
    s().play();
    expect(s().playing).toBe(false);
    s().passGate(first.id);
    s().play();
    expect(s().playing).toBe(true);
  });
  it('Step forward, seek, Jump to end each stop at the gate', () => {
    for (const move of [
      () => {
        let guard = 0;
        while (s().t < first.holdT && guard++ < 1000) s().stepForward();
        s().stepForward();
      },
      () => s().seek(run.trace.end),
      () => s().jumpToEnd(),
    ]) {
      s().reset();
      move();
      expect(s().t).toBe(first.holdT);
    }
  });
  it('a t= link past the gate opens at the gate', () => {
    s().load(run, null, fromSeconds(9));
    expect(s().t).toBe(first.holdT);
  });
  it('moving back is never held, and a passed gate no longer holds', () => {
    s().jumpToEnd();
    s().stepBack();
    expect(s().t).toBeLessThan(first.holdT);
    s().passGate(first.id);
    s().seek(fromSeconds(9));
    expect(s().t).toBe(gates[1]!.holdT);
  });
  it('loading a run empties the passed gates and the highlight', () => {
    s().passGate(first.id);
    s().highlight(first.highlightSeq);
    s().load(run);
    expect(s().passed.size).toBe(0);
    expect(s().highlightSeq).toBeNull();
  });
  it('keeps the highlight while moving on, drops it at the next gate or moving back', () => {
    s().jumpToEnd();
    s().highlight(first.highlightSeq);
    s().passGate(first.id);
    s().stepForward();
    expect(s().highlightSeq).toBe(first.highlightSeq);
    s().jumpToEnd();
    expect(s()).toMatchObject({ t: gates[1]!.holdT, highlightSeq: null });
    s().highlight(first.highlightSeq);
    s().stepBack();
    expect(s().highlightSeq).toBeNull();
  });
  it('with Predict mode off nothing is held', () => {
    s().setPredict(false);
    s().jumpToEnd();
    expect(s().t).toBe(run.trace.end);
    expect(stopsOf(run.trace).length).toBeGreaterThan(3);
  });
});
