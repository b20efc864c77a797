import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fetchSquareTrace } from '../fixtures/fetchSquareTrace';
import { labLikeTrace, type LabLike } from '../fixtures/predict/labLikeTrace';
import { gatesFor } from '../../src/predict/gatesFor';
import type { Trace } from '../../src/core/trace';
import { formatSeconds } from '../../src/core/seconds';
import { MISCONCEPTIONS } from '../../src/predict/misconceptions';
import { problemsOf } from './agreement';
import { WAIT_CALLS, waitScene } from '../fixtures/waitScenes';
import { DEFAULT_LAB, runScenario } from '../../src/scenarios';
import type { LabParams, Observe, RequestOutcome } from '../../src/scenarios/types';

const lab = (p: Partial<LabLike>): LabLike => ({
  delays: [5, 5, 5],
  observe: 'callbacks',
  completes: [true, true, true],
  timeout: null,
  late: false,
  ...p,
});

describe('gatesFor on the fetch_square trace', () => {
  const trace = fetchSquareTrace();
  const gates = gatesFor(trace);

  it('asks which thread runs on_done_future before each "Result is" line, and nothing it cannot refute', () => {
    expect(gates.map((g) => [g.kind, g.question])).toEqual([
      ['callback-thread', 'Which thread will run on_done_future when fut1 finishes?'],
      ['callback-thread', 'Which thread will run on_done_future when fut2 finishes?'],
      ['callback-thread', 'Which thread will run on_done_future when fut3 finishes?'],
    ]);
    const firstPrint = trace.events.find((e) => e.type === 'stdout')!;
    expect(gates[0]!.t).toBeLessThanOrEqual(firstPrint.t);
  });

  it('answers with the thread the trace ran the callback on, and names the misconception when wrong', () => {
    expect(gates.length).toBeGreaterThan(0);
    for (const gate of gates) expect(problemsOf(trace, gate)).toEqual([]);
    const g = gates[1]!;
    expect(g.choices.find((c) => c.id === g.correct)!.text).toBe('Thread-2');
    const ran = trace.events.find((e) => e.type === 'callback.invoke' && e.thread === 'Thread-2')!;
    const main = g.choices.find((c) => c.text === 'MainThread')!;
    expect(main.misconception).toBe('callback-main-thread');
    expect(main.feedback).toBe(
      `Callbacks don't run on the main thread: on_done_future ran on Thread-2, the thread that called set_result, at ${formatSeconds(ran.t, 3)} s — highlighted.`,
    );
    expect(g.highlightSeq).toBe(ran.seq);
  });

  it('is the same for the same trace', () => {
    expect(gatesFor(fetchSquareTrace())).toEqual(gates);
  });
});

/** The real Lab's trace: the seed's own calls with `p` changed, every outcome 'ok' unless given. */
function labTrace(p: Partial<LabParams>): Trace {
  const numbers = p.numbers ?? DEFAULT_LAB.numbers;
  return runScenario('lab', { ...DEFAULT_LAB, outcomes: numbers.map(() => 'ok'), ...p }).trace;
}

describe('gatesFor on Lab traces', () => {
  it('asks which future finishes first when completion order differs from call order', () => {
    const trace = labTrace({ delays: [3, 1, 2] });
    const first = gatesFor(trace).find((g) => g.kind === 'first-finish')!;
    expect(first.choices.map((c) => [c.text, c.misconception])).toEqual(
      expect.arrayContaining([
        ['fut2', null],
        ['fut1', 'call-order'],
      ]),
    );
    expect(problemsOf(trace, first)).toEqual([]);
  });

  it('asks no first-finish question when timers are due together (CPython may fire either)', () => {
    const trace = labTrace({ delays: [1, 1, 1] });
    expect(gatesFor(trace).filter((g) => g.kind === 'first-finish')).toEqual([]);
  });

  it('offers the call-order line as a distractor for "what is printed next"', () => {
    // The print comes a few lines after the completion, so no sharper question holds there.
    const trace = labTrace({ delays: [3, 1, 2] });
    const line = gatesFor(trace).find((g) => g.kind === 'next-line')!;
    const right = line.choices.find((c) => c.id === line.correct)!;
    expect(right.text).toBe('Result is: 9');
    expect(line.choices.find((c) => c.misconception === 'call-order')!.text).toBe('Result is: 4');
    expect(problemsOf(trace, line)).toEqual([]);
  });

  it('asks when result() returns, with at once and all-timers as named wrong answers', () => {
    const trace = labTrace({ numbers: ['2', '3'], delays: [1, 3], observe: 'result' });
    const fires = trace.events.filter((e) => e.type === 'timer.fire').map((e) => e.t);
    const g = gatesFor(trace).find((x) => x.kind === 'result-return')!;
    expect(g.question).toBe('MainThread calls fut1.result(). When will it return?');
    expect(g.choices.map((c) => [c.text, c.misconception])).toEqual(
      expect.arrayContaining([
        [`When fut1's timer fires, at ${formatSeconds(fires[0]!, 3)} s`, null],
        // Every choice names a moment: a time only on the right one would give it away.
        [expect.stringMatching(/^At once, at \d+\.\d+ s$/), 'result-at-once'],
        [
          `When all the timers have fired, at ${formatSeconds(fires[1]!, 3)} s`,
          'result-waits-for-all',
        ],
      ]),
    );
    expect(problemsOf(trace, g)).toEqual([]);
  });

  const labParamsArb: fc.Arbitrary<LabParams> = fc.integer({ min: 1, max: 5 }).chain((n) =>
    fc.record({
      numbers: fc.constant(Array.from({ length: n }, (_, i) => String(i + 2))),
      delays: fc.array(
        fc.integer({ min: 1, max: 60 }).map((d) => d / 10),
        { minLength: n, maxLength: n },
      ),
      outcomes: fc.array(fc.constantFrom<RequestOutcome>('ok', 'fail', 'raise', 'cancel'), {
        minLength: n,
        maxLength: n,
      }),
      observe: fc.constantFrom<Observe>('callbacks', 'result', 'both'),
      timeout: fc.option(fc.integer({ min: 1, max: 40 }).map((d) => d / 10)),
    }),
  );

  it('agrees with the trace on 200 generated Lab runs', () => {
    let gateCount = 0;
    fc.assert(
      fc.property(labParamsArb, (params) => {
        const trace = runScenario('lab', params).trace;
        for (const gate of gatesFor(trace)) {
          gateCount++;
          expect(problemsOf(trace, gate), JSON.stringify(params)).toEqual([]);
        }
      }),
      { numRuns: 200, seed: 9 },
    );
    expect(gateCount).toBeGreaterThan(200);
  });
});

/**
 * What the Lab cannot produce — a future nobody completes, a callback added to a finished
 * future, a print at the very moment of a completion — on the hand-made Lab-shaped traces.
 */
describe('gatesFor on Lab-shaped traces beyond the Lab', () => {
  it('asks nothing else about a line printed at the moment a sharper question holds', () => {
    const trace = labLikeTrace(lab({ delays: [3, 1, 2] }));
    const holds = gatesFor(trace).map((g) => g.holdT);
    expect(new Set(holds).size).toBe(holds.length - 1); // first-finish and callback-thread share one
    expect(gatesFor(trace).some((g) => g.kind === 'next-line')).toBe(false);
  });

  it('says result(timeout=…) raises TimeoutError on a future nobody completes', () => {
    const trace = labLikeTrace(
      lab({ delays: [1], completes: [false], observe: 'result', timeout: 2 }),
    );
    const g = gatesFor(trace).find((x) => x.kind === 'result-return')!;
    const right = g.choices.find((c) => c.id === g.correct)!;
    expect(right.text).toBe('It raises TimeoutError at 2.002 s');
    const always = g.choices.find((c) => c.misconception === 'always-completes')!;
    expect(always.feedback.startsWith(MISCONCEPTIONS['always-completes'].denial)).toBe(true);
  });

  it('asks when result() returns, answered by the end of its wait', () => {
    const trace = labLikeTrace(lab({ delays: [1], observe: 'result' }));
    const g = gatesFor(trace).find((x) => x.kind === 'result-return')!;
    expect(g.question).toBe('MainThread calls fut1.result(). When will it return?');
    expect(g.choices.find((c) => c.id === g.correct)!.text).toBe(
      "When fut1's timer fires, at 1.002 s",
    );
    const end = trace.events[g.highlightSeq]!;
    expect([end.type, end.thread]).toEqual(['wait.end', 'MainThread']);
  });

  it.each(WAIT_CALLS)('%s: asks when it returns only for result() and exception()', (call) => {
    // Stretched a thousandfold, so the wait (2 ms) lasts 2 s: long enough to ask about.
    const { trace } = waitScene(call);
    const long: Trace = {
      ...trace,
      end: (trace.end * 1000) as Trace['end'],
      events: trace.events.map((e) => ({ ...e, t: (e.t * 1000) as Trace['end'] })),
    };
    const asked = gatesFor(long).filter((g) => g.kind === 'result-return');
    expect(asked.map((g) => g.question)).toEqual(
      call === 'result' || call === 'exception'
        ? [`MainThread calls fut1.${call}(). When will it return?`]
        : [],
    );
    for (const gate of asked) expect(problemsOf(long, gate)).toEqual([]);
  });

  it('asks when a callback added to a finished future runs', () => {
    const trace = labLikeTrace(
      lab({ delays: [1], completes: [true], observe: 'result', late: true }),
    );
    const g = gatesFor(trace).find((x) => x.kind === 'late-callback')!;
    expect(g.choices.find((c) => c.id === g.correct)!.text).toBe(
      'At once, on MainThread, before add_done_callback returns',
    );
    expect(g.choices.filter((c) => c.misconception === 'late-callback-waits')).toHaveLength(2);
  });

  const labArb: fc.Arbitrary<LabLike> = fc.integer({ min: 1, max: 5 }).chain((n) =>
    fc.record({
      delays: fc.array(
        fc.integer({ min: 1, max: 60 }).map((d) => d / 10),
        { minLength: n, maxLength: n },
      ),
      observe: fc.constantFrom<LabLike['observe']>('callbacks', 'result', 'both'),
      completes: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      timeout: fc.option(fc.integer({ min: 1, max: 40 }).map((d) => d / 10)),
      late: fc.boolean(),
    }),
  );

  it('agrees with the trace on 200 generated Lab-shaped cases', () => {
    let gateCount = 0;
    fc.assert(
      fc.property(labArb, (params) => {
        const trace = labLikeTrace(params);
        for (const gate of gatesFor(trace)) {
          gateCount++;
          expect(problemsOf(trace, gate), JSON.stringify(params)).toEqual([]);
        }
      }),
      { numRuns: 200, seed: 9 },
    );
    expect(gateCount).toBeGreaterThan(200);
  });
});
