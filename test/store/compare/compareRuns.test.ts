import { describe, expect, it } from 'vitest';
import { fromSeconds } from '../../../src/core/trace';
import { runScenario } from '../../../src/scenarios';
import { parseScenarioQuery } from '../../../src/scenarios/query';
import { compareRuns, markedIn } from '../../../src/store/compare/compareRuns';

const lab = (query: string) => {
  const { lab, errors } = parseScenarioQuery(new URLSearchParams(query));
  expect(errors).toEqual([]);
  return runScenario('lab', lab).trace;
};
const texts = (ds: ReturnType<typeof compareRuns>) => ds.map((d) => `${d.kind}: ${d.text}`);

describe('compareRuns', () => {
  it('finds nothing between a run and itself', () => {
    const trace = runScenario('fetch-square').trace;
    expect(compareRuns(trace, trace)).toEqual([]);
  });

  it('equal delays, ordering 1 against 2: the two lines swap places, each on its own thread', () => {
    // CPython may print either line first (the spec's note on equal delays): the same lines,
    // printed by the same threads, in the other order, fut1's 10 ms later in ordering 2.
    const first = runScenario('equal-delays', undefined, 0).trace;
    const second = runScenario('equal-delays', undefined, 1).trace;
    const found = compareRuns(first, second);
    expect(found.filter((d) => d.kind === 'position').map((d) => d.text)).toEqual([
      '“Result is: 4 on Thread-1” is console line 1 in the first run, line 2 in the second.',
      '“Result is: 9 on Thread-2” is console line 2 in the first run, line 1 in the second.',
    ]);
    expect(found.some((d) => d.kind === 'thread' || d.kind === 'only')).toBe(false);
    expect(found.find((d) => d.kind === 'time')?.text).toMatch(
      /^“Result is: 4 on Thread-1” is printed at 1\.0\d* s in the first run, at 1\.0\d* s in the second\.$/,
    );
  });

  it('two Lab parameter sets: each result printed when its own delay ends', () => {
    // delays 3,1,2 print 9, 16, 4 at 1, 2, 3 s; delays 1,2,3 print 4, 9, 16 (as CPython does).
    const found = compareRuns(
      lab('scenario=lab&numbers=2,3,4&delays=3,1,2'),
      lab('scenario=lab&numbers=2,3,4&delays=1,2,3'),
    );
    expect(texts(found)).toEqual([
      'time: “Result is: 4” is printed at 3.0 s in the first run, at 1.0 s in the second.',
      'position: “Result is: 4” is console line 3 in the first run, line 1 in the second.',
      'time: “Result is: 9” is printed at 1.0 s in the first run, at 2.0 s in the second.',
      'position: “Result is: 9” is console line 1 in the first run, line 2 in the second.',
      'time: “Result is: 16” is printed at 2.0 s in the first run, at 3.0 s in the second.',
      'position: “Result is: 16” is console line 2 in the first run, line 3 in the second.',
    ]);
    // Each difference is at the earlier of its two moments, where the list seeks to.
    expect(found[0]!.t).toBeGreaterThanOrEqual(fromSeconds(1));
    expect(found[0]!.t).toBeLessThan(fromSeconds(1.01));
  });

  it('a line printed in one run only, and its callback, are named with their run', () => {
    const found = compareRuns(
      lab('scenario=lab&numbers=2,3&delays=1,1'),
      lab('scenario=lab&numbers=2,3,4&delays=1,1,1'),
    );
    // The callback runs first, and prints from inside: both at the third Timer's 1.0 s.
    expect(texts(found.filter((d) => d.kind === 'only'))).toEqual([
      'only: The callback on_done_future runs only in the second run (at 1.0 s, on Thread-3).',
      'only: “Result is: 16” is printed only in the second run (at 1.0 s, by Thread-3).',
    ]);
    const onlySecond = found.filter((d) => d.kind === 'only');
    expect(markedIn(onlySecond, 0).size).toBe(0);
    expect(markedIn(onlySecond, 1).size).toBe(2);
  });

  it('fetch_square with threads against asyncio: who runs on_done_future, and who prints', () => {
    // The spec: a concurrent.futures callback runs on the thread that completes the future (the
    // Timer's); an asyncio callback is scheduled and runs on the loop's thread, MainThread.
    const found = compareRuns(
      runScenario('fetch-square').trace,
      runScenario('fetch-square-asyncio').trace,
    );
    const threads = found.filter((d) => d.kind === 'thread').map((d) => d.text);
    expect(threads).toEqual([
      'on_done_future runs on Thread-1 in the first run, on MainThread in the second.',
      '“Result is: 4” is printed by Thread-1 in the first run, by MainThread in the second.',
      'on_done_future runs on Thread-2 in the first run, on MainThread in the second.',
      '“Result is: 9” is printed by Thread-2 in the first run, by MainThread in the second.',
      'on_done_future runs on Thread-3 in the first run, on MainThread in the second.',
      '“Result is: 16” is printed by Thread-3 in the first run, by MainThread in the second.',
    ]);
    // The same three lines in the same order (the seed's "Result is: 4 / 9 / 16"), and asyncio's
    // own callbacks (gather's, _run_until_complete_cb) are not counted as the program's.
    expect(found.some((d) => d.kind === 'only' || d.kind === 'position')).toBe(false);
  });
});
