/**
 * "Which thread will run work() (future 3)?" — asked, once per pool, before the first job that
 * had to wait for a worker is taken: the worker that runs it is whichever finished its job
 * first, not the next in turn, not the thread that submitted it, not a thread of its own.
 *
 * @example workerPickGates(px)[0]!.choices.map((c) => c.text)
 *   // ['ThreadPoolExecutor-0_1', 'ThreadPoolExecutor-0_0', 'MainThread', 'A new thread of its own']
 */
import { makeGate, type Distractor } from '../choices';
import type { Gate } from '../gate';
import { MISCONCEPTIONS, type MisconceptionId } from '../misconceptions';
import { seconds } from '../wording';
import { jobBefore, poolLabel, type PoolFacts } from './poolFacts';

export const OWN_JOB_THREAD_TEXT = 'A new thread of its own';

/** At most one gate per executor. */
export function workerPickGates(px: PoolFacts): Gate[] {
  const gates: Gate[] = [];
  for (const [executor, futures] of px.byExecutor) {
    for (const [k, f] of futures.entries()) {
      const before = jobBefore(px, f);
      if (!before || !f.running) continue;
      const worker = f.running.thread;
      const label = poolLabel(px, f.future);
      const workers = (px.workers.get(executor) ?? []).filter((w) => w.seq < f.running!.seq);
      // Dealt in turn, the k-th job would go to worker k mod n.
      const inTurn = workers[k % Math.max(1, workers.length)]?.thread;
      const fact = `${worker} ran ${label}: it was the first worker free, when it finished ${poolLabel(px, before.future)} at ${seconds(before.done!.t)} — highlighted.`;
      const wrong = (text: string, misconception: MisconceptionId): Distractor => ({
        text,
        misconception,
        feedback: `${MISCONCEPTIONS[misconception].denial}: ${fact}`,
      });
      const gate = makeGate({
        kind: 'worker-pick',
        event: f.running,
        highlightSeq: f.running.seq,
        question: `Which thread will run ${label}?`,
        right: { text: worker, feedback: `Right: ${fact}` },
        wrong: [
          ...(inTurn && inTurn !== worker ? [wrong(inTurn, 'workers-in-turn')] : []),
          wrong(f.submit.thread, 'job-on-caller'),
          wrong(OWN_JOB_THREAD_TEXT, 'job-own-thread'),
        ],
      });
      if (gate) gates.push(gate);
      break;
    }
  }
  return gates;
}
