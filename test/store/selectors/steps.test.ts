import { describe, expect, it } from 'vitest';
import { us, type Trace, type TraceEvent } from '../../../src/core/trace';
import { isShownAt } from '../../../src/store/selectors/cursor';
import { eventStops } from '../../../src/store/selectors/eventStops';
import {
  nextStep,
  prevStep,
  stepHolding,
  stepIndexAt,
  traceSteps,
} from '../../../src/store/selectors/steps';
import { runInExecutor } from '../../../src/scenarios/asyncio/runInExecutor';
import { fetchSquareTrace } from '../../fixtures/fetchSquareTrace';
import { PRINT_T, twoPrintsTrace } from '../fixtures/twoPrintsAtOnce';

const trace = twoPrintsTrace();
const steps = traceSteps(trace);
const seqOf = (type: string, thread: string) =>
  trace.events.find((e) => e.type === type && e.thread === thread)!.seq;

describe('traceSteps', () => {
  it('splits an instant at each print and each wake, keeping the printing line with its print', () => {
    const atPrint = steps.filter((s) => s.t === PRINT_T);
    expect(atPrint.map((s) => [trace.events[s.first]!.type, trace.events[s.last]!.type])).toEqual([
      ['timer.fire', 'callback.invoke'],
      ['line', 'callback.return'], // Thread-1's `print(…)` line, its print and return
      ['thread.finish', 'thread.finish'], // Thread-1 leaves the code: a step of its own
      ['wait.end', 'wait.end'],
      ['stdout', 'stdout'], // MainThread's print
    ]);
    expect(atPrint.map((s) => s.cut)).toEqual([
      seqOf('callback.invoke', 'Thread-1'),
      seqOf('callback.return', 'Thread-1'),
      seqOf('thread.finish', 'Thread-1'),
      seqOf('wait.end', 'MainThread'),
      null, // the last step of an instant is the whole instant
    ]);
  });
  it('keeps every instant without a print, a wake or a thread leaving the code as one step, and covers every instant', () => {
    const fetchSquare = fetchSquareTrace();
    const all = traceSteps(fetchSquare);
    expect([...new Set(all.map((s) => s.t))]).toEqual(eventStops(fetchSquare));
    const told = new Set(
      fetchSquare.events
        .filter(
          (e) =>
            ['stdout', 'stderr', 'display', 'wait.end', 'thread.finish'].includes(e.type) ||
            (e.type === 'thread.sleep' && e.reason === 'cell-pause') ||
            (e.type === 'wait.begin' && e.call === 'work'),
        )
        .map((e) => e.t),
    );
    for (const t of eventStops(fetchSquare).filter((t) => !told.has(t)))
      expect(all.filter((s) => s.t === t)).toEqual([expect.objectContaining({ cut: null })]);
  });
  it('starts with an empty step at 0 when nothing happens at 0', () => {
    const late: Trace = {
      ...trace,
      events: trace.events.map((e) => ({ ...e, t: us(e.t + 10) }) as TraceEvent),
    };
    expect(traceSteps(late)[0]).toEqual({ t: 0, first: 0, last: -1, cut: null });
  });
  it('walks every step forward and back, from step to step', () => {
    let at = { t: us(0), lastSeq: steps[0]!.last };
    for (let i = 1; i < steps.length; i++) {
      const s = nextStep(steps, at);
      expect(s).toBe(steps[i]);
      at = { t: s.t, lastSeq: s.last };
      expect(stepIndexAt(steps, at)).toBe(i);
    }
    expect(nextStep(steps, at)).toBe(steps[steps.length - 1]);
    for (let i = steps.length - 2; i >= 0; i--) {
      const s = prevStep(steps, at);
      expect(s).toBe(steps[i]);
      at = { t: s.t, lastSeq: s.last };
    }
    expect(prevStep(steps, at)).toBe(steps[0]);
  });
  it('from between two instants goes to the neighbouring steps', () => {
    const before = { t: us(PRINT_T - 1), lastSeq: seqOf('wait.begin', 'MainThread') };
    expect(nextStep(steps, before).first).toBe(seqOf('timer.fire', 'Thread-1'));
    expect(prevStep(steps, before).last).toBe(seqOf('wait.begin', 'MainThread'));
  });
  it('finds the step that holds an event', () => {
    const print = seqOf('stdout', 'Thread-1');
    expect(stepHolding(steps, print).first).toBe(print - 1);
    expect(stepHolding(steps, 0)).toBe(steps[0]);
  });
  it("makes the loop's thread going back to the loop from a line of the program a step of its own", () => {
    const asyncTrace = runInExecutor.run().trace;
    const all = traceSteps(asyncTrace);
    const ev = (seq: number) => asyncTrace.events[seq]!;
    // main() runs `result = await loop.run_in_executor(…)` and suspends: the await's step ends
    // on its line, and the suspend (on asyncio.run's line) starts the next one.
    const suspend = asyncTrace.events.find((e) => e.type === 'task.suspend')!;
    const before = stepHolding(all, suspend.seq - 1);
    expect(before.cut).toBe(suspend.seq - 1);
    expect(ev(before.last).line).toBe(ev(before.first).line);
    expect(stepHolding(all, suspend.seq).first).toBe(suspend.seq);
    // A library task that runs no line of the program (shutdown_asyncgens()) stays one step.
    const asyncgens = asyncTrace.events.find(
      (e) => e.type === 'task.create' && e.coro === 'shutdown_asyncgens()',
    )!;
    const done = asyncTrace.events.find((e) => e.type === 'task.done' && e.seq > asyncgens.seq)!;
    expect(stepHolding(all, done.seq).first).toBeLessThan(done.seq);
  });
});

describe('isShownAt', () => {
  const print = trace.events[seqOf('stdout', 'MainThread')]!;
  it('shows earlier instants, and the instant up to its cut', () => {
    expect(isShownAt(print, { t: us(PRINT_T + 1), cut: 0 })).toBe(true);
    expect(isShownAt(print, { t: PRINT_T, cut: null })).toBe(true);
    expect(isShownAt(print, { t: PRINT_T, cut: print.seq })).toBe(true);
    expect(isShownAt(print, { t: PRINT_T, cut: print.seq - 1 })).toBe(false);
    expect(isShownAt(print, { t: us(PRINT_T - 1), cut: null })).toBe(false);
  });
});
