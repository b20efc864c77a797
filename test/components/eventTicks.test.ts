import { describe, expect, it } from 'vitest';
import { TICKS_WIDTH, ticksPath, tickXs } from '../../src/components/player/eventTicks';
import type { Trace, VirtualUs } from '../../src/core/trace';
import { stepsOf } from '../../src/store/selectors/steps';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';
import { PRINT_T, twoPrintsRun } from '../store/fixtures/twoPrintsAtOnce';

describe('the Time slider’s event ticks', () => {
  it('put one tick at each step’s time, as a share of the run', () => {
    const trace = fetchSquareRun().trace;
    const xs = tickXs(trace);
    for (const step of stepsOf(trace))
      expect(xs).toContain(Math.round((step.t / trace.end) * TICKS_WIDTH));
    expect(xs[0]).toBe(0);
    expect(xs[xs.length - 1]).toBe(TICKS_WIDTH);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(xs.length);
  });
  it('draw steps closer than a thousandth of the run as one tick', () => {
    // Steps at 0, 1, 2, 3 and 4 ms of a 5.001 s run, then the steps at 5 s and after: 0 and
    // 1 and 2 ms share x = 0, 3 and 4 ms x = 1, and 5 s and the end x = 1000.
    const trace = twoPrintsRun().trace;
    expect(trace.end).toBe(PRINT_T + 1000);
    expect(tickXs(trace)).toEqual([0, 1, TICKS_WIDTH]);
  });
  it('draw nothing for a run with no length', () => {
    const empty: Trace = { version: 2, source: '', events: [], end: 0 as VirtualUs };
    expect(tickXs(empty)).toEqual([]);
  });
  it('are one path of vertical strokes', () => {
    expect(ticksPath([0, 500, 1000])).toBe('M0 0V1M500 0V1M1000 0V1');
  });
});
