import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../src/core/trace';
import { runProgram } from '../../src/playground/session';
import { runScenario, SCENARIO_IDS } from '../../src/scenarios';
import { playgroundPython } from './pyodide';

/**
 * The events that say what happened, on which thread (lines and notebook pacing aside; a
 * notebook's Out[n] display is a print in the downloadable .py).
 */
function story(events: readonly TraceEvent[]): string[] {
  return events
    .filter((e) => e.type !== 'line' && e.type !== 'cell.start')
    .filter((e) => !(e.type === 'thread.sleep' && e.reason === 'cell-pause'))
    .map((e) => `${e.type === 'display' ? 'stdout' : e.type} on ${e.thread}`);
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
  test.each(SCENARIO_IDS)('%s', async (id) => {
    const core = runScenario(id);
    const outcome = await runProgram(await playgroundPython(), core.python);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const ours = outcome.trace.events;
    expect(story(ours)).toEqual(story(core.trace.events));
    expect(consoleText(ours)).toBe(consoleText(core.trace.events));
    expect(outcomes(ours)).toEqual(outcomes(core.trace.events));
  });
});
