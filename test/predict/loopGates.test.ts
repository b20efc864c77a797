import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/core/trace';
import { gatesFor } from '../../src/predict/gatesFor';
import { asyncioLikeTrace } from '../fixtures/asyncioLikeTrace';
import { problemsOf } from './agreement';

const rightText = (trace: Trace, kind: string) => {
  const gate = gatesFor(trace).find((g) => g.kind === kind)!;
  return gate.choices.find((c) => c.id === gate.correct)!.text;
};

describe('asyncio gates on a hand-built fetch_square trace', () => {
  const trace = asyncioLikeTrace({ numbers: [2, 3, 4] });
  const gates = gatesFor(trace);

  it('asks who waits at the await, then once per turn when on_done_future runs — no threads question', () => {
    expect(gates.map((g) => [g.kind, g.question])).toEqual([
      [
        'await-thread',
        'Task-1 (main()) now awaits gather(fut1, fut2, fut3). Which thread waits until that is done?',
      ],
      [
        'loop-callback',
        'fut1 is an asyncio future and is about to finish. On which thread, and when, will on_done_future run?',
      ],
    ]);
    for (const gate of gates) expect(problemsOf(trace, gate)).toEqual([]);
  });

  it('answers loop-callback with the loop thread on a later turn, and names the threads’ model when wrong', () => {
    const gate = gates.find((g) => g.kind === 'loop-callback')!;
    const completion = trace.events.find((e) => e.type === 'future.state')!;
    const invoke = trace.events.find((e) => e.type === 'callback.invoke')!;
    expect(gate.seq).toBe(completion.seq);
    expect(gate.highlightSeq).toBe(invoke.seq);
    expect(rightText(trace, 'loop-callback')).toBe(
      'On MainThread, on a later turn of the event loop',
    );
    const byMisconception = Object.fromEntries(gate.choices.map((c) => [c.misconception, c]));
    expect(byMisconception['asyncio-callback-immediate']!.text).toBe(
      'On MainThread, at once, inside set_result',
    );
    expect(byMisconception['asyncio-callback-immediate']!.feedback).toBe(
      "An asyncio callback doesn't run inside set_result (a concurrent.futures callback would): on_done_future ran on MainThread, the loop's thread, in turn 3 of the loop, after set_result in turn 2 had scheduled it with call_soon, at 5.002 s — highlighted.",
    );
    expect(byMisconception['callback-own-thread']!.text).toBe(
      'A new thread, started just for the callback',
    );
  });

  it('answers await-thread with no thread, and says what the loop did meanwhile', () => {
    const gate = gates.find((g) => g.kind === 'await-thread')!;
    const suspend = trace.events.find((e) => e.type === 'task.suspend')!;
    const resume = trace.events.findLast((e) => e.type === 'task.step')!;
    expect(gate.seq).toBe(suspend.seq);
    expect(gate.highlightSeq).toBe(resume.seq);
    expect(rightText(trace, 'await-thread')).toBe(
      'None: main() is suspended, and MainThread goes on running the event loop',
    );
    const blocks = gate.choices.find((c) => c.misconception === 'await-blocks-thread')!;
    expect(blocks.text).toBe(
      'MainThread, blocked inside await until gather(fut1, fut2, fut3) is done',
    );
    expect(blocks.feedback).toBe(
      "await doesn't block the thread: Task-1 (main()) was suspended from 0.002 s to 5.004 s; meanwhile MainThread ran 6 other callbacks and task steps of the loop, and sat in select() only when nothing was ready. It resumed on MainThread — highlighted.",
    );
    expect(gate.choices.map((c) => c.misconception)).toContain('await-own-thread');
  });

  it('asks no await question when the task resumes within 50 ms (nothing to wait for)', () => {
    const quick = asyncioLikeTrace({ numbers: [2], delay: 0.01 });
    expect(gatesFor(quick).map((g) => g.kind)).toEqual(['loop-callback']);
  });

  it('leaves a threads trace’s questions unchanged: no loop gates without a loop', async () => {
    const { fetchSquareTrace } = await import('../fixtures/fetchSquareTrace');
    const kinds = gatesFor(fetchSquareTrace()).map((g) => g.kind);
    expect(kinds).not.toContain('loop-callback');
    expect(kinds).not.toContain('await-thread');
  });
});
