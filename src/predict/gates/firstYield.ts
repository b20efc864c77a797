/**
 * "Which future will as_completed() give first?" — asked before the completion that ends a
 * thread's first wait in `as_completed()` (or in a `wait()` that returns with futures still
 * pending, as FIRST_COMPLETED does): the first to finish, not the first submitted.
 *
 * @example firstYieldGates(px)[0]!.choices.map((c) => [c.text, c.misconception])
 *   // [['fut2', null], ['fut1', 'call-order']]
 */
import type { FutureId, ThreadName } from '../../core/trace';
import { makeGate } from '../choices';
import type { Gate } from '../gate';
import { MISCONCEPTIONS } from '../misconceptions';
import { seconds } from '../wording';
import { poolLabel, POOL_TIE_US, type PoolFacts, type PoolWait } from './poolFacts';

/** At most one gate per thread and call (`as_completed`, `wait`). */
export function firstYieldGates(px: PoolFacts): Gate[] {
  const gates: Gate[] = [];
  const asked = new Set<string>();
  for (const w of px.waits) {
    const { begin } = w;
    if (begin.call !== 'as_completed' && begin.call !== 'wait') continue;
    const key = `${begin.thread}:${begin.call}`;
    if (asked.has(key)) continue;
    asked.add(key);
    const gate = firstYieldGate(px, w);
    if (gate) gates.push(gate);
  }
  return gates;
}

function firstYieldGate(px: PoolFacts, { begin, end, visitsOfLine }: PoolWait): Gate | null {
  // A later visit of the loop's line means the iterator already gave futures that were done.
  if (begin.call === 'as_completed' && visitsOfLine !== 1) return null;
  const cause = end?.reason === 'woken' && end.cause ? px.trace.events[end.cause.seq] : undefined;
  if (cause?.type !== 'future.state' || !begin.futures.includes(cause.future)) return null;
  const winner = cause.future;
  const doneAt = (f: FutureId) => px.completions.get(f);
  // Another waited future done first (wait(FIRST_EXCEPTION) past a result): not the first.
  const doneBefore = begin.futures.some((f) => {
    const d = doneAt(f);
    return f !== winner && d !== undefined && d.seq > begin.seq && d.seq < cause.seq;
  });
  if (doneBefore) return null;
  // wait(ALL_COMPLETED) ends with every future done: its first completion is not what it gives.
  if (begin.call === 'wait' && begin.futures.every((f) => (doneAt(f)?.seq ?? Infinity) <= end!.seq))
    return null;
  // Two completions this close may come in either order in CPython.
  const tie = begin.futures.some((f) => {
    const d = doneAt(f);
    return f !== winner && d !== undefined && Math.abs(d.t - cause.t) < POOL_TIE_US;
  });
  const first = begin.futures[0];
  if (tie || first === undefined || first === winner) return null;
  const w = poolLabel(px, winner);
  const c = poolLabel(px, first);
  const rivalDone = doneAt(first);
  const rival = rivalDone ? `${c} finished only at ${seconds(rivalDone.t)}` : `${c} never finished`;
  const names = begin.futures.map((f) => poolLabel(px, f)).join(', ');
  const call = begin.call === 'as_completed' ? 'as_completed()' : 'wait()';
  const fact = `${w} finished first, at ${seconds(cause.t)}, and woke ${begin.thread} in ${call}; ${rival} — highlighted.`;
  return makeGate({
    kind: 'first-yield',
    event: cause,
    highlightSeq: cause.seq,
    question: question(begin.thread, call, names),
    right: { text: w, feedback: `Right: ${fact}` },
    wrong: [
      {
        text: c,
        misconception: 'call-order',
        feedback: `${MISCONCEPTIONS['call-order'].denial}: ${c} is first in the list, but ${fact}`,
      },
    ],
  });
}

function question(thread: ThreadName, call: string, names: string): string {
  return call === 'as_completed()'
    ? `${thread} waits in as_completed() for ${names}. Which future will it give first?`
    : `${thread} waits in wait() until one of ${names} is done. Which one will it be?`;
}
