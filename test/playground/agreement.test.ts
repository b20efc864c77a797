import { describe, expect, test } from 'vitest';
import { DEFAULT_LINE_COST_US, simulate } from '../../src/core';
import type { Cause, Trace, TraceEvent } from '../../src/core/trace';
import { DEFAULT_LIMITS, runProgram } from '../../src/playground/session';
import {
  LAB_LINE_COST_US,
  runScenario,
  scenarioById,
  SCENARIOS,
  SIMULATION,
} from '../../src/scenarios';
import { notebookProgram } from '../../src/scenarios/programs/notebook-program';
import type { ScenarioId, ScenarioRun } from '../../src/scenarios/types';
import { playgroundPython } from './pyodide';
import type { Program } from '../../src/core/program';

/** The events that say what happened (lines and notebook pacing aside). */
function storyEvents(events: readonly TraceEvent[]): TraceEvent[] {
  return events
    .filter((e) => e.type !== 'line' && e.type !== 'cell.start')
    .filter((e) => !(e.type === 'thread.sleep' && e.reason === 'cell-pause'));
}

/** What happened, on which thread (a notebook's Out[n] display is a print in the .py). */
const story = (events: readonly TraceEvent[]) =>
  storyEvents(events).map((e) => `${e.type === 'display' ? 'stdout' : e.type} on ${e.thread}`);

/**
 * What a wait, a submit or a callback's run says that both producers must agree on: the
 * call and what it waits on, and its cause as who woke it (by, thread, and the type of the
 * event it points at; seqs differ, as the producers execute different lines).
 */
function causal(events: readonly TraceEvent[]): string[] {
  // A producer that leaves the field out says so, instead of failing to read it.
  const cause = (c: Cause | null | undefined) => {
    if (c === undefined) return 'cause left out';
    if (c === null) return 'no cause';
    return `${c.by} on ${c.thread} (${events[c.seq]?.type ?? 'missing'})`;
  };
  return events.flatMap((e) => {
    switch (e.type) {
      case 'wait.begin':
        return [`${e.thread} waits in ${e.call} on ${e.on} [${e.futures.join(',')}]`];
      case 'wait.end':
        return [`${e.thread} ends ${e.call}: ${e.reason}, ${cause(e.cause)}`];
      case 'executor.submit':
        return [`${e.thread} submits ${e.fn} to ${e.executor} as future ${e.future}`];
      case 'callback.invoke':
        return [`${e.thread} runs callback ${e.callback}: ${cause(e.cause)}`];
      default:
        return [];
    }
  });
}

const lineCount = (events: readonly TraceEvent[]) => events.filter((e) => e.type === 'line').length;

const PLAYGROUND_PYTHON = '3.14';
const usesAsyncio = (python: string) => /^import asyncio$/m.test(python);

/**
 * The core's run of a scenario. The playground is CPython 3.14 (Pyodide): an asyncio scenario
 * is simulated as 3.14 too, since asyncio.run's own steps differ by version (the threaded
 * scenarios print and step alike on every version).
 */
function coreRun(id: ScenarioId): ScenarioRun {
  const run = runScenario(id);
  if (!usesAsyncio(run.python)) return run;
  const { program } = scenarioById(id) as unknown as { program: () => Program };
  return { ...run, trace: simulate(program(), { ...SIMULATION, python: PLAYGROUND_PYTHON }) };
}

/**
 * The core's trace to compare times with: a notebook scenario's cells back to back, as its
 * downloadable .py runs them (the app pauses 1 s between cells, which no .py can).
 */
function timingReference(id: ScenarioId, run: ScenarioRun): Trace {
  if (run.cells === null) return run.trace;
  return simulate(notebookProgram(scenarioById(id).cellNumbers, 0), SIMULATION);
}

/** Console text; a notebook's Out[n] value is what the downloadable .py prints instead. */
function consoleText(events: readonly TraceEvent[]): string {
  let out = '';
  for (const e of events) {
    if (e.type === 'stdout' || e.type === 'stderr') out += e.text;
    if (e.type === 'display') out += `${e.text}\n`;
  }
  return out.replace(/0x[0-9a-f]+/g, '0x…');
}

const outcomes = (events: readonly TraceEvent[]) =>
  events.flatMap((e) => (e.type === 'future.state' ? [[e.from, e.to, e.outcome]] : []));

describe('the two producers agree: a scenario .py on Pyodide and the TypeScript core', () => {
  // Every built-in scenario; the playground's own trace comes from this very producer.
  const builtIn = SCENARIOS.filter((s) => s.kind !== 'playground').map((s) => s.id);
  test.each(builtIn)('%s', async (id) => {
    const core = coreRun(id);
    const lineCostUs = id === 'lab' ? LAB_LINE_COST_US : DEFAULT_LINE_COST_US;
    const py = await playgroundPython();
    const outcome = await runProgram(py, core.python, { ...DEFAULT_LIMITS, lineCostUs });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const ours = outcome.trace.events;
    expect(story(ours)).toEqual(story(core.trace.events));
    expect(causal(ours)).toEqual(causal(core.trace.events));
    expect(consoleText(ours)).toBe(consoleText(core.trace.events));
    expect(outcomes(ours)).toEqual(outcomes(core.trace.events));

    // Times: equal up to one line's cost for each line one producer executes and the other not.
    const reference = timingReference(id, core).events;
    const slack = (Math.abs(lineCount(ours) - lineCount(reference)) + 1) * lineCostUs;
    const theirs = storyEvents(reference).map((e) => e.t);
    const drift = storyEvents(ours).map((e, i) => Math.abs(e.t - (theirs[i] ?? Infinity)));
    expect(Math.max(...drift)).toBeLessThanOrEqual(slack);
  });
});
