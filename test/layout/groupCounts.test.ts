import { describe, expect, it } from 'vitest';
import { us } from '../../src/core/trace';
import { countsText, groupCounts } from '../../src/layout/groupCounts';
import type { LaneGroup } from '../../src/layout/rows';
import type { Segment, ThreadLane } from '../../src/store/selectors/threadSegments';

/** A segment from seconds, ended by the thread moving on (or by a wake, `woken`). */
const seg = (kind: Segment['kind'], from: number, to: number, label: string, woken = false) =>
  ({
    kind,
    start: us(from * 1e6),
    end: us(to * 1e6),
    label,
    until: null,
    reason: woken ? 'woken' : null,
    wake: null,
    wakeSeq: woken ? 1 : null,
  }) as Segment;

const lane = (
  thread: string,
  segments: Segment[],
  finishedAt: number | null = null,
): ThreadLane => ({
  thread,
  segments,
  callbacks: [],
  outputs: [],
  finishedAt: finishedAt === null ? null : us(finishedAt * 1e6),
});

// A pool of five: one runs, two sleep in their jobs, one waits for work, one waits on a
// future; a sixth has not started at 1 s, and a seventh finished.
const lanes = new Map(
  [
    lane('W0', [seg('running', 0, 3, 'running')]),
    lane('W1', [
      seg('running', 0, 0.5, 'running'),
      seg('sleeping', 0.5, 2, 'sleeping 1.5 s'),
      seg('running', 2, 3, 'running'),
    ]),
    lane('W2', [seg('sleeping', 0, 2, 'sleeping 2.0 s'), seg('running', 2, 3, 'running')]),
    lane('W3', [seg('blocked', 0, 2, 'waiting for work', true), seg('running', 2, 3, 'running')]),
    lane('W4', [
      seg('blocked', 0, 2, 'blocked in fut1.result()', true),
      seg('running', 2, 3, 'running'),
    ]),
    lane('W5', [seg('running', 1.5, 3, 'running')]),
    lane('W6', [seg('running', 0, 0.5, 'running')], 0.5),
  ].map((l) => [l.thread, l]),
);
const pool: LaneGroup = {
  key: 'pool',
  name: 'ThreadPoolExecutor-0',
  of: 'threads',
  threads: [...lanes.keys()],
  futures: [],
  foldedByDefault: true,
};

describe('a pool group row counts its workers in their lanes’ own words', () => {
  it('tells sleeping, waiting for work and blocked workers apart', () => {
    const counts = groupCounts(pool, lanes, new Map(), us(1e6));
    expect(countsText(counts, 'threads')).toBe(
      '1 running · 2 sleeping · 1 waiting for work · 1 blocked · 1 finished · 1 not started',
    );
  });

  it('counts every worker running again once its sleep or wait is over', () => {
    const counts = groupCounts(pool, lanes, new Map(), us(2.5e6));
    expect(countsText(counts, 'threads')).toBe('6 running · 1 finished');
  });

  it('says the same of a lane as the lane’s own caption would', () => {
    const counts = groupCounts({ ...pool, threads: ['W2'] }, lanes, new Map(), us(1e6));
    expect(countsText(counts, 'threads')).toBe('1 sleeping');
  });
});
