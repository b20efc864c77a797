/**
 * The "What if" questions made ahead of a run's end, one simulation per idle task: the same
 * questions as made at once, in several steps, and none left to make by the end's render.
 */
import { describe, expect, it } from 'vitest';
import { prepareWhatIfs, whatIfsFor } from '../../../src/predict/whatIf';
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
