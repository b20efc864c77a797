import { describe, expect, it } from 'vitest';
import type { Trace } from '../../../src/core/trace';
import { highlighted } from '../../../src/store/selectors/highlighted';
import { waitScene } from '../../fixtures/waitScenes';

describe('highlighted: the end of a wait', () => {
  it.each([
    ['result', 'MainThread returns from fut1.result()'],
    ['as_completed', 'MainThread returns from as_completed()'],
    ['join', 'MainThread returns from Thread-3.join()'],
    ['work', 'ThreadPoolExecutor-0_1 stops waiting for work'],
  ] as const)('%s: names the call the thread returns from', (call, text) => {
    const { trace, end } = waitScene(call);
    expect(highlighted(trace, end.seq)?.text).toBe(text);
  });
  it('says when the timeout ended it', () => {
    const { trace, end } = waitScene('Event.wait');
    const timedOut: Trace = {
      ...trace,
      events: trace.events.map((e) =>
        e.seq === end.seq ? { ...end, reason: 'timeout', cause: null } : e,
      ),
    };
    expect(highlighted(timedOut, end.seq)?.text).toBe(
      'MainThread stops waiting in ready.wait(): the timeout has passed',
    );
  });
});
