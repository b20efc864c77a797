/**
 * The Predict feedback's highlighted event clears when the learner moves on: the steps that
 * reveal it (and what its callback prints) still mark it, and once all of it has been shown,
 * the next step, seek or Play drops it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { gatesFor } from '../../src/predict';
import { createPlayerStore } from '../../src/store/playerStore';
import { isShownAt } from '../../src/store/selectors/cursor';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';

const run = fetchSquareRun();
const first = gatesFor(run.trace)[0]!;
// The callback's print is the last of the highlighted event's parts to appear.
const marked = run.trace.events.find(
  (e) =>
    e.type === 'stdout' &&
    e.seq > first.highlightSeq &&
    e.thread === run.trace.events[first.highlightSeq]!.thread,
)!;
let player = createPlayerStore();
const s = () => player.getState();
const shown = () => isShownAt(marked, s());

/** At the first gate, answered: its event highlighted, then stepped until it is shown. */
function answerAndReveal() {
  s().jumpToEnd();
  expect(s().t).toBe(first.holdT);
  s().highlight(first.highlightSeq);
  s().passGate(first.id);
  for (let i = 0; i < 20 && !shown(); i++) {
    s().stepForward();
    // Until (and including) the step that shows it, the event stays marked.
    expect(s().highlightSeq).toBe(first.highlightSeq);
  }
  expect(shown()).toBe(true);
}

beforeEach(() => {
  player = createPlayerStore();
  s().setPredict(true);
  s().load(run);
});

describe('the highlighted Predict feedback event', () => {
  it('clears on the step after the one that shows it', () => {
    answerAndReveal();
    s().stepForward();
    expect(s().highlightSeq).toBeNull();
  });

  it('clears on a seek once shown', () => {
    answerAndReveal();
    s().seek((s().t + 1000) as typeof marked.t);
    expect(s().highlightSeq).toBeNull();
  });

  it('clears on Play once shown', () => {
    answerAndReveal();
    s().play();
    expect(s().playing).toBe(true);
    expect(s().highlightSeq).toBeNull();
  });

  it('stays while Play runs towards it, until it has been shown and the learner moves on', () => {
    s().jumpToEnd();
    s().highlight(first.highlightSeq);
    s().passGate(first.id);
    s().play();
    // Millisecond frames of playback: until the print shows, short of the next gate.
    for (let i = 0; i < 50 && !shown(); i++) s().tick(1);
    expect(s().playing).toBe(true);
    expect(shown()).toBe(true);
    expect(s().highlightSeq).toBe(first.highlightSeq);
    s().pause();
    s().stepForward();
    expect(s().highlightSeq).toBeNull();
  });
});
