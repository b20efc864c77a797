import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/core/trace';
import { threadActivity } from '../../src/components/timeline/ThreadRow';
import { threadSegments } from '../../src/store/selectors/threadSegments';
import { WAIT_CALLS, waitScene } from '../fixtures/waitScenes';

describe("a lane's status while its thread waits", () => {
  it.each(WAIT_CALLS)('%s: says the wait for the whole of it, never "running"', (call) => {
    const { trace, waiter, begin, end } = waitScene(call, { strayLine: true });
    const lane = threadSegments(trace).find((l) => l.thread === waiter)!;
    const label = lane.segments.find((s) => s.kind === 'blocked')!.label;
    const expected =
      call === 'work'
        ? /^waiting for work$/
        : call === 'select'
          ? /^event loop idle$/
          : /^blocked in /;
    expect(label).toMatch(expected);
    for (const t of [begin.t, (begin.t + end.t) / 2, end.t - 1])
      expect(threadActivity(lane, t), `at ${t}`).toBe(label);
    expect(threadActivity(lane, end.t)).toBe('running');
  });

  it('still says blocked at the very end of a trace where nothing ends the wait', () => {
    const { trace, end } = waitScene('join');
    const stuck: Trace = {
      ...trace,
      events: trace.events.filter((e) => e.seq < end.seq && e.type !== 'thread.finish'),
    };
    const main = threadSegments(stuck).find((l) => l.thread === 'MainThread')!;
    expect(threadActivity(main, stuck.end)).toBe('blocked in Thread-3.join()');
  });
});
