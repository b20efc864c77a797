import { describe, expect, it } from 'vitest';
import { fromSeconds } from '../../../src/core/trace';
import { currentLines, linesAt, linesFold } from '../../../src/store/selectors/currentLines';
import { SCENARIO_IDS, runScenario } from '../../../src/scenarios';
import { currentEventIndex } from '../../../src/store/selectors/currentEventIndex';
import { threadSegments } from '../../../src/store/selectors/threadSegments';
import { stepHolding, stepsOf } from '../../../src/store/selectors/steps';
import { fetchSquareTrace } from '../../fixtures/fetchSquareTrace';
import { WAIT_CALLS, waitScene } from '../../fixtures/waitScenes';

const trace = fetchSquareTrace();
/** The source line whose code is `code` (1-based). */
const lineOf = (code: string) => trace.source.split('\n').findIndex((l) => l.trim() === code) + 1;

describe('currentLines', () => {
  it('marks the main thread on its first line at t = 0', () => {
    expect(currentLines(trace, 0)).toEqual([
      { thread: 'MainThread', line: 1, activity: 'running', label: 'running' },
    ]);
  });
  it('has no marker while the kernel waits between notebook cells', () => {
    const pauses = trace.events.filter(
      (e) => e.type === 'thread.sleep' && e.reason === 'cell-pause',
    );
    expect(pauses.length).toBeGreaterThan(0);
    for (const pause of pauses) expect(currentLines(trace, pause.t)).toEqual([]);
  });
  it('has no markers while every live thread sleeps outside user code', () => {
    // Once the main thread is done, only the Timer threads live, asleep in threading.
    const mainDone = trace.events.find(
      (e) => e.type === 'thread.finish' && e.thread === 'MainThread',
    )!;
    expect(currentLines(trace, mainDone.t + 1)).toEqual([]);
  });
  it('shows a thread on the line it runs as it finishes, and not once its end is shown', () => {
    // on_done_future's print is Thread-1's last line: the print, the callback's return and the
    // thread's end share one instant. The print's step shows it there; the end is a step of
    // its own (the whole instant), after which it is on no line.
    const print = trace.events.find((e) => e.type === 'stdout')!;
    const step = stepHolding(stepsOf(trace), print.seq);
    expect(currentLines(trace, print.t, step.last)).toContainEqual({
      thread: print.thread,
      line: print.line,
      activity: 'running',
      label: 'running',
    });
    expect(print.line).toBe(lineOf('print("Result is: {}".format(response["result"]))'));
    const end = trace.events.find((e) => e.type === 'thread.finish' && e.thread === print.thread)!;
    expect(end.t).toBe(print.t);
    expect(currentLines(trace, end.t).some((c) => c.thread === print.thread)).toBe(false);
  });
  it('marks a timer thread on the callback line it is running', () => {
    const invoke = trace.events.find((e) => e.type === 'callback.invoke')!;
    const firstLine = trace.events.find(
      (e) => e.seq > invoke.seq && e.thread === invoke.thread && e.type === 'line',
    )!;
    expect(currentLines(trace, firstLine.t)).toEqual([
      {
        thread: 'Thread-1',
        line: lineOf('response = future.result()'),
        activity: 'running',
        label: 'running',
      },
    ]);
  });
});

describe('currentLines: a thread in any wait is marked blocked on its line', () => {
  it.each(WAIT_CALLS.filter((c) => c !== 'work'))(
    '%s: blocked on the calling line, in words, until the wait ends',
    (call) => {
      const { trace, waiter, line, begin, end } = waitScene(call, { strayLine: true });
      const label = threadSegments(trace)
        .find((l) => l.thread === waiter)!
        .segments.find((s) => s.kind === 'blocked')!.label;
      for (const t of [begin.t, (begin.t + end.t) / 2, end.t - 1])
        expect(currentLines(trace, t).find((c) => c.thread === waiter)).toEqual({
          thread: waiter,
          line,
          activity: 'blocked',
          label,
        });
      expect(currentLines(trace, end.t).find((c) => c.thread === waiter)?.activity).toBe('running');
    },
  );
  it('gives a pool worker waiting for work no marker: it is on no line of the program', () => {
    const { trace, waiter, begin, end } = waitScene('work');
    expect(currentLines(trace, begin.t).some((c) => c.thread === waiter)).toBe(false);
    expect(currentLines(trace, end.t - 1).some((c) => c.thread === waiter)).toBe(false);
  });
  it('keeps the line the thread was on when the wait names none', () => {
    const { trace, begin } = waitScene('Event.wait');
    const noLine = {
      ...trace,
      events: trace.events.map((e) => (e.seq === begin.seq ? { ...e, line: null } : e)),
    };
    expect(currentLines(noLine, begin.t)).toContainEqual({
      thread: 'MainThread',
      line: 2,
      activity: 'blocked',
      label: 'blocked in ready.wait()',
    });
  });
});

describe('currentEventIndex', () => {
  it('is the last event at or before t', () => {
    expect(currentEventIndex(trace, -1)).toBe(-1);
    const i = currentEventIndex(trace, fromSeconds(2));
    expect(trace.events[i]!.t).toBeLessThanOrEqual(fromSeconds(2));
    expect(trace.events[i + 1]!.t).toBeGreaterThan(fromSeconds(2));
    expect(currentEventIndex(trace, trace.end)).toBe(trace.events.length - 1);
  });
});

describe('linesAt: a fold a player carries along', () => {
  it.each(SCENARIO_IDS)('%s: carried forward and back, answers as a fresh reading', (id) => {
    const run = runScenario(id).trace;
    const fold = linesFold(run);
    // Each event's own step (its cut), its whole instant, just after it; then back in strides.
    const forward = run.events.flatMap((e): [number, number | null][] => [
      [e.t, e.seq],
      [e.t, null],
      [e.t + 1, null],
    ]);
    const positions = [...forward, ...forward.filter((_, i) => i % 7 === 0).reverse()];
    for (const [t, cut] of positions)
      expect(linesAt(fold, t, cut)).toEqual(currentLines(run, t, cut));
  });
});
