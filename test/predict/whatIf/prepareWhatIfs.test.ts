/**
 * The "What if" questions made ahead of a run's end, one simulation per idle task: the same
 * questions as made at once, in several steps, and none left to make by the end's render.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareWhatIfs, whatIfsFor } from '../../../src/predict/whatIf';
import { IDLE_RETRY_MS, whenIdle } from '../../../src/predict/whatIf/whatIfsFor';
import { DEFAULT_LAB } from '../../../src/scenarios/lab-params';
import { lab } from '../../../src/scenarios/lab-scenario';
import { scenarioById } from '../../../src/scenarios/registry';

/** A scheduler the test runs by hand: each scheduled step waits in `queue`. */
function byHand() {
  const queue: (() => void)[] = [];
  const schedule = (step: () => void) => {
    queue.push(step);
    return () => queue.splice(queue.indexOf(step), 1);
  };
  return { queue, schedule };
}

/** A scenario's run with a trace of its own: questions are kept per trace object. */
const ownRun = (id: 'fetch-square' | 'pool-queue') => {
  const run = scenarioById(id).run();
  return { ...run, trace: structuredClone(run.trace) };
};

/** The questions as made at once. */
const atOnce = (id: 'fetch-square' | 'pool-queue') => JSON.stringify(whatIfsFor(ownRun(id), null));

describe('prepareWhatIfs', () => {
  it.each(['fetch-square', 'pool-queue'] as const)(
    '%s: makes the same questions in steps, one simulation each',
    (id) => {
      const run = ownRun(id);
      const { queue, schedule } = byHand();
      prepareWhatIfs(run, null, schedule);
      let steps = 0;
      while (queue.length > 0) {
        queue.shift()!();
        steps++;
      }
      expect(steps).toBeGreaterThan(1);
      const made = whatIfsFor(run, null);
      expect(JSON.stringify(made)).toBe(atOnce(id));
      // Made ahead: the end's render reads them, it does not make them again.
      expect(whatIfsFor(run, null)).toBe(made);
    },
  );

  it('stops when told to, and whatIfsFor finishes what it began', () => {
    const run = lab.run({ lab: { ...DEFAULT_LAB, observe: 'result' } });
    run.trace = structuredClone(run.trace);
    const { queue, schedule } = byHand();
    const stop = prepareWhatIfs(run, { ...DEFAULT_LAB, observe: 'result' }, schedule);
    queue.shift()!();
    expect(queue).toHaveLength(1);
    stop();
    expect(queue).toHaveLength(0);
    const made = whatIfsFor(run, { ...DEFAULT_LAB, observe: 'result' });
    const fresh = whatIfsFor(lab.run({ lab: { ...DEFAULT_LAB, observe: 'result' } }), {
      ...DEFAULT_LAB,
      observe: 'result',
    });
    expect(made.map((w) => w.id)).toEqual(fresh.map((w) => w.id));
    expect(JSON.stringify(made)).toBe(JSON.stringify(fresh));
  });

  it('schedules nothing for the playground, whose program is the learner’s', () => {
    const { queue, schedule } = byHand();
    const run = { ...scenarioById('fetch-square').run(), id: 'playground' as const };
    prepareWhatIfs(run, null, schedule);
    expect(queue).toHaveLength(0);
  });
});

describe('whenIdle', () => {
  /** requestIdleCallback that offers `free` ms each time the test calls `idle()`. */
  function idlePeriods() {
    const waiting = new Map<number, IdleRequestCallback>();
    let next = 0;
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
      waiting.set(++next, callback);
      return next;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
    const idle = (free: number) => {
      const callbacks = [...waiting.values()];
      waiting.clear();
      for (const cb of callbacks) cb({ didTimeout: false, timeRemaining: () => free });
    };
    return { idle, asked: () => waiting.size };
  }
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the step in a long idle period; after a short one it asks again only later', () => {
    const { idle, asked } = idlePeriods();
    let steps = 0;
    whenIdle(() => steps++);
    idle(5); // between two frames of a playback
    expect(steps).toBe(0);
    expect(asked()).toBe(0);
    vi.advanceTimersByTime(IDLE_RETRY_MS - 1);
    expect(asked()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(asked()).toBe(1);
    idle(49); // the page has nothing to draw
    expect(steps).toBe(1);
  });

  it('stops for good when cancelled, while waiting for idle time or for the retry', () => {
    const { idle, asked } = idlePeriods();
    let steps = 0;
    whenIdle(() => steps++)();
    expect(asked()).toBe(0);
    const stop = whenIdle(() => steps++);
    idle(5);
    stop();
    vi.advanceTimersByTime(IDLE_RETRY_MS * 4);
    idle(49);
    expect(asked()).toBe(0);
    expect(steps).toBe(0);
  });
});
