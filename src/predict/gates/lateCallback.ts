/**
 * "fut has already finished. When will the callback run?" — asked before `add_done_callback`
 * on a future that is done: the callback runs at once, in the caller (spec CB-2).
 *
 * @example lateCallbackGates(ix)[0]!.choices.map((c) => c.text)
 *   // ['At once, on MainThread, before add_done_callback returns', 'Later, …', …]
 */
import { makeGate, type Distractor } from '../choices';
import type { Gate } from '../gate';
import { callbackLabel, seconds } from '../wording';
import { MISCONCEPTIONS } from '../misconceptions';
import { futureLabel, type GateFacts } from '../gateFacts';
import { OWN_THREAD_TEXT } from './callbackThread';

/** One gate per callback added to a future that had already finished. */
export function lateCallbackGates(ix: GateFacts): Gate[] {
  const gates: Gate[] = [];
  for (const add of ix.callbackAdds.values()) {
    if (!add.immediate) continue;
    const invoke = ix.invokeOf.get(add.callback);
    if (!invoke || invoke.seq < add.seq) continue;
    const cb = callbackLabel(add.name);
    const fact = `${cb} ran at once on ${invoke.thread}, inside add_done_callback, at ${seconds(invoke.t)} — highlighted.`;
    const waits = MISCONCEPTIONS['late-callback-waits'].denial;
    const wrong: Distractor[] = [
      {
        text: 'Later, after add_done_callback has returned',
        misconception: 'late-callback-waits',
        feedback: `${waits}: ${fact}`,
      },
      {
        text: 'Never: the future finished before the callback was added',
        misconception: 'late-callback-waits',
        feedback: `${waits}, and it isn't skipped: ${fact}`,
      },
      {
        text: OWN_THREAD_TEXT,
        misconception: 'callback-own-thread',
        feedback: `${MISCONCEPTIONS['callback-own-thread'].denial}: ${fact}`,
      },
    ];
    const gate = makeGate({
      kind: 'late-callback',
      event: add,
      highlightSeq: invoke.seq,
      question: `${futureLabel(ix, add.future)} has already finished. ${add.thread} now adds ${cb} with add_done_callback. When will ${cb} run?`,
      right: {
        text: `At once, on ${invoke.thread}, before add_done_callback returns`,
        feedback: `Right: ${fact}`,
      },
      wrong,
    });
    if (gate) gates.push(gate);
  }
  return gates;
}
