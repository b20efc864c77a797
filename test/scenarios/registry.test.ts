import { describe, expect, expectTypeOf, it } from 'vitest';
import { withPlayground } from '../../src/app/playgroundSource';
import { realScenarioSource } from '../../src/app/realScenarioSource';
import { SEED_PROGRAM } from '../../src/playground/seed-program';
import { DEFAULT_LAB } from '../../src/scenarios/lab-params';
import { PLAYGROUND_SEED } from '../../src/scenarios/playground-scenario';
import { parseScenarioQuery, scenarioQuery } from '../../src/scenarios/query';
import {
  isScenarioId,
  scenarioById,
  SCENARIO_IDS,
  SCENARIOS,
  type ScenarioId,
} from '../../src/scenarios/registry';
import { runScenario } from '../../src/scenarios/run';

const ids = SCENARIOS.map((s) => s.id);
const app = withPlayground(realScenarioSource);

describe('the registry is the one list of scenarios', () => {
  it('lists each scenario once, in the picker’s order, and ScenarioId is its ids', () => {
    expect(ids).toEqual([
      'future-by-hand',
      'done-callbacks',
      'network-request',
      'fetch-square',
      'who-runs-callback',
      'late-callback',
      'completion-order',
      'result-blocks',
      'never-completes',
      'equal-delays',
      'pool-as-completed',
      'pool-map',
      'pool-first-completed',
      'pool-queue',
      'pool-shutdown',
      'pool-raises',
      'fetch-square-asyncio',
      'fetch-square-await',
      'run-in-executor',
      'network-request-asyncio',
      'lab',
      'playground',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(SCENARIO_IDS).toEqual(ids);
    expectTypeOf<ScenarioId>().toEqualTypeOf<
      | 'future-by-hand'
      | 'done-callbacks'
      | 'network-request'
      | 'fetch-square'
      | 'who-runs-callback'
      | 'late-callback'
      | 'completion-order'
      | 'result-blocks'
      | 'never-completes'
      | 'equal-delays'
      | 'pool-as-completed'
      | 'pool-map'
      | 'pool-first-completed'
      | 'pool-queue'
      | 'pool-shutdown'
      | 'pool-raises'
      | 'fetch-square-asyncio'
      | 'fetch-square-await'
      | 'run-in-executor'
      | 'network-request-asyncio'
      | 'lab'
      | 'playground'
    >();
    expect(SCENARIOS.map((s) => s.kind)).toEqual([
      ...Array<string>(4).fill('notebook'),
      ...Array<string>(16).fill('program'),
      'lab',
      'playground',
    ]);
  });

  it('is what the picker offers, with the registry’s titles and summaries', () => {
    const entries = SCENARIOS.map(({ id, title, summary }) => ({ id, title, summary }));
    for (const source of [realScenarioSource, app])
      expect(source.scenarios.map(({ id, title, summary }) => ({ id, title, summary }))).toEqual(
        entries,
      );
  });

  it.each(ids.map((id) => [id]))(
    '%s: opens from its link, runs, and its link round-trips',
    (id) => {
      const link = new URLSearchParams(`scenario=${id}`);
      expect(isScenarioId(id)).toBe(true);
      expect(parseScenarioQuery(link)).toEqual({ id, lab: DEFAULT_LAB, errors: [] });
      expect(app.parse(link)).toMatchObject({ id, errors: [] });
      const run = runScenario(id);
      expect(run).toMatchObject({ id, title: scenarioById(id).title });
      expect(app.run(id)).toMatchObject({ id, title: run.title, python: run.python });
      expect(scenarioQuery(id, DEFAULT_LAB).toString().startsWith(`scenario=${id}`)).toBe(true);
      expect(app.query(id, DEFAULT_LAB).toString().startsWith(`scenario=${id}`)).toBe(true);
      expect(parseScenarioQuery(scenarioQuery(id, DEFAULT_LAB)).id).toBe(id);
      expect(app.parse(app.query(id, DEFAULT_LAB)).id).toBe(id);
    },
  );

  it('answers an unknown id with the clear error, naming every scenario, and keeps the last one', () => {
    expect(isScenarioId('warp-drive')).toBe(false);
    expect(() => scenarioById('warp-drive' as ScenarioId)).toThrow('unknown scenario warp-drive');
    for (const parse of [(q: URLSearchParams) => parseScenarioQuery(q), app.parse]) {
      const r = parse(new URLSearchParams('scenario=warp-drive'));
      expect(r.id).toBe('future-by-hand');
      expect(r.errors).toEqual([
        { field: 'scenario', message: `scenario: “warp-drive” is not one of ${ids.join(', ')}` },
      ]);
    }
  });

  it('gives the seed’s cells to notebook scenarios only', () => {
    for (const s of SCENARIOS) {
      expect(s.cellNumbers.length > 0).toBe(s.kind === 'notebook');
      expect(runScenario(s.id).cells === null).toBe(s.kind !== 'notebook');
    }
  });

  it('opens the playground on the editor’s seed program, the fetch-square scenario’s text', () => {
    expect(PLAYGROUND_SEED).toBe(SEED_PROGRAM);
    expect(PLAYGROUND_SEED).toBe(runScenario('fetch-square').trace.source);
    expect(runScenario('playground')).toMatchObject({ python: SEED_PROGRAM, cells: null });
    expect(runScenario('playground').trace.events).toEqual([]);
  });
});
