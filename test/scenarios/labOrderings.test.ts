import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/core/trace';
import { DEFAULT_LAB } from '../../src/scenarios/lab-params';
import { reversedTies, TIE_WINDOW_US } from '../../src/scenarios/lab-orderings';
import { runScenario } from '../../src/scenarios/run';
import type { LabParams } from '../../src/scenarios/types';

const labWith = (over: Partial<LabParams>): LabParams => ({ ...DEFAULT_LAB, ...over });
const printed = (trace: Trace) =>
  trace.events.flatMap((e) => (e.type === 'stdout' ? [e.text.trim()] : []));
const fires = (trace: Trace) =>
  trace.events.flatMap((e) => (e.type === 'timer.fire' ? [{ timer: e.timer, t: e.t }] : []));

describe('the Lab with Timers due together offers the other ordering (spec P-3)', () => {
  const equal = labWith({ numbers: ['2', '3', '4'], delays: [5, 5, 5], observe: 'callbacks' });

  it('equal delays with printing callbacks: two orderings, the second the other way round', () => {
    const first = runScenario('lab', equal);
    const second = runScenario('lab', equal, 1);
    expect(first.ordering).toMatchObject({ index: 0, count: 2 });
    expect(first.ordering?.note).toContain('CPython may print these lines in another order');
    expect(second.ordering).toMatchObject({ index: 1, count: 2 });
    expect(printed(first.trace)).toEqual(['Result is: 4', 'Result is: 9', 'Result is: 16']);
    expect(printed(second.trace)).toEqual(['Result is: 16', 'Result is: 9', 'Result is: 4']);
    // The same program: only when the Timers wake differs, each by less than CPython's 50 ms.
    expect(second.python).toBe(first.python);
    const late = fires(second.trace).map((f, i) => f.t - fires(first.trace)[i]!.t);
    for (const d of late) expect(Math.abs(d)).toBeLessThan(TIE_WINDOW_US);
  });
  it('delays apart, or output that does not show the order, offer no second ordering', () => {
    expect(runScenario('lab', labWith({ delays: [3, 1, 2] })).ordering ?? null).toBeNull();
    // result() prints in call order whatever fires first: nothing to switch.
    const viaResult = labWith({ delays: [5, 5, 5], observe: 'result' });
    expect(runScenario('lab', viaResult).ordering ?? null).toBeNull();
  });
  it('an ordering the Lab does not have shows the first', () => {
    expect(runScenario('lab', labWith({ delays: [3, 1, 2] }), 1).ordering ?? null).toBeNull();
  });
});

describe('reversedTies', () => {
  it('groups Timers due within 50 ms and reverses each group, leaving the others alone', () => {
    const lab = labWith({ numbers: ['1', '2', '3', '4'], delays: [5, 5.03, 5.2, 1] });
    const late = reversedTies(runScenario('lab', lab).trace)!;
    expect(late).toHaveLength(4);
    // Timers 0 and 1 (5 s, 5.03 s) swap; 5.2 s and 1 s are alone.
    expect(late[0]).toBeGreaterThan(30_000);
    expect(late[1]).toBe(0);
    expect(late[2]).toBe(0);
    expect(late[3]).toBe(0);
    expect(reversedTies(runScenario('lab', labWith({ delays: [3, 1, 2] })).trace)).toBeNull();
  });
});
