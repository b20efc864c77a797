/**
 * "What state is work() (future 3) in right after submit()?" — asked, once per pool, before the
 * first job submitted while every worker is busy: it stays pending in the queue until a worker
 * is free, rather than starting at once.
 *
 * @example queuedStateGates(px)[0]!.choices.map((c) => c.text)
 *   // ['Pending: it waits in the queue for a free worker', 'Running: a worker starts it at once']
 */
import { makeGate } from '../choices';
import type { Gate } from '../gate';
import { MISCONCEPTIONS } from '../misconceptions';
import { seconds } from '../wording';
import { jobBefore, poolLabel, type PoolFacts } from './poolFacts';

export const PENDING_TEXT = 'Pending: it waits in the queue for a free worker';
export const RUNNING_TEXT = 'Running: a worker starts it at once';

/** At most one gate per executor. */
export function queuedStateGates(px: PoolFacts): Gate[] {
  const gates: Gate[] = [];
  for (const futures of px.byExecutor.values()) {
    const f = futures.find((g) => jobBefore(px, g) !== null);
    if (!f?.running) continue;
    const label = poolLabel(px, f.future);
    const fact = `${label} stayed pending until ${f.running.thread} was free and took it, at ${seconds(f.running.t)} — highlighted.`;
    const gate = makeGate({
      kind: 'queued-state',
      // Before the future exists: its card would show the answer.
      event: f.create,
      highlightSeq: f.running.seq,
      question: `${f.submit.thread} submits ${label}. What state is it in right after submit() returns?`,
      right: { text: PENDING_TEXT, feedback: `Right: ${fact}` },
      wrong: [
        {
          text: RUNNING_TEXT,
          misconception: 'submit-starts-at-once',
          feedback: `${MISCONCEPTIONS['submit-starts-at-once'].denial}: ${fact}`,
        },
      ],
    });
    if (gate) gates.push(gate);
  }
  return gates;
}
