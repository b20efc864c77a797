/**
 * "blocking_square has returned on worker_0. Where does main() go on after its await?" —
 * asked before a thread other than the loop's schedules a handle with call_soon_threadsafe
 * (`run_in_executor`'s completion, `wrap_future`). The answer is read from the trace: the
 * task resumes on the loop's thread, on a later turn; the worker only wakes the loop.
 *
 * @example threadsafeWakeGates(gateFacts(trace))[0]!.question
 *   // 'The job has returned on worker_0, which now wakes the event loop. Where will Task-1 (main()) go on after its await?'
 */
import type { EventOf } from '../../core/trace';
import { traceIndex } from '../../core/traceIndex';
import { loopFacts } from '../../scenarios/loopFacts';
import { taskName } from '../../scenarios/narrateLoop';
import { makeGate } from '../choices';
import type { Gate } from '../gate';
import type { GateFacts } from '../gateFacts';
import { MISCONCEPTIONS } from '../misconceptions';
import { seconds } from '../wording';

/** One gate per threadsafe wake from another thread after which a suspended task resumes. */
export function threadsafeWakeGates(ix: GateFacts): Gate[] {
  const facts = traceIndex(ix.trace).derive(loopFacts);
  const gates: Gate[] = [];
  for (const e of ix.trace.events) {
    if (e.type !== 'handle.schedule' || e.via !== 'call_soon_threadsafe') continue;
    const loopThread = facts.threadOfLoop.get(e.loop);
    if (!loopThread || loopThread === e.thread) continue;
    const resume = ix.trace.events.find(
      (x): x is EventOf<'task.step'> =>
        x.type === 'task.step' && x.seq > e.seq && facts.resumedFrom.has(x.seq),
    );
    if (!resume) continue;
    const task = taskName(facts, resume.task);
    const fact = `${task} went on at ${seconds(resume.t)} on ${resume.thread}, the loop's thread, on a later turn; ${e.thread} only scheduled a callback with call_soon_threadsafe, which woke the loop — highlighted.`;
    const gate = makeGate({
      kind: 'threadsafe-wake',
      event: e,
      highlightSeq: resume.seq,
      question: `The job has returned on ${e.thread}, which now wakes the event loop. Where will ${task} go on after its await?`,
      right: {
        text: `On ${resume.thread}, on a later turn of the event loop`,
        feedback: `Right: ${fact}`,
      },
      wrong: [
        {
          text: `On ${e.thread}, right after the job returns`,
          misconception: 'await-resumes-on-worker',
          feedback: `${MISCONCEPTIONS['await-resumes-on-worker'].denial}: ${fact}`,
        },
        {
          text: 'On a new thread, started to resume it',
          misconception: 'await-own-thread',
          feedback: `${MISCONCEPTIONS['await-own-thread'].denial}: ${fact}`,
        },
      ],
    });
    if (gate) gates.push(gate);
  }
  return gates;
}
