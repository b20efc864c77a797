/**
 * "Which thread will run on_done_future?" — asked when a future with stored callbacks is about
 * to finish. The answer is the thread that completes it (spec CB-3), read from the trace.
 *
 * @example callbackThreadGates(gateFacts(fetchSquareTrace()))[0]!.question
 *   // 'Which thread will run on_done_future when fut1 finishes?'
 */
import type { EventOf, Trace, VirtualUs } from '../../core/trace';
import { traceIndex } from '../../core/traceIndex';
import { isMachinery } from '../../scenarios/loopFacts';
import { makeGate } from '../choices';
import type { Gate } from '../gate';
import { callbackLabel, seconds } from '../wording';
import { MISCONCEPTIONS } from '../misconceptions';
import { futureLabel, gateFacts, TIE_US, type GateFacts } from '../gateFacts';

const MAIN = 'MainThread';
export const OWN_THREAD_TEXT = 'A new thread, started just for the callback';

/** One gate per completed future whose stored callbacks then run. */
export function callbackThreadGates(ix: GateFacts): Gate[] {
  const gates: Gate[] = [];
  // An asyncio future's callbacks are scheduled, not run by the completing thread: its own
  // question is loop-callback's.
  const asyncio = new Set(ix.futures.filter((f) => f.kind === 'asyncio').map((f) => f.future));
  for (const [future, completion] of ix.completions) {
    if (asyncio.has(future)) continue;
    const invoke = firstStoredInvoke(ix, future, completion.event.seq);
    // asyncio's own bridge (wrap_future's _call_set_state) is no callback the program wrote.
    if (!invoke || isMachinery(ix.callbackAdds.get(invoke.callback)?.name ?? '')) continue;
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
    if (gate) gates.push(tieNote(ix, future, gate));
  }
  return gates;
}

/** Says so when CPython might have completed another future first (equal delays, spec P-3). */
function tieNote(ix: GateFacts, future: number, gate: Gate): Gate {
  const rivals = tiedWith(ix).get(future);
  if (!rivals || rivals.length === 0) return gate;
  const names = rivals.map((f) => futureLabel(ix, f));
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return {
    ...gate,
    note: `${futureLabel(ix, future)}'s Timer is due at almost the same moment as the ${names.length === 1 ? 'Timer' : 'Timers'} of ${list}; CPython may fire them in either order. Whichever fires, its own thread runs the callback.`,
  };
}

/** For each timer-completed future, up to three others whose Timers are due within TIE_US. */
const tiedWith = (ix: GateFacts) => traceIndex(ix.trace).derive(tiedTimers);

function tiedTimers(trace: Trace): Map<number, number[]> {
  const ix = traceIndex(trace).derive(gateFacts);
  const due = [...ix.timerOfFuture.entries()]
    .map(([future, timer]) => ({ future, due: ix.timers.get(timer)?.start?.due }))
    .filter((x): x is { future: number; due: VirtualUs } => x.due !== undefined)
    .sort((a, b) => a.due - b.due);
  const ties = new Map<number, number[]>();
  due.forEach((x, i) => {
    const near: number[] = [];
    // Sorted by due, so the near ones are neighbours; three names are enough to make the point.
    for (let j = i - 1; j >= 0 && x.due - due[j]!.due < TIE_US && near.length < 3; j--)
      near.unshift(due[j]!.future);
    for (let j = i + 1; j < due.length && due[j]!.due - x.due < TIE_US && near.length < 3; j++)
      near.push(due[j]!.future);
    ties.set(x.future, near);
  });
  return ties;
}

/** The first invocation, after the completion, of a callback that was stored before it. */
function firstStoredInvoke(
  ix: GateFacts,
  future: number,
  afterSeq: number,
): EventOf<'callback.invoke'> | null {
  const invokes = ix.invokesOf.get(future) ?? [];
  return (
    invokes.find((e) => e.seq > afterSeq && !ix.callbackAdds.get(e.callback)?.immediate) ?? null
  );
}
