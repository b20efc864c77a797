/**
 * The executor scenarios as the learner plays them: each runs to its end with the console
 * CPython prints (test/python/scenarios-executors-cpython.test.ts holds them to python3), its
 * blocking calls as waits, and the executor questions Predict mode asks of it.
 */
import { describe, expect, it } from 'vitest';
import type { EventOf, Trace } from '../../src/core/trace';
import type { Gate } from '../../src/predict/gate';
import { gatesFor } from '../../src/predict/gatesFor';
import { DEFAULT_LAB } from '../../src/scenarios/lab-params';
import { parseScenarioQuery, scenarioQuery } from '../../src/scenarios/query';
import { runScenario } from '../../src/scenarios/run';
import type { ScenarioId } from '../../src/scenarios/types';
import { problemsOf } from '../predict/agreement';

const W0 = 'ThreadPoolExecutor-0_0';
const W1 = 'ThreadPoolExecutor-0_1';
const W2 = 'ThreadPoolExecutor-0_2';
const M = 'MainThread';

/** Each print: the thread that made it and its line. */
const prints = (trace: Trace) =>
  trace.events.flatMap((e) => (e.type === 'stdout' ? [[e.thread, e.text.trimEnd()]] : []));
const waits = (trace: Trace, thread = M) =>
  trace.events.filter(
    (e): e is EventOf<'wait.begin'> => e.type === 'wait.begin' && e.thread === thread,
  );
const EXECUTOR_KINDS = new Set<Gate['kind']>([
  'worker-pick',
  'queued-state',
  'first-yield',
  'map-first',
]);
/** The executor questions: kind, question, right answer, and each distractor's misconception. */
const executorGates = (trace: Trace) =>
  gatesFor(trace)
    .filter((g) => EXECUTOR_KINDS.has(g.kind))
    .map((g) => ({
      kind: g.kind,
      question: g.question,
      right: g.choices.find((c) => c.id === g.correct)!.text,
      wrong: Object.fromEntries(
        g.choices.filter((c) => c.id !== g.correct).map((c) => [c.text, c.misconception]),
      ),
    }));

const CASES: {
  id: ScenarioId;
  prints: string[][];
  gates: ReturnType<typeof executorGates>;
}[] = [
  {
    id: 'pool-as-completed',
    prints: [
      [M, 'work 2 is done'],
      [M, 'work 3 is done'],
      [M, 'work 1 is done'],
    ],
    gates: [
      {
        kind: 'first-yield',
        question:
          'MainThread waits in as_completed() for fut1, fut2, fut3. Which future will it give first?',
        right: 'fut2',
        wrong: { fut1: 'call-order' },
      },
    ],
  },
  {
    id: 'pool-map',
    prints: [
      [W1, 'slept 0.1 s'],
      [W2, 'slept 0.2 s'],
      [W0, 'slept 0.3 s'],
      [M, 'map gave 0.3'],
      [M, 'map gave 0.1'],
      [M, 'map gave 0.2'],
    ],
    gates: [
      {
        kind: 'map-first',
        question:
          'MainThread loops over what map() gives and prints each result. What will it print first?',
        right: 'map gave 0.3',
        wrong: { 'map gave 0.1': 'map-as-finished' },
      },
    ],
  },
  {
    id: 'pool-first-completed',
    prints: [
      [M, 'first done: work 2'],
      [M, '2 still running'],
    ],
    gates: [
      {
        kind: 'first-yield',
        question:
          'MainThread waits in wait() until one of fut1, fut2, fut3 is done. Which one will it be?',
        right: 'fut2',
        wrong: { fut1: 'call-order' },
      },
    ],
  },
  {
    id: 'pool-queue',
    prints: [
      [M, 'work 3 running: False'],
      [W1, `work 2 ran on ${W1}`],
      [W1, `work 3 ran on ${W1}`],
      [W1, `work 4 ran on ${W1}`],
      [W0, `work 1 ran on ${W0}`],
      [W1, `work 5 ran on ${W1}`],
    ],
    gates: [
      {
        kind: 'queued-state',
        question: 'MainThread submits fut3. What state is it in right after submit() returns?',
        right: 'Pending: it waits in the queue for a free worker',
        wrong: { 'Running: a worker starts it at once': 'submit-starts-at-once' },
      },
      {
        kind: 'worker-pick',
        question: 'Which thread will run fut3?',
        right: W1,
        wrong: {
          [W0]: 'workers-in-turn',
          MainThread: 'job-on-caller',
          'A new thread of its own': 'job-own-thread',
        },
      },
    ],
  },
  {
    id: 'pool-shutdown',
    prints: [
      [M, 'both submitted'],
      [W1, 'work done after 0.1 s'],
      [W0, 'work done after 0.2 s'],
      [M, 'the with block is over'],
    ],
    gates: [],
  },
  {
    id: 'pool-raises',
    prints: [
      [M, '10'],
      [M, "fut2.result() raised ValueError('work 2 failed')"],
    ],
    gates: [],
  },
];

describe('the executor scenarios', () => {
  it.each(CASES.map((c) => [c.id, c] as const))(
    '%s plays to its end with its console and its questions',
    (id, c) => {
      const run = runScenario(id);
      const { trace } = run;
      expect(prints(trace)).toEqual(c.prints);
      expect(trace.events.some((e) => e.type === 'stderr' || e.type === 'deadlock')).toBe(false);
      expect(trace.events.at(-1)).toMatchObject({ type: 'program.end', exitCode: 0 });
      expect(executorGates(trace)).toEqual(c.gates);
      for (const gate of gatesFor(trace)) expect(problemsOf(trace, gate)).toEqual([]);
      // Opens from its link, with a .py (the Download Python button's file) and no notebook.
      expect(parseScenarioQuery(new URLSearchParams(`scenario=${id}`))).toMatchObject({ id });
      expect(scenarioQuery(id, DEFAULT_LAB).toString()).toBe(`scenario=${id}`);
      expect(run.python).toBe(trace.source);
      expect(run.cells).toBeNull();
      // Short enough to read at a glance.
      expect(run.python.trimEnd().split('\n').filter(Boolean).length).toBeLessThanOrEqual(15);
    },
  );

  it('jobs finish at distinct moments, at least 0.1 s apart, so CPython’s order is fixed', () => {
    for (const { id } of CASES) {
      const ends = runScenario(id)
        .trace.events.filter((e) => e.type === 'future.state' && e.to === 'FINISHED')
        .map((e) => e.t)
        .sort((a, b) => a - b);
      for (let i = 1; i < ends.length; i++)
        expect(ends[i]! - ends[i - 1]!, id).toBeGreaterThanOrEqual(90_000);
    }
  });

  it('the end of a with block is one wait in shutdown(), woken when the last worker ends', () => {
    const { trace } = runScenario('pool-shutdown');
    const [shutdown, ...others] = waits(trace);
    expect(others).toEqual([]);
    expect(shutdown).toMatchObject({ call: 'shutdown', on: 'ThreadPoolExecutor-0' });
    const end = trace.events.find((e) => e.type === 'wait.end' && e.thread === M)!;
    expect(end).toMatchObject({ call: 'shutdown', reason: 'woken', cause: { by: 'thread end' } });
    const lastJob = trace.events.filter((e) => e.type === 'stdout' && e.thread !== M).at(-1)!;
    expect(shutdown!.t).toBeLessThan(lastJob.t);
    expect(end.t).toBeGreaterThanOrEqual(lastJob.t);
  });

  it('two workers, five jobs: three futures stay pending until a worker is free', () => {
    const { trace } = runScenario('pool-queue');
    const submitted = new Map(
      trace.events.flatMap((e) => (e.type === 'executor.submit' ? [[e.future, e.t]] : [])),
    );
    const waited = trace.events.flatMap((e) =>
      e.type === 'future.state' && e.to === 'RUNNING' && e.t > submitted.get(e.future)!
        ? [e.future]
        : [],
    );
    expect(waited).toEqual([3, 4, 5]);
    expect(
      new Set(trace.events.filter((e) => e.type === 'thread.start').map((e) => e.thread)),
    ).toEqual(new Set([M, W0, W1]));
  });

  it('map() waits in result() of each future in input order', () => {
    const { trace } = runScenario('pool-map');
    expect(waits(trace).map((w) => [w.call, w.on])).toEqual([
      ['result', 'fut1'],
      ['shutdown', 'ThreadPoolExecutor-0'],
    ]);
  });

  it('a worker that raises prints nothing; result() raises it in the main thread', () => {
    const { trace } = runScenario('pool-raises');
    const failed = trace.events.find(
      (e): e is EventOf<'future.state'> =>
        e.type === 'future.state' && e.future === 2 && e.to === 'FINISHED',
    )!;
    expect(failed.thread).toBe(W1);
    expect(failed.outcome).toEqual({
      kind: 'exception',
      type: 'ValueError',
      repr: "ValueError('work 2 failed')",
    });
    expect(waits(trace).map((w) => [w.call, w.on])).toEqual([
      ['result', 'fut1'],
      ['result', 'fut2'],
      ['shutdown', 'ThreadPoolExecutor-0'],
    ]);
  });
});
