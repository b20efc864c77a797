import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB } from '../../src/scenarios/lab-params';
import { DEFAULT_SCENARIO, parseScenarioQuery, scenarioQuery } from '../../src/scenarios/query';
import { SCENARIO_IDS } from '../../src/scenarios/registry';
import type { LabParams } from '../../src/scenarios/types';

const parse = (q: string, fallback?: Parameters<typeof parseScenarioQuery>[1]) =>
  parseScenarioQuery(new URLSearchParams(q), fallback);

describe('parseScenarioQuery', () => {
  it('restores every scenario from its link', () => {
    for (const id of SCENARIO_IDS) {
      expect(parse(scenarioQuery(id, DEFAULT_LAB).toString())).toEqual({
        id,
        lab: DEFAULT_LAB,
        errors: [],
      });
    }
    expect(parse('').id).toBe(DEFAULT_SCENARIO);
  });

  it('reads a hand-written Lab link (README example)', () => {
    const r = parse(
      'scenario=lab&numbers=2,3,4&delays=3,1,2&outcomes=ok,fail,cancel&observe=both&timeout=1.5',
    );
    expect(r).toEqual({
      id: 'lab',
      lab: {
        numbers: ['2', '3', '4'],
        delays: [3, 1, 2],
        outcomes: ['ok', 'fail', 'cancel'],
        observe: 'both',
        timeout: 1.5,
      },
      errors: [],
    });
  });

  it('round-trips Lab parameters through the link', () => {
    const labs: LabParams[] = [
      {
        numbers: ['-3', '2.5', '1e16'],
        delays: [0.25, 1, 1e-7],
        outcomes: ['raise', 'ok', 'cancel'],
        observe: 'result',
        timeout: 0.7,
      },
      { numbers: ['10_000'], delays: [3600], outcomes: ['fail'], observe: 'both', timeout: null },
    ];
    for (const lab of labs)
      expect(parse(scenarioQuery('lab', lab).toString())).toEqual({ id: 'lab', lab, errors: [] });
  });

  it('reports an unknown scenario and keeps the fallback one', () => {
    const last = { id: 'fetch-square' as const, lab: DEFAULT_LAB };
    const r = parse('scenario=warp-drive', last);
    expect(r.id).toBe('fetch-square');
    expect(r.errors).toEqual([
      {
        field: 'scenario',
        message:
          'scenario: “warp-drive” is not one of future-by-hand, done-callbacks, network-request, fetch-square, who-runs-callback, late-callback, completion-order, result-blocks, never-completes, equal-delays, pool-as-completed, pool-map, pool-first-completed, pool-queue, pool-shutdown, pool-raises, fetch-square-asyncio, fetch-square-await, run-in-executor, network-request-asyncio, lab, playground',
      },
    ]);
  });

  it('replaces each bad field by the last valid value and reports it', () => {
    const last: LabParams = {
      numbers: ['7', '8'],
      delays: [1, 2],
      outcomes: ['ok', 'raise'],
      observe: 'both',
      timeout: 2,
    };
    const r = parse('scenario=lab&numbers=2,,3&observe=sometimes&timeout=0', {
      id: 'lab',
      lab: last,
    });
    expect(r.errors.map((e) => e.message)).toEqual([
      'numbers: item 2 is empty',
      'observe: “sometimes” is not one of callbacks, result, both',
      'timeout: 0 must be greater than 0',
    ]);
    // Numbers fall back to the last valid ones; the other fields come from the link or its defaults.
    expect(r.lab).toEqual({
      numbers: ['7', '8'],
      delays: [5, 5],
      outcomes: ['ok', 'ok'],
      observe: 'both',
      timeout: 2,
    });
  });

  it('fits a per-call fallback to a new number of calls', () => {
    const r = parse('scenario=lab&numbers=1,2,3,4&delays=1,2');
    expect(r.errors.map((e) => e.message)).toEqual([
      'delays: 2 values for 4 numbers; give one value for all calls or one per call',
    ]);
    expect(r.lab.delays).toEqual([5, 5, 5, 5]);
  });

  it('gives the issue’s link messages', () => {
    const cases: [string, string][] = [
      ['numbers=abc', 'numbers: item 1 (abc) is not a Python int or float literal'],
      [
        'numbers=1e309',
        'numbers: item 1 (1e309) overflows to inf as a Python float (largest is about 1.8e308)',
      ],
      ['delays=-1', 'delays: item 1 (-1) is negative; an interval is 0 s or more'],
      ['delays=7200', 'delays: item 1 (7200) is over an hour (3600 s)'],
      ['outcomes=ok,maybe,ok', 'outcomes: item 2 (maybe) is not one of ok, fail, raise, cancel'],
      [
        `numbers=${Array.from({ length: 60 }, () => '1').join(',')}`,
        'numbers: 60 calls; the Lab runs at most 50',
      ],
      ['timeout=-0.5', 'timeout: -0.5 must be greater than 0'],
    ];
    for (const [q, message] of cases) {
      const r = parse(`scenario=lab&${q}`);
      expect(r.errors.map((e) => e.message)).toEqual([message]);
      expect(r.lab).toEqual(DEFAULT_LAB);
    }
  });

  it('writes Lab fields only for the Lab, and optional ones only when set', () => {
    expect(scenarioQuery('fetch-square', DEFAULT_LAB).toString()).toBe('scenario=fetch-square');
    expect(scenarioQuery('lab', DEFAULT_LAB).toString()).toBe(
      'scenario=lab&numbers=2%2C3%2C4&delays=5&observe=callbacks',
    );
  });
});
