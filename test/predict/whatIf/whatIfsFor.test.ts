/**
 * The "What if" generator over every built-in scenario: at least one variation each, each run
 * by the core without error, its right answer the console the core printed for it, its choices
 * distinct and in an order that does not depend on which one is right.
 */
import { describe, expect, it } from 'vitest';
import { consoleText } from '../../../src/core';
import { whatIfsFor } from '../../../src/predict/whatIf';
import { consoleChoices } from '../../../src/predict/whatIf/consoleChoices';
import { changedSourceLines } from '../../../src/predict/whatIf/consoleLines';
import { labBaseOf } from '../../../src/predict/whatIf/labBase';
import { DEFAULT_LAB } from '../../../src/scenarios/lab-params';
import { lab } from '../../../src/scenarios/lab-scenario';
import { SCENARIOS, scenarioById } from '../../../src/scenarios/registry';

type ScenarioId = Parameters<typeof scenarioById>[0];

const builtIn = SCENARIOS.filter((s) => s.id !== 'playground');

describe('whatIfsFor', () => {
  it.each(builtIn.map((s) => s.id))('%s ends with one or two variations that run', (id) => {
    const found = whatIfsFor(scenarioById(id).run(), null);
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found.length).toBeLessThanOrEqual(2);
    for (const w of found) {
      expect(w.after.trace.events.some((e) => e.type === 'program.end' && e.exitCode === 0)).toBe(
        true,
      );
      expect(w.after.source).not.toBe(w.before.source);
      expect(w.changedLines.length).toBeGreaterThan(0);
      const right = w.choices.filter((c) => c.correct);
      expect(right).toHaveLength(1);
      expect(right[0]!.lines.map((l) => `${l}\n`).join('')).toBe(consoleText(w.after.trace));
      const texts = w.choices.map((c) => c.lines.join('\n'));
      expect(new Set(texts).size).toBe(texts.length);
      expect([...texts].sort()).toEqual(texts);
    }
  });

  it('fetch_square with the Timers reversed: callbacks print in the new completion order', () => {
    const [first] = whatIfsFor(scenarioById('fetch-square').run(), null);
    expect(first?.question).toBe('What if the Timers waited 3, 2 and 1 s instead of 5, 5 and 5 s?');
    expect(first?.after.console).toEqual(['Result is: 16', 'Result is: 9', 'Result is: 4']);
    // The three calls' lines, and the console lines that moved (the middle one stays).
    expect(first?.changedLines.map((n) => first.after.source.split('\n')[n - 1])).toEqual([
      'fut1 = fetch_square(2, 3.0, "ok")',
      'fut2 = fetch_square(3, 2.0, "ok")',
      'fut3 = fetch_square(4, 1.0, "ok")',
    ]);
    expect(first?.changedConsole).toEqual([0, 2]);
    expect(first?.load).toEqual({ kind: 'lab', lab: { ...DEFAULT_LAB, delays: [3, 2, 1] } });
  });

  it('network_request with the Timers reversed: result() still prints in call order', () => {
    const [first] = whatIfsFor(scenarioById('network-request').run(), null);
    expect(first?.after.console).toEqual(first?.before.console);
    expect(first?.changedConsole).toEqual([]);
  });

  it("reads an asyncio run's requests off its trace: call_later handles, or a pool's jobs", () => {
    const base = (id: ScenarioId) => labBaseOf(scenarioById(id).run().trace);
    const three = { numbers: ['2', '3', '4'], delays: [5, 5, 5], timeout: null };
    // Futures completed by call_later(5.0, …), printed by their done-callbacks.
    expect(base('fetch-square-asyncio')).toMatchObject({ ...three, observe: 'callbacks' });
    // A coroutine per request awaiting asyncio.sleep(5.0) prints in completion order.
    expect(base('fetch-square-await')).toMatchObject({ ...three, observe: 'callbacks' });
    // main() awaits each future in call order, as result() does.
    expect(base('network-request-asyncio')).toMatchObject({ ...three, observe: 'result' });
    // run_in_executor's 2.0 s job is the request; the ticker's asyncio.sleep(0.5) is not.
    expect(base('run-in-executor')).toMatchObject({ delays: [2], observe: 'result' });
    const ids = (id: ScenarioId) => whatIfsFor(scenarioById(id).run(), null).map((w) => w.id);
    expect(ids('fetch-square-asyncio')).toEqual(['fetch-square-asyncio/delays']);
    expect(ids('run-in-executor')).toEqual([
      'run-in-executor/raise',
      'run-in-executor/late-callback',
    ]);
  });

  it('a callback added late runs at once on MainThread, or later on the Timer thread', () => {
    const late = (id: 'future-by-hand' | 'never-completes') =>
      whatIfsFor(scenarioById(id).run(), null).find((w) => w.id === `${id}/late-callback`);
    const done = late('future-by-hand');
    expect(done?.question).toBe(
      'What if the program then added a done-callback, on_late, to fut1?',
    );
    expect(done?.after.console.at(-1)).toBe('on_late runs in MainThread');
    expect(done?.explanation).toMatch(/^fut1 had already finished/);
    // The same line on the wrong thread is offered, as the misconception's answer.
    expect(
      done?.choices.some((c) => !c.correct && c.lines.at(-1) === 'on_late runs in Thread-1'),
    ).toBe(true);
    expect(done?.load.kind).toBe('playground');
    const pending = late('never-completes');
    expect(pending?.after.console).toEqual([
      'fut1.result() raised TimeoutError()',
      'on_late runs in Thread-1',
    ]);
    expect(pending?.explanation).toMatch(/^fut1 was still pending/);
  });

  it('a pool gets fewer workers in its own program', () => {
    const [first] = whatIfsFor(scenarioById('pool-queue').run(), null);
    expect(first?.question).toBe('What if the pool had 1 worker instead of 2?');
    expect(first?.load.kind).toBe('playground');
    expect(first?.after.console.slice(1).every((l) => l.endsWith('ThreadPoolExecutor-0_0'))).toBe(
      true,
    );
  });

  it("the Lab's variations follow its own parameters", () => {
    const params = { ...DEFAULT_LAB, numbers: ['7'], delays: [2], outcomes: ['ok' as const] };
    const found = whatIfsFor(lab.run({ lab: params }), params);
    expect(found.map((w) => w.id)).toEqual(['lab/raise']);
    expect(found[0]?.after.console).toEqual([
      "Request for 7 raised ConnectionError('request 7 failed')",
    ]);
  });

  it('odd Lab parameters give fewer questions, never an exception', () => {
    const odd = {
      ...DEFAULT_LAB,
      numbers: ['1e308', '2'],
      delays: [0, 0],
      outcomes: ['ok' as const, 'cancel' as const],
      observe: 'both' as const,
      timeout: 0.5,
    };
    expect(() => whatIfsFor(lab.run({ lab: odd }), odd)).not.toThrow();
  });

  it('the playground, whose program is the learner’s, has none', () => {
    expect(whatIfsFor(scenarioById('playground').run(), null)).toEqual([]);
  });
});

describe('consoleChoices', () => {
  it('puts the choices in the order of their text, wherever the right one is', () => {
    const a = consoleChoices(['1', '2'], ['2', '1'], 'why');
    const b = consoleChoices(['2', '1'], ['1', '2'], 'why');
    expect(a.map((c) => c.lines.join())).toEqual(b.map((c) => c.lines.join()));
    expect(a.findIndex((c) => c.correct)).not.toBe(b.findIndex((c) => c.correct));
  });
});

describe('changedSourceLines', () => {
  it('marks an inserted line, not the lines below it', () => {
    expect(changedSourceLines('a\nb\nc\n', 'a\nx\nb\nc\n')).toEqual([2]);
  });
});
