/**
 * "main() now awaits fut1. Which thread waits until it is done?" — asked once per trace, before
 * the first await that really waits (the task resumes at least 50 ms later). The answer is
 * none: the task is suspended and its loop's thread goes on running the loop. Read from the
 * trace: the suspension, the resuming step, and what the loop's thread ran in between.
 *
 * @example awaitThreadGates(gateFacts(trace))[0]!.question
 *   // 'Task-1 (main()) now awaits gather(fut1, fut2, fut3). Which thread waits until that is done?'
 */
import type { EventOf } from '../../core/trace';
import { traceIndex } from '../../core/traceIndex';
import { loopFacts } from '../../scenarios/loopFacts';
import { taskName } from '../../scenarios/narrateLoop';
import { makeGate } from '../choices';
import type { Gate } from '../gate';
import { TIE_US, type GateFacts } from '../gateFacts';
import { MISCONCEPTIONS } from '../misconceptions';
import { seconds } from '../wording';

/** The right answer's opening word; the rest says why. */
export const NO_THREAD = 'None';

/** At most one gate: the question is the same at every await, so it is asked once. */
export function awaitThreadGates(ix: GateFacts): Gate[] {
  const facts = traceIndex(ix.trace).derive(loopFacts);
  for (const suspend of facts.suspends) {
    const resume = facts.resumeOf.get(suspend.seq);
    if (!resume || resume.t - suspend.t < TIE_US) continue;
    const gate = gateFor(ix, suspend, resume, facts.tasks.get(suspend.task)?.coro);
    if (gate) return [gate];
  }
  return [];
}

function gateFor(
  ix: GateFacts,
  suspend: EventOf<'task.suspend'>,
  resume: EventOf<'task.step'>,
  coro: string | undefined,
): Gate | null {
  const facts = traceIndex(ix.trace).derive(loopFacts);
  const th = suspend.thread;
  const task = taskName(facts, suspend.task);
  // The handle that resumes the task is its own step, not other work the loop did meanwhile.
  const meanwhile = ix.trace.events.filter(
    (e) =>
      e.seq > suspend.seq &&
      e.seq < resume.seq &&
      e.thread === th &&
      e.type === 'handle.run' &&
      facts.schedules.get(e.handle)?.task !== suspend.task,
  ).length;
  const ran =
    meanwhile === 0
      ? `${th} sat in the loop's select(), free to run any callback that came due`
      : `${th} ran ${meanwhile} other callback${meanwhile === 1 ? '' : 's'} and task step${meanwhile === 1 ? '' : 's'} of the loop, and sat in select() only when nothing was ready`;
  const fact = `${task} was suspended from ${seconds(suspend.t)} to ${seconds(resume.t)}; meanwhile ${ran}. It resumed on ${resume.thread} — highlighted.`;
  const what = coro ?? 'the coroutine';
  return makeGate({
    kind: 'await-thread',
    event: suspend,
    highlightSeq: resume.seq,
    question: `${task} now awaits ${suspend.on}. Which thread waits until that is done?`,
    right: {
      text: `${NO_THREAD}: ${what} is suspended, and ${th} goes on running the event loop`,
      feedback: `Right: ${fact}`,
    },
    wrong: [
      {
        text: `${th}, blocked inside await until ${suspend.on} is done`,
        misconception: 'await-blocks-thread',
        feedback: `${MISCONCEPTIONS['await-blocks-thread'].denial}: ${fact}`,
      },
      {
        text: 'A new thread, started to wait for it',
        misconception: 'await-own-thread',
        feedback: `${MISCONCEPTIONS['await-own-thread'].denial}: ${fact}`,
      },
    ],
  });
}
