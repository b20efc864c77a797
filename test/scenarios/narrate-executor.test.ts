/**
 * The UI's reading of a real executor trace, simulated by the core: the issue's program (8 jobs
 * on 4 workers, as_completed, shutdown at the end of the with block). Narration, lanes, lane
 * status and code markers must tell every wait as waiting, and every wake by its cause.
 */
import { describe, expect, it } from 'vitest';
import type { WaitCall } from '../../src/core';
import { narrate } from '../../src/scenarios/narrate';
import { at, issueProgramLinesTrace } from '../fixtures/issueProgram';
import { threadSegments } from '../../src/store/selectors/threadSegments';
import { currentLines } from '../../src/store/selectors/currentLines';
import { threadActivity } from '../../src/components/timeline/ThreadRow';

const trace = issueProgramLinesTrace();
const told = trace.events.map((_, i) => narrate(trace, i));
const waits = trace.events.flatMap((b) => {
  if (b.type !== 'wait.begin') return [];
  const end = trace.events.find(
    (e) => e.seq > b.seq && e.thread === b.thread && e.type === 'wait.end',
  );
  return [{ begin: b, end: end?.type === 'wait.end' ? end : null }];
});

/** The lane's words for the waits this program makes. */
const LABEL: Partial<Record<WaitCall, string>> = {
  as_completed: 'blocked in as_completed()',
  shutdown: 'blocked in shutdown(wait=True)',
  work: 'waiting for work',
};

describe('a real executor trace, as the UI tells it', () => {
  it('tells each submit, each worker taking its job, and what as_completed() waits for', () => {
    expect(told).toContain(
      'MainThread submits work(i) to the pool: fut5 waits in the queue until a worker is free.',
    );
    expect(told).toContain(
      'ThreadPoolExecutor-0_0 takes fut5 from the queue: it is now running and can no longer be cancelled.',
    );
    expect(told).toContain(
      'MainThread blocks in as_completed() over fut1…fut8: it waits until one of them is done.',
    );
    expect(told).toContain(
      'fut1 finished on ThreadPoolExecutor-0_0 (set_result), so as_completed() wakes MainThread.',
    );
  });

  it('tells shutdown at the end of the with block, and how the idle workers are woken', () => {
    expect(told).toContain(
      "MainThread waits in shutdown(wait=True) at the end of the with block: it returns once ThreadPoolExecutor-0's workers have finished every queued job and exited.",
    );
    expect(told).toContain('ThreadPoolExecutor-0_1 has no job: it waits for work.');
    expect(told).toContain(
      'MainThread called shutdown(), so ThreadPoolExecutor-0_0 wakes up, finds no more work and exits.',
    );
    expect(
      told.some((s) =>
        / passes the shutdown on as it exits, so ThreadPoolExecutor-0_\d wakes up/.test(s),
      ),
    ).toBe(true);
    expect(
      told.filter((s) => s.endsWith('so shutdown(wait=True) returns on MainThread.')),
    ).toHaveLength(1);
  });

  it('draws every wait as one blocked segment, labelled, with its wake, and never running inside', () => {
    const lanes = threadSegments(trace);
    expect(waits.length).toBeGreaterThan(8);
    for (const { begin, end } of waits) {
      const lane = lanes.find((l) => l.thread === begin.thread)!;
      const stop = end?.t ?? trace.end;
      if (stop === begin.t) continue; // woken at once: nothing to draw
      const inside = lane.segments.filter((s) => s.start < stop && s.end > begin.t);
      expect(inside, `${begin.thread} at ${begin.t}`).toEqual([
        expect.objectContaining({
          kind: 'blocked',
          start: begin.t,
          end: stop,
          label: LABEL[begin.call],
          wake: end?.cause ?? null,
          wakeSeq: end?.seq ?? null,
        }),
      ]);
      const mid = (begin.t + stop) / 2;
      expect(threadActivity(lane, mid)).toBe(inside[0]!.label);
    }
  });

  it('marks MainThread blocked on the as_completed() line while it waits there', () => {
    const first = waits.find((w) => w.begin.call === 'as_completed')!;
    expect(currentLines(trace, (first.begin.t + first.end!.t) / 2)).toContainEqual({
      thread: 'MainThread',
      line: at('for f in as_completed(futs):'),
      activity: 'blocked',
      label: 'blocked in as_completed()',
    });
  });
});
