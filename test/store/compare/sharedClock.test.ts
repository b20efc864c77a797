import { describe, expect, it } from 'vitest';
import type { VirtualUs } from '../../../src/core/trace';
import { runScenario } from '../../../src/scenarios';
import { parseScenarioQuery } from '../../../src/scenarios/query';
import { consoleLinesAt } from '../../../src/store/selectors/consoleLinesAt';
import { stepsOf } from '../../../src/store/selectors/steps';
import { createSharedClock, linkClock } from '../../../src/store/compare/sharedClock';
import { createPlayerStore, type PlayerStore } from '../../../src/store/playerStore';

const labRun = (query: string) =>
  runScenario('lab', parseScenarioQuery(new URLSearchParams(query)).lab);

function linked(a: ReturnType<typeof runScenario>, b: ReturnType<typeof runScenario>) {
  const first = createPlayerStore();
  first.getState().load(a);
  const second = createPlayerStore();
  second.getState().load(b);
  const shared = createSharedClock(a, b);
  const unlink = linkClock(shared, first, second);
  return { first, second, clock: shared.clock, unlink };
}

const printed = (p: PlayerStore) => {
  const { run, t, cut } = p.getState();
  return consoleLinesAt(run!.trace, t, cut).map((l) => l.text);
};

describe('the shared clock', () => {
  it('spans the longer run; the shorter one stays at its end', () => {
    const short = labRun('scenario=lab&numbers=2&delays=1');
    const long = labRun('scenario=lab&numbers=2&delays=3');
    const { first, second, clock } = linked(short, long);
    expect(clock.getState().run!.trace.end).toBe(long.trace.end);
    clock.getState().seek(long.trace.end);
    expect(first.getState().t).toBe(short.trace.end);
    expect(second.getState().t).toBe(long.trace.end);
    expect(printed(first)).toEqual(['Result is: 4']);
    expect(printed(second)).toEqual(['Result is: 4']);
    clock.getState().seek(2_000_000 as VirtualUs);
    expect(printed(first)).toEqual(['Result is: 4']);
    expect(printed(second)).toEqual([]);
  });

  it('steps through the steps of either run, and each player shows its own part of an instant', () => {
    const a = runScenario('equal-delays', undefined, 0);
    const b = runScenario('equal-delays', undefined, 1);
    const { first, second, clock } = linked(a, b);
    // Every step of each run is a step of the clock: no print is skipped over.
    const seen = [new Set<string>(), new Set<string>()];
    let guard = 0;
    while (clock.getState().t < clock.getState().run!.trace.end || clock.getState().cut !== null) {
      clock.getState().stepForward();
      printed(first).forEach((l) => seen[0]!.add(l));
      printed(second).forEach((l) => seen[1]!.add(l));
      expect(++guard).toBeLessThan(500);
    }
    expect(guard).toBeGreaterThanOrEqual(
      Math.max(stepsOf(a.trace).length, stepsOf(b.trace).length) - 1,
    );
    expect(printed(first)).toEqual(['Result is: 4 on Thread-1', 'Result is: 9 on Thread-2']);
    expect(printed(second)).toEqual(['Result is: 9 on Thread-2', 'Result is: 4 on Thread-1']);
    // Stepping back all the way returns both to the start.
    while (clock.getState().t > 0) clock.getState().stepBack();
    expect(printed(first)).toEqual([]);
    expect(printed(second)).toEqual([]);
  });

  it('plays both at once, and turns Predict mode off in both', () => {
    const a = runScenario('fetch-square');
    const first = createPlayerStore({ predict: true });
    first.getState().load(a);
    const second = createPlayerStore({ predict: true });
    second.getState().load(a);
    const shared = createSharedClock(a, a);
    const unlink = linkClock(shared, first, second);
    expect(first.getState().predict).toBe(false);
    expect(second.getState().predict).toBe(false);
    shared.clock.getState().play();
    shared.clock.getState().tick(50);
    expect(first.getState().t).toBe(shared.clock.getState().t);
    expect(second.getState().t).toBe(shared.clock.getState().t);
    expect(first.getState().playing).toBe(false); // only the clock plays
    unlink();
    shared.clock.getState().jumpToEnd();
    expect(first.getState().t).toBeLessThan(a.trace.end); // unlinked: no longer follows
  });
});
