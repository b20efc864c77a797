import { describe, expect, it } from 'vitest';
import { threadSegments } from '../../../src/store/selectors/threadSegments';
import { threadsOf } from '../../../src/store/selectors/threadsOf';
import type { Trace, WaitCall } from '../../../src/core/trace';
import { fromSeconds } from '../../../src/core/trace';
import { fetchSquareTrace } from '../../fixtures/fetchSquareTrace';
import { SCENES, WAIT_CALLS, waitScene } from '../../fixtures/waitScenes';

const trace = fetchSquareTrace();

describe('threadSegments', () => {
  it('has a lane per thread in start order', () => {
    expect(threadSegments(trace).map((l) => l.thread)).toEqual(threadsOf(trace).map((t) => t.name));
    expect(threadsOf(trace).map((t) => t.name)).toEqual([
      'MainThread',
      'Thread-1',
      'Thread-2',
      'Thread-3',
    ]);
  });
  it('shows a timer thread sleeping 5.0 s, then running its callback, which prints', () => {
    const lane = threadSegments(trace).find((l) => l.thread === 'Thread-1')!;
    expect(lane.segments.map((s) => [s.kind, s.label])).toEqual([
      ['sleeping', 'sleeping 5.0 s'],
      ['running', 'running'],
    ]);
    const [sleep, run] = lane.segments;
    expect(sleep!.end - sleep!.start).toBe(fromSeconds(5));
    expect(run!.start).toBe(sleep!.end);
    expect(lane.callbacks).toEqual([
      expect.objectContaining({ future: 1, callback: 1, raised: false }),
    ]);
    expect(lane.outputs.map((o) => [o.text, o.callback])).toEqual([['Result is: 4', 1]]);
  });
});

/** The lane's words for each blocking call, as a learner reads them on the timeline. */
const LABELS: Record<WaitCall, string> = {
  result: 'blocked in fut1.result()',
  exception: 'blocked in fut1.exception()',
  wait: 'blocked in wait()',
  as_completed: 'blocked in as_completed()',
  join: 'blocked in Thread-3.join()',
  shutdown: 'blocked in shutdown(wait=True)',
  work: 'waiting for work',
  'Event.wait': 'blocked in ready.wait()',
  'Condition.wait': 'blocked in cond.wait()',
  'Lock.acquire': 'blocked in lock.acquire()',
  'Semaphore.acquire': 'blocked in sem.acquire()',
  'Queue.get': 'blocked in jobs.get()',
  'Queue.put': 'blocked in jobs.put()',
  select: 'event loop idle',
};

describe('threadSegments: every wait is one blocked segment', () => {
  it.each(WAIT_CALLS)('%s: blocked from wait.begin to wait.end, with its wake', (call) => {
    const { trace, waiter, begin, end } = waitScene(call);
    const lane = threadSegments(trace).find((l) => l.thread === waiter)!;
    const blocked = lane.segments.filter((s) => s.kind === 'blocked');
    expect(blocked).toEqual([
      {
        kind: 'blocked',
        start: begin.t,
        startSeq: begin.seq,
        end: end.t,
        endSeq: end.seq,
        label: LABELS[call],
        until: null,
        reason: 'woken',
        wake: end.cause,
        wakeSeq: end.seq,
      },
    ]);
    expect(end.cause).toEqual(expect.objectContaining({ thread: SCENES[call].waker }));
    // It runs again from the moment it wakes.
    expect(lane.segments.at(-1)).toEqual(
      expect.objectContaining({ kind: 'running', start: end.t, wake: null, wakeSeq: null }),
    );
  });

  it.each(WAIT_CALLS)('%s: an event of the waiter inside its wait does not flip it', (call) => {
    const { trace, waiter, begin, end } = waitScene(call, { strayLine: true });
    const lane = threadSegments(trace).find((l) => l.thread === waiter)!;
    const during = lane.segments.filter((s) => s.start < end.t && s.end > begin.t);
    expect(during.map((s) => [s.kind, s.label, s.start, s.end])).toEqual([
      ['blocked', LABELS[call], begin.t, end.t],
    ]);
  });

  it('keeps a timeout and the deadline on the segment; the wake is null', () => {
    const { trace, begin, end } = waitScene('result');
    const timedOut: Trace = {
      ...trace,
      events: trace.events.map((e) =>
        e.seq === begin.seq
          ? { ...begin, until: end.t }
          : e.seq === end.seq
            ? { ...end, reason: 'timeout', cause: null }
            : e,
      ),
    };
    const seg = threadSegments(timedOut)[0]!.segments.find((s) => s.kind === 'blocked')!;
    expect([seg.until, seg.reason, seg.wake, seg.wakeSeq]).toEqual([
      end.t,
      'timeout',
      null,
      end.seq,
    ]);
  });

  it('leaves a wait that never ends blocked to the end of the trace, with no wake', () => {
    const { trace, end } = waitScene('join');
    const stuck: Trace = {
      ...trace,
      events: trace.events.filter((e) => e.seq < end.seq && e.type !== 'thread.finish'),
    };
    const seg = threadSegments(stuck)[0]!.segments.at(-1)!;
    expect(seg).toEqual(
      expect.objectContaining({ kind: 'blocked', end: trace.end, reason: null, wakeSeq: null }),
    );
  });
});
