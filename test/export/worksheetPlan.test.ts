import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/core/trace';
import {
  MAX_MOMENTS,
  MIN_MOMENTS,
  worksheetPlan,
  type WorksheetPlan,
} from '../../src/export/worksheetPlan';
import { gatesFor } from '../../src/predict';
import { DEFAULT_LAB, SCENARIOS, runScenario } from '../../src/scenarios';
import type { LabParams, ScenarioRun } from '../../src/scenarios/types';

/** Every scenario a teacher can print a sheet of: the built-in ones and the Lab (not the playground's empty seed). */
const BUILT_IN = SCENARIOS.filter((s) => s.kind !== 'playground').map((s) => s.id);

const lab = (params: Partial<LabParams>): ScenarioRun =>
  runScenario('lab', { ...DEFAULT_LAB, ...params });

/** Fifty calls at 50 distinct intervals: far more gates than a sheet has moments. */
const BIG_LAB = lab({
  numbers: Array.from({ length: 50 }, (_, i) => String(i + 1)),
  delays: Array.from({ length: 50 }, (_, i) => 50 - i),
  outcomes: Array.from({ length: 50 }, () => 'ok' as const),
  observe: 'both',
});

const RUNS: [string, ScenarioRun][] = [
  ...BUILT_IN.map((id): [string, ScenarioRun] => [id, runScenario(id)]),
  ['lab 3,1,2 observe=both', lab({ delays: [3, 1, 2], observe: 'both' })],
  ['lab raise/cancel with a timeout', lab({ outcomes: ['ok', 'raise', 'cancel'], timeout: 1.5 })],
  ['lab 50 calls', BIG_LAB],
];

const questionsOf = (plan: WorksheetPlan) => plan.moments.flatMap((m) => m.questions);

describe.each(RUNS)('worksheetPlan(%s)', (_name, run) => {
  const plan = worksheetPlan(run);
  const gates = gatesFor(run.trace);

  it(`has ${MIN_MOMENTS} to ${MAX_MOMENTS} moments, in time order, each with a question`, () => {
    expect(plan.moments.length).toBeGreaterThanOrEqual(MIN_MOMENTS);
    expect(plan.moments.length).toBeLessThanOrEqual(MAX_MOMENTS);
    const times = plan.moments.map((m) => m.t);
    expect(times).toEqual([...new Set(times)].sort((a, b) => a - b));
    for (const m of plan.moments) expect(m.questions.length).toBeGreaterThan(0);
  });

  it("asks every gate's question once, in the gates' order, numbered 1, 2, 3 …", () => {
    const asked = questionsOf(plan).filter((q) => q.gateId !== null);
    expect(asked.map((q) => q.gateId)).toEqual(gates.map((g) => g.id));
    expect(asked.map((q) => q.text)).toEqual(gates.map((g) => g.question));
    expect(questionsOf(plan).map((q) => q.number)).toEqual(questionsOf(plan).map((_, i) => i + 1));
  });

  it("draws no picture at or after its gate's moment", () => {
    for (const moment of plan.moments)
      for (const q of moment.questions) {
        const gate = gates.find((g) => g.id === q.gateId);
        if (gate) expect(moment.t).toBeLessThan(gate.t);
      }
  });

  it("offers every gate's choices and keys its right one, with the reason", () => {
    for (const q of questionsOf(plan)) {
      const gate = gates.find((g) => g.id === q.gateId);
      if (!gate) {
        expect(q.choices).toEqual([]);
        expect(q.answer.kind).toBe('lines');
        continue;
      }
      expect(q.choices.map((c) => c.text)).toEqual(gate.choices.map((c) => c.text));
      const right = gate.choices.find((c) => c.id === gate.correct)!;
      expect(q.answer).toMatchObject({ kind: 'choice', text: right.text });
      const { answer } = q;
      if (answer.kind !== 'choice') continue;
      expect(q.choices.find((c) => c.letter === answer.letter)?.text).toBe(right.text);
      // What the app says while the learner looks at it ("Right:", "— highlighted.") does not
      // belong on paper; the reason itself does.
      expect(answer.feedback.length).toBeGreaterThan(10);
      expect(answer.feedback).not.toMatch(/^Right|highlighted/);
    }
  });

  it("describes the program without its summary's lesson", () => {
    expect(plan.title).toBe(run.title);
    expect(plan.description).toMatch(/^The program .+\.$/);
    expect(plan.description).not.toContain(run.summary);
  });
});

describe('worksheetPlan: moments and open questions', () => {
  it('fetch_square: one moment just before each callback runs, and the console CPython prints', () => {
    const plan = worksheetPlan(runScenario('fetch-square'));
    expect(plan.moments.map((m) => m.label)).toEqual([
      'Just before 8.009 s',
      'Just before 8.018 s',
      'Just before 8.027 s',
    ]);
    // The seed notebook's own output of In [13].
    expect(plan.finalConsole).toEqual(['Result is: 4', 'Result is: 9', 'Result is: 16']);
    expect(plan.description).toBe('The program creates 3 futures and starts 3 Timers.');
  });

  it('completion order: two gates at the same moment share one picture', () => {
    const plan = worksheetPlan(runScenario('completion-order'));
    expect(plan.moments[0]!.questions.map((q) => q.text)).toEqual([
      '3 futures are pending. Which one finishes first?',
      'Which thread will run report when fut2 finishes?',
    ]);
    expect(plan.moments).toHaveLength(3);
  });

  it('a Future by hand (one gate): the start, the gate, and just before the last output', () => {
    const plan = worksheetPlan(runScenario('future-by-hand'));
    expect(plan.moments.map((m) => m.label)).toEqual([
      'At the start, 0.0 s',
      'Just before 2.003 s',
      'Just before 5.006 s',
    ]);
    const [start, , end] = plan.moments;
    expect(start!.t).toBe(0);
    expect(start!.questions[0]!.text).toMatch(/What will the console show\?/);
    expect(end!.questions[0]!.text).toBe('What will the console show next?');
    // IPython shows the value of In [6], fut.result(), as Out[6].
    expect(end!.questions[0]!.answer).toEqual({ kind: 'lines', lines: ["Out[6]: 'Hello'"] });
  });

  it('who runs the callback: the last output is at its gate, so the end asks who printed what', () => {
    const plan = worksheetPlan(runScenario('who-runs-callback'));
    const end = plan.moments[plan.moments.length - 1]!;
    expect(end.t).toBe(runScenario('who-runs-callback').trace.end);
    expect(end.questions[0]!.answer).toEqual({
      kind: 'lines',
      lines: ['main thread is MainThread  (MainThread)', 'on_done runs in Thread-1  (Thread-1)'],
    });
  });

  it('the Lab with 50 calls gathers its gates into 6 moments, each drawn before its first answer', () => {
    const plan = worksheetPlan(BIG_LAB);
    expect(plan.moments).toHaveLength(MAX_MOMENTS);
    expect(gatesFor(BIG_LAB.trace).length).toBeGreaterThan(MAX_MOMENTS);
    expect(plan.description).toBe('The program creates 50 futures and starts 50 Timers.');
  });

  it('the pool scenarios count jobs, not futures twice', () => {
    expect(worksheetPlan(runScenario('pool-queue')).description).toBe(
      'The program submits 5 jobs to a thread pool.',
    );
  });

  it('an empty trace (the playground before a run) still makes one moment with an open question', () => {
    const empty: Trace = { version: 2, source: '', events: [], end: 0 as Trace['end'] };
    const plan = worksheetPlan({ title: 'Playground', trace: empty });
    expect(plan.moments).toHaveLength(1);
    expect(plan.finalConsole).toEqual([]);
  });
});
