/**
 * "Which future finishes first?" — asked before the first timer that completes a future fires,
 * when that future is not the one called first. Timers due within 50 ms of each other are a
 * tie CPython may break either way (spec P-3), so no gate is made from one.
 *
 * @example firstFinishGates(ix)[0]!.choices.map((c) => c.text) // ['fut2', 'fut1']
 */
import { makeGate } from '../choices';
import type { Gate } from '../gate';
import { seconds } from '../wording';
import { MISCONCEPTIONS } from '../misconceptions';
import { futureLabel, timersTie, type GateFacts } from '../gateFacts';

/** At most one gate: before the first timer that completes a future fires. */
export function firstFinishGates(ix: GateFacts): Gate[] {
  const firstByTimer = [...ix.timerOfFuture.entries()]
    .map(([future, timer]) => ({ future, timer, fire: ix.timers.get(timer)?.fire ?? null }))
    .filter((x) => x.fire !== null)
    .sort((a, b) => a.fire!.seq - b.fire!.seq)[0];
  if (!firstByTimer) return [];
  const { future: winner, timer, fire } = firstByTimer;
  const at = fire!;
  const pending = ix.futures.filter((f) => {
    const done = ix.completions.get(f.future);
    return f.seq < at.seq && (!done || done.event.seq > at.seq);
  });
  const calledFirst = pending[0];
  if (!calledFirst || calledFirst.future === winner) return [];
  const rival = ix.timerOfFuture.get(calledFirst.future);
  if (rival !== undefined && timersTie(ix, rival, timer)) return [];
  const winnerDone = ix.completions.get(winner)!;
  const w = futureLabel(ix, winner);
  const c = futureLabel(ix, calledFirst.future);
  const rivalDone = ix.completions.get(calledFirst.future);
  const rivalText = rivalDone
    ? `${c} finishes only at ${seconds(rivalDone.event.t)}`
    : `${c} never finishes`;
  const fact = `${w} finished first, at ${seconds(winnerDone.event.t)}, because its timer was due first; ${rivalText} — highlighted.`;
  const gate = makeGate({
    kind: 'first-finish',
    event: at,
    highlightSeq: winnerDone.event.seq,
    question: `${pending.length} futures are pending. Which one finishes first?`,
    right: { text: w, feedback: `Right: ${fact}` },
    wrong: [
      {
        text: c,
        misconception: 'call-order',
        feedback: `${MISCONCEPTIONS['call-order'].denial}: ${c} was called first, but ${fact}`,
      },
    ],
  });
  return gate ? [gate] : [];
}
