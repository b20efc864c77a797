/**
 * "Which thread will run on_done_future?" — asked when a future with stored callbacks is about
 * to finish. The answer is the thread that completes it (spec CB-3), read from the trace.
 *
 * @example callbackThreadGates(indexTrace(fetchSquareTrace()))[0]!.question
 *   // 'Which thread will run on_done_future when fut1 finishes?'
 */
import type { EventOf } from '../../core/trace';
import { makeGate } from '../choices';
import type { Gate } from '../gate';
import { callbackLabel, seconds } from '../format';
import { MISCONCEPTIONS } from '../misconceptions';
import { futureLabel, type TraceIndex } from '../traceIndex';

const MAIN = 'MainThread';
export const OWN_THREAD_TEXT = 'A new thread, started just for the callback';

/** One gate per completed future whose stored callbacks then run. */
export function callbackThreadGates(ix: TraceIndex): Gate[] {
  const gates: Gate[] = [];
  for (const [future, completion] of ix.completions) {
    const invoke = firstStoredInvoke(ix, future, completion.event.seq);
    if (!invoke) continue;
    const cb = callbackLabel(ix.callbackAdds.get(invoke.callback)?.name ?? 'the callback');
    const thread = invoke.thread;
    const fact = `${cb} ran on ${thread}, the thread that called ${completion.method}, at ${seconds(invoke.t)} — highlighted.`;
    const gate = makeGate({
      kind: 'callback-thread',
      event: completion.event,
      highlightSeq: invoke.seq,
      question: `Which thread will run ${cb} when ${futureLabel(ix, future)} finishes?`,
      right: { text: thread, feedback: `Right: ${fact}` },
      wrong: [
        ...(thread === MAIN
          ? []
          : [
              {
                text: MAIN,
                misconception: 'callback-main-thread' as const,
                feedback: `${MISCONCEPTIONS['callback-main-thread'].denial}: ${fact}`,
              },
            ]),
        {
          text: OWN_THREAD_TEXT,
          misconception: 'callback-own-thread',
          feedback: `${MISCONCEPTIONS['callback-own-thread'].denial}: ${fact}`,
        },
      ],
    });
    if (gate) gates.push(gate);
  }
  return gates;
}

/** The first invocation, after the completion, of a callback that was stored before it. */
function firstStoredInvoke(
  ix: TraceIndex,
  future: number,
  afterSeq: number,
): EventOf<'callback.invoke'> | null {
  const invokes = ix.invokesOf.get(future) ?? [];
  return (
    invokes.find((e) => e.seq > afterSeq && !ix.callbackAdds.get(e.callback)?.immediate) ?? null
  );
}
