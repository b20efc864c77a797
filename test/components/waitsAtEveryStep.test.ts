/**
 * Stepping through a real executor scenario as a learner does (each print and each wake a
 * step of its own): at every step, a thread whose wait has begun and not yet ended is shown
 * waiting by its lane's status and its code marker, even when the wake comes later in the
 * same instant.
 */
import { describe, expect, it } from 'vitest';
import type { EventOf } from '../../src/core/trace';
import { threadActivity } from '../../src/components/timeline/ThreadRow';
import { waitLabel } from '../../src/core/waitText';
import { runScenario } from '../../src/scenarios';
import { currentLines } from '../../src/store/selectors/currentLines';
import { traceSteps } from '../../src/store/selectors/steps';
import { threadSegments } from '../../src/store/selectors/threadSegments';

describe.each(['pool-as-completed', 'pool-queue', 'pool-shutdown'] as const)('%s', (id) => {
  it('every thread in a wait is shown waiting at every step of it, never running', () => {
    const { trace } = runScenario(id);
    const lanes = threadSegments(trace);
    const ends = new Map<number, EventOf<'wait.end'>>();
    const open = new Map<string, EventOf<'wait.begin'>>();
    const waits: { begin: EventOf<'wait.begin'>; endSeq: number }[] = [];
    for (const e of trace.events) {
      if (e.type === 'wait.begin') open.set(e.thread, e);
      if (e.type === 'wait.end') {
        waits.push({ begin: open.get(e.thread)!, endSeq: e.seq });
        ends.set(e.seq, e);
      }
    }
    expect(waits.length).toBeGreaterThan(0);
    let checked = 0;
    for (const step of traceSteps(trace)) {
      for (const { begin, endSeq } of waits) {
        if (begin.seq > step.last || endSeq <= step.last) continue;
        const lane = lanes.find((l) => l.thread === begin.thread)!;
        const cut = step.cut === null ? null : step.last;
        expect(threadActivity(lane, step.t, cut), `${begin.thread} at seq ${step.last}`).toBe(
          waitLabel(begin),
        );
        const marker = currentLines(trace, step.t, cut).find((l) => l.thread === begin.thread);
        if (marker) expect(marker.activity).toBe('blocked');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
