import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/core/trace';
import { narrate } from '../../src/scenarios/narrate';
import { asyncioLikeTrace } from '../fixtures/asyncioLikeTrace';

const trace = asyncioLikeTrace({ numbers: [2, 3] });
/** The narration of the first event matching `pick`. */
const told = (pick: (e: TraceEvent) => boolean, nth = 0) =>
  narrate(trace, trace.events.filter(pick)[nth]!.seq);

describe('narration of an asyncio trace: cause and effect on the loop', () => {
  it('tells a completion that the callback is scheduled, not run inside set_result', () => {
    expect(told((e) => e.type === 'future.state')).toBe(
      'fut1 finished on MainThread (set_result in a call_later handle): on_done_future is scheduled with call_soon and runs on a later turn of the loop, on MainThread.',
    );
  });

  it('tells the callback run with its turn and the turn that scheduled it', () => {
    expect(told((e) => e.type === 'callback.invoke', 1)).toBe(
      "In turn 3, the event loop on MainThread calls on_done_future(fut2): fut2 finished in turn 2 and scheduled it with call_soon, so it runs now, on the loop's thread.",
    );
  });

  it('tells add_done_callback on a pending asyncio future without the threads’ “whichever thread completes it”', () => {
    expect(told((e) => e.type === 'callback.add')).toBe(
      "on_done_future is registered on fut1: when fut1 is done, the event loop schedules it with call_soon and runs it on a later turn, on the loop's thread — not inside set_result.",
    );
  });

  it('tells the await: no thread waits, the loop goes on', () => {
    expect(told((e) => e.type === 'task.suspend')).toBe(
      'Task-1 (main()) suspends at await gather(fut1, fut2, fut3): no thread waits for it; MainThread goes back to the event loop, which runs other callbacks or waits for its next timer.',
    );
    expect(told((e) => e.type === 'task.step', 1)).toBe(
      'Task-1 (main()) resumes after await gather(fut1, fut2, fut3), on MainThread: what it awaited is done.',
    );
    expect(told((e) => e.type === 'task.done')).toBe(
      'Task-1 (main()) has finished: its coroutine returned, and whatever awaits the task is woken on a later turn.',
    );
  });

  it('tells handles by why they were queued', () => {
    expect(told((e) => e.type === 'handle.schedule' && e.via === 'call_later')).toBe(
      "<lambda> is scheduled with call_later to run in 5.0 s: the loop's timer heap keeps it until then, and no thread sleeps for it.",
    );
    expect(told((e) => e.type === 'handle.schedule' && e.via === 'done-callback')).toBe(
      "on_done_future joins the loop's ready queue (call_soon): it runs on MainThread on the next turn of the loop, not inside set_result.",
    );
    expect(told((e) => e.type === 'handle.run')).toBe(
      'In turn 1, the event loop on MainThread runs the next step of Task-1 (main()).',
    );
    expect(told((e) => e.type === 'loop.turn')).toBe(
      'The event loop on MainThread starts turn 1: it runs the callback ready now; whatever it schedules waits for a later turn.',
    );
    expect(told((e) => e.type === 'loop.turn', 1)).toBe(
      'The event loop on MainThread starts turn 2: it runs the 2 callbacks ready now; whatever they schedule waits for a later turn.',
    );
  });
});
