import { describe, expect, it } from 'vitest';
import { threadSegments } from '../../../src/store/selectors/threadSegments';
import { threadsOf } from '../../../src/store/selectors/threadsOf';
import type { Trace, TraceEvent } from '../../../src/core/trace';
import { fromSeconds, us } from '../../../src/core/trace';
import { fetchSquareTrace } from '../../fixtures/fetchSquareTrace';

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
  it('names a blocked segment after the future and method', () => {
    const ev = (e: Omit<TraceEvent, 'seq'>, seq: number) => ({ ...e, seq }) as TraceEvent;
    const t: Trace = {
      version: 2,
      source: 'x',
      end: us(3),
      events: [
        ev(
          {
            t: us(0),
            thread: 'MainThread',
            line: 1,
            type: 'future.create',
            future: 1,
            name: 'fut1',
            address: '0x1',
            repr: '',
          } as Omit<TraceEvent, 'seq'>,
          0,
        ),
        ev(
          {
            t: us(1),
            thread: 'MainThread',
            line: 2,
            type: 'thread.block',
            future: 1,
            method: 'result',
            until: null,
          } as Omit<TraceEvent, 'seq'>,
          1,
        ),
        ev(
          {
            t: us(3),
            thread: 'MainThread',
            line: 2,
            type: 'thread.unblock',
            future: 1,
            reason: 'done',
          } as Omit<TraceEvent, 'seq'>,
          2,
        ),
      ],
    };
    expect(threadSegments(t)[0]!.segments.map((s) => [s.kind, s.label, s.start, s.end])).toEqual([
      ['running', 'running', 0, 1],
      ['blocked', 'blocked in fut1.result()', 1, 3],
    ]);
  });
});
