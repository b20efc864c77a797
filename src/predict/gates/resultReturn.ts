/**
 * "When will fut1.result() return?" — asked as a thread calls `result()` (or `exception()`) on
 * a future that is not done yet, so the call blocks (spec G-3). The answer is the moment the
 * trace ends the wait: when the future is completed, when the timeout expires, or never.
 *
 * @example resultReturnGates(ix)[0]!.choices.map((c) => c.text)
 *   // ['At once, at 0.003 s', "When fut1's timer fires, at 5.0 s", 'When all the timers have fired, at 5.002 s']
 */
import type { EventOf, FutureId, TraceEvent } from '../../core/trace';
import { makeGate, type Distractor } from '../choices';
import type { Gate } from '../gate';
import { seconds } from '../wording';
import { MISCONCEPTIONS } from '../misconceptions';
import { futureLabel, TIE_US, type GateFacts } from '../gateFacts';

/** One gate per blocking `result()` / `exception()` call (a wait of call result/exception). */
export function resultReturnGates(ix: GateFacts): Gate[] {
  const gates: Gate[] = [];
  for (const block of ix.waits) {
    const future = block.futures[0];
    if ((block.call !== 'result' && block.call !== 'exception') || future === undefined) continue;
    const gate = gateFor(ix, block, future);
    if (gate) gates.push(gate);
  }
  return gates;
}

function gateFor(ix: GateFacts, block: EventOf<'wait.begin'>, future: FutureId): Gate | null {
  const fut = futureLabel(ix, future);
  const call = `${fut}.${block.call}()`;
  const ended = ix.waitEndOf.get(block.seq);
  const timeout =
    block.until === null ? '' : `, with a timeout of ${seconds(block.until - block.t)}`;
  const question = `${block.thread} calls ${call}${timeout}. When will it return?`;
  // With its moment, like the other choices: only the right one naming a time would tell it.
  const atOnce: Distractor = {
    text: `At once, at ${seconds(block.t)}`,
    misconception: 'result-at-once',
    feedback: '',
  };
  const completion = ix.completions.get(future);
  const timer = ix.timerOfFuture.get(future);
  const completedBy = (t: number) =>
    timer !== undefined
      ? `When ${fut}'s timer fires, at ${seconds(t)}`
      : `When ${completion?.event.thread} completes ${fut}, at ${seconds(t)}`;
  const always = MISCONCEPTIONS['always-completes'].denial;
  if (ended?.reason === 'woken') {
    // Completed within CPython's jitter of the call: it may as well have been done already.
    if (ended.t - block.t < TIE_US) return null;
    const fact = `${block.thread} waited in ${call} until ${fut} finished, at ${seconds(ended.t)} — highlighted.`;
    const lastFire = ix.lastTimerFire;
    const wrong: Distractor[] = [
      {
        ...atOnce,
        feedback: `${MISCONCEPTIONS['result-at-once'].denial}: ${fut} was still pending, so ${fact}`,
      },
    ];
    if (lastFire && lastFire.t - ended.t >= TIE_US) {
      wrong.push({
        text: `When all the timers have fired, at ${seconds(lastFire.t)}`,
        misconception: 'result-waits-for-all',
        feedback: `${MISCONCEPTIONS['result-waits-for-all'].denial}: ${fact} Other timers were still running.`,
      });
    }
    return makeGate({
      kind: 'result-return',
      event: block,
      highlightSeq: ended.seq,
      question,
      right: { text: completedBy(ended.t), feedback: `Right: ${fact}` },
      wrong,
    });
  }
  const later = completion && ended ? completion.event.seq > ended.seq : false;
  const neverDone: Distractor = {
    text:
      later && completion
        ? `${completedBy(completion.event.t)}, with its result`
        : `When another thread completes ${fut}`,
    misconception: 'always-completes',
    feedback: '',
  };
  if (ended?.reason === 'timeout') {
    const fact = `nothing completed ${fut} in time, so ${call} raised TimeoutError at ${seconds(ended.t)} — highlighted.`;
    return makeGate({
      kind: 'result-return',
      event: block,
      highlightSeq: ended.seq,
      question,
      right: {
        text: `It raises TimeoutError at ${seconds(ended.t)}`,
        feedback: `Right: ${fact}`,
      },
      wrong: [
        {
          ...atOnce,
          feedback: `${MISCONCEPTIONS['result-at-once'].denial}: it waited, and ${fact}`,
        },
        { ...neverDone, feedback: `${always}: ${fact}` },
      ],
    });
  }
  // No wait.end: the thread waits for good (a deadlock, or the end of the trace).
  const end: TraceEvent = ix.deadlock && ix.deadlock.seq > block.seq ? ix.deadlock : block;
  const fact = `nothing ever completes ${fut}, so ${block.thread} is still waiting in ${call} — highlighted.`;
  return makeGate({
    kind: 'result-return',
    event: block,
    highlightSeq: end.seq,
    question,
    right: { text: `Never: nothing completes ${fut}`, feedback: `Right: ${fact}` },
    wrong: [
      { ...atOnce, feedback: `${MISCONCEPTIONS['result-at-once'].denial}: ${fact}` },
      { ...neverDone, feedback: `${always}: ${fact}` },
    ],
  });
}
