import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, SCENARIOS } from '../../src/scenarios/registry';
import { parseScenarioQuery, runScenario, scenarioQuery } from '../../src/scenarios';

// The executors' programs (pool-*) have their own test: test/scenarios/executors.test.ts; the
// asyncio programs theirs: test/scenarios/asyncio-scenarios.test.ts.
const asyncioIds = [
  'fetch-square-asyncio',
  'fetch-square-await',
  'run-in-executor',
  'network-request-asyncio',
];
const ids = SCENARIOS.filter(
  (s) => s.kind === 'program' && !s.id.startsWith('pool-') && !asyncioIds.includes(s.id),
).map((s) => s.id);
const executorIds = SCENARIOS.filter((s) => s.id.startsWith('pool-')).map((s) => s.id);
const printed = (id: (typeof ids)[number], ordering?: number) =>
  runScenario(id, undefined, ordering)
    .trace.events.flatMap((e) => (e.type === 'stdout' ? [e.text] : []))
    .join('');

describe('the misconception scenarios in the catalogue and links', () => {
  it('are listed in the picker and the contract, between the notebook and the Lab', () => {
    expect(ids).toEqual([
      'who-runs-callback',
      'late-callback',
      'completion-order',
      'result-blocks',
      'never-completes',
      'equal-delays',
    ]);
    for (const id of ids) expect(SCENARIO_IDS).toContain(id);
    expect(SCENARIOS.map((s) => s.id)).toEqual([
      'future-by-hand',
      'done-callbacks',
      'network-request',
      'fetch-square',
      ...ids,
      ...executorIds,
      ...asyncioIds,
      'lab',
      'playground',
    ]);
  });
  it.each(ids.map((id) => [id]))(
    '%s opens from its link and runs with a .py and no notebook',
    (id) => {
      const parsed = parseScenarioQuery(new URLSearchParams(`scenario=${id}`));
      expect(parsed).toMatchObject({ id, errors: [] });
      expect(scenarioQuery(id, parsed.lab).toString()).toBe(`scenario=${id}`);
      const run = runScenario(id);
      expect(run.id).toBe(id);
      expect(run.cells).toBeNull();
      expect(run.python).toBe(run.trace.source);
      expect(run.title).toBe(SCENARIOS.find((s) => s.id === id)!.title);
    },
  );
  it('equal delays offers both orderings CPython may print; others have one', () => {
    const first = runScenario('equal-delays', undefined, 0);
    const second = runScenario('equal-delays', undefined, 1);
    expect(first.ordering).toMatchObject({ index: 0, count: 2 });
    expect(second.ordering).toMatchObject({ index: 1, count: 2 });
    expect(first.ordering!.note).toContain('either order');
    expect(printed('equal-delays', 0)).toBe('Result is: 4 on Thread-1\nResult is: 9 on Thread-2\n');
    expect(printed('equal-delays', 1)).toBe('Result is: 9 on Thread-2\nResult is: 4 on Thread-1\n');
    // Same program text either way; an ordering out of range is the first.
    expect(second.python).toBe(first.python);
    expect(runScenario('equal-delays', undefined, 7)).toBe(first);
    expect(runScenario('who-runs-callback').ordering).toBeNull();
  });
});
