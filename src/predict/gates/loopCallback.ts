/**
 * "When fut1 finishes, on which thread and on which turn will on_done_future run?" — asked
 * before an asyncio future with a done-callback of the program's finishes. The answer is read
 * from the trace: the loop schedules the callback with call_soon, and it runs on the loop's
 * thread on a later turn — never inside set_result, as a concurrent.futures callback would.
 *
 * @example loopCallbackGates(gateFacts(trace))[0]!.choices.map((c) => c.text)
 *   // ['On MainThread, at once, inside set_result',
 *   //  'On MainThread, on a later turn of the event loop', 'A new thread, started just for the callback']
 */
import type { EventOf } from '../../core/trace';
import { traceIndex } from '../../core/traceIndex';
import { isMachinery, loopFacts, shortName, type LoopFacts } from '../../scenarios/loopFacts';
import { makeGate } from '../choices';
import type { Gate } from '../gate';
import { futureLabel, type GateFacts } from '../gateFacts';
import { MISCONCEPTIONS } from '../misconceptions';
import { callbackLabel, seconds } from '../wording';
import { OWN_THREAD_TEXT } from './callbackThread';

/** One gate per turn in which an asyncio future with a program's done-callback finishes. */
export function loopCallbackGates(ix: GateFacts): Gate[] {
  const facts = traceIndex(ix.trace).derive(loopFacts);
  const gates: Gate[] = [];
  // Several futures finishing in one turn would ask one question several times over.
  const askedTurns = new Set<number>();
  for (const [future, completion] of facts.completionOf) {
    const turn = facts.runningAt.get(completion.seq)?.turn ?? null;
    if (turn !== null && askedTurns.has(turn)) continue;
    const invoke = programCallbackRun(ix, facts, completion);
    if (!invoke) continue;
    const gate = gateFor(ix, facts, future, completion, invoke);
    if (!gate) continue;
    if (turn !== null) askedTurns.add(turn);
    gates.push(gate);
  }
  return gates;
}

function gateFor(
  ix: GateFacts,
  facts: LoopFacts,
  future: number,
  completion: EventOf<'future.state'>,
  invoke: EventOf<'callback.invoke'>,
): Gate | null {
  const cb = callbackLabel(shortName(ix.callbackAdds.get(invoke.callback)?.name ?? 'the callback'));
  const fut = futureLabel(ix, future);
  const method = ix.completions.get(future)?.method ?? 'set_result';
  const thread = invoke.thread;
  const then = facts.runningAt.get(completion.seq)?.turn;
  const now = facts.runningAt.get(invoke.seq)?.turn;
  const turns =
    then !== undefined && now !== undefined
      ? `in turn ${now} of the loop, after ${method} in turn ${then} had scheduled it with call_soon`
      : `on a later turn of the loop than ${method}, which scheduled it with call_soon`;
  const fact = `${cb} ran on ${thread}, the loop's thread, ${turns}, at ${seconds(invoke.t)} — highlighted.`;
  return makeGate({
    kind: 'loop-callback',
    event: completion,
    highlightSeq: invoke.seq,
    question: `${fut} is an asyncio future and is about to finish. On which thread, and when, will ${cb} run?`,
    right: { text: `On ${thread}, on a later turn of the event loop`, feedback: `Right: ${fact}` },
    wrong: [
      {
        text: `On ${completion.thread}, at once, inside ${method}`,
        misconception: 'asyncio-callback-immediate',
        feedback: `${MISCONCEPTIONS['asyncio-callback-immediate'].denial} (a concurrent.futures callback would): ${fact}`,
      },
      {
        text: OWN_THREAD_TEXT,
        misconception: 'callback-own-thread',
        feedback: `${MISCONCEPTIONS['callback-own-thread'].denial}: ${fact}`,
      },
    ],
  });
}

/** The run of the first of the program's own done-callbacks that the completion scheduled. */
function programCallbackRun(
  ix: GateFacts,
  facts: LoopFacts,
  completion: EventOf<'future.state'>,
): EventOf<'callback.invoke'> | null {
  const scheduled = (facts.scheduledBy.get(completion.seq) ?? []).filter(
    (s) => s.via === 'done-callback' && s.callback !== undefined && !isMachinery(s.fn),
  );
  const invokes = ix.invokesOf.get(completion.future) ?? [];
  for (const s of scheduled) {
    const run = invokes.find((e) => e.seq > completion.seq && e.callback === s.callback);
    if (run) return run;
  }
  return null;
}
