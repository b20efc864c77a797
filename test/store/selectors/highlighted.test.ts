import { describe, expect, it } from 'vitest';
import type { Trace } from '../../../src/core/trace';
import { highlighted } from '../../../src/store/selectors/highlighted';
import { poolScene, waitScene } from '../../fixtures/waitScenes';

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

describe('highlighted: a wait begun, a job submitted', () => {
  it('names the call a thread blocks in, or that a worker waits for work', () => {
    const scene = waitScene('as_completed');
    expect(highlighted(scene.trace, scene.begin.seq)?.text).toBe(
      'MainThread blocks in as_completed()',
    );
    const idle = waitScene('work');
    expect(highlighted(idle.trace, idle.begin.seq)?.text).toBe(
      'ThreadPoolExecutor-0_1 waits for work',
    );
  });
  it('names the future submitted and its executor', () => {
    const trace = poolScene();
    const submit = trace.events.find((e) => e.type === 'executor.submit')!;
    expect(highlighted(trace, submit.seq)?.text).toBe(
      'MainThread submits fut1 to ThreadPoolExecutor-0',
    );
  });
});
