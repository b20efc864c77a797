/**
 * "What will the loop print first?" — asked, for a loop that prints what `executor.map()`
 * gives, before the first of its jobs finishes. map() gives results in the order of its
 * inputs, so the first line is the first input's, even when a later job finishes first.
 *
 * A map() is known by its submits: several, from one run of a source line that calls
 * `.map(`. The loop's lines are the submitting thread's next prints, one per result, each
 * showing its result (checked, or no gate).
 *
 * @example mapFirstGates(px)[0]!.choices.map((c) => [c.text, c.misconception])
 *   // [['map gave 0.3', null], ['map gave 0.1', 'map-as-finished']]
 */
import { makeGate } from '../choices';
import type { Gate } from '../gate';
import { MISCONCEPTIONS } from '../misconceptions';
import { lineText, seconds } from '../wording';
import { poolLabel, resultText, type PoolFacts, type PoolFuture } from './poolFacts';

/** One gate per map() call whose jobs finish out of input order. */
export function mapFirstGates(px: PoolFacts): Gate[] {
  return mapCalls(px).flatMap((jobs) => {
    const gate = mapFirstGate(px, jobs);
    return gate ? [gate] : [];
  });
}

/** The jobs of each map() call, in input order. */
function mapCalls(px: PoolFacts): PoolFuture[][] {
  const lines = px.trace.source.split('\n');
  const calls = new Map<string, PoolFuture[]>();
  for (const f of px.pool.values()) {
    const { line, thread } = f.submit;
    if (line === null || !/\.map\(/.test(lines[line - 1] ?? '')) continue;
    const key = `${thread}:${line}:${f.visit}`;
    const jobs = calls.get(key);
    if (jobs) jobs.push(f);
    else calls.set(key, [f]);
  }
  return [...calls.values()].filter((jobs) => jobs.length > 1);
}

function mapFirstGate(px: PoolFacts, jobs: PoolFuture[]): Gate | null {
  const ended = jobs.filter((f) => f.done !== null);
  if (ended.length === 0) return null;
  const firstDone = ended.reduce((a, b) => (b.done!.seq < a.done!.seq ? b : a));
  const k = jobs.indexOf(firstDone);
  if (k <= 0) return null;
  const consumer = jobs[0]!.submit.thread;
  const lastSubmit = jobs[jobs.length - 1]!.submit.seq;
  const printed = (px.printsOf.get(consumer) ?? []).filter((e) => e.seq > lastSubmit);
  // The loop must print one line per result, each showing its result, up to the k-th.
  for (let j = 0; j <= k; j++) {
    const text = resultText(px, jobs[j]!.future);
    if (text === null || !printed[j]?.text.includes(text)) return null;
  }
  const first = printed[0]!;
  const theirs = printed[k]!;
  const fact = `map() gives results in the order of its inputs, so "${lineText(first.text)}" came first, at ${seconds(first.t)}, once ${poolLabel(px, jobs[0]!.future)} was done, though ${poolLabel(px, firstDone.future)} finished first, at ${seconds(firstDone.done!.t)} — highlighted.`;
  return makeGate({
    kind: 'map-first',
    event: firstDone.done!,
    highlightSeq: first.seq,
    question: `${consumer} loops over what map() gives and prints each result. What will it print first?`,
    right: { text: lineText(first.text), feedback: `Right: ${fact}` },
    wrong: [
      {
        text: lineText(theirs.text),
        misconception: 'map-as-finished',
        feedback: `${MISCONCEPTIONS['map-as-finished'].denial}: ${fact}`,
      },
    ],
  });
}
