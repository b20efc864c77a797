import { timeLeft } from '../core/seconds';
import type { ThreadLane } from '../store/selectors/threadSegments';
import { stepAt, type LoopLane } from './loopModel';

/**
 * What the thread is doing at `t`, in words: the lane's caption. Inside a wait it says the
 * wait ("blocked in as_completed()", "waiting for work"), never "running"; a wait nothing ever
 * ends (a deadlock) still says so at the trace's very end. At a step inside an instant (`cut`,
 * the last event shown), a wait whose wake comes later in that instant is still a wait: the
 * wake is a step of its own; likewise a segment begun, or the thread's finish, after the cut
 * has not happened yet. Here, not in the live view, so exports caption lanes alike.
 *
 * @example threadActivity(lane, fromSeconds(1)); // 'sleeping, 4.0 s left'
 */
export function threadActivity(lane: ThreadLane, t: number, cut: number | null = null): string {
  if (lane.segments.length === 0 || t < lane.segments[0]!.start) return 'not started';
  const last = lane.segments[lane.segments.length - 1]!;
  const stuck = last.kind === 'blocked' && last.wakeSeq === null && t >= last.end ? last : null;
  const notWokenYet = (s: ThreadLane['segments'][number]) =>
    cut !== null && s.end === t && s.wakeSeq !== null && s.wakeSeq > cut;
  // A segment ended by an event after the cut is still on.
  const endsAfterCut = (s: ThreadLane['segments'][number]) =>
    cut !== null && s.end === t && (s.endSeq ?? -1) > cut;
  // Nor has a segment begun, or the thread finished, by an event after the cut.
  const notBegunYet = (s: ThreadLane['segments'][number]) =>
    cut !== null && s.start === t && (s.startSeq ?? -1) > cut;
  const seg =
    lane.segments.find(
      (s) => s.start <= t && !notBegunYet(s) && (t < s.end || notWokenYet(s) || endsAfterCut(s)),
    ) ?? stuck;
  const finished =
    lane.finishedAt !== null &&
    t >= lane.finishedAt &&
    !(cut !== null && t === lane.finishedAt && (lane.finishedSeq ?? -1) > cut);
  if (!seg) return finished ? 'finished' : 'running';
  if (seg.kind === 'sleeping' && seg.until !== null) return `sleeping, ${timeLeft(seg.until - t)}`;
  return seg.label;
}

/**
 * An event loop's thread in words: what `threadActivity` says, and while it runs a handle, which
 * one and in which turn ("turn 4: running main() step"). The idle loop says "event loop idle".
 *
 * @example loopThreadActivity(lane, loop, t); // 'turn 6: running on_done_future(fut)'
 */
export function loopThreadActivity(
  lane: ThreadLane,
  loop: LoopLane | null,
  t: number,
  cut: number | null = null,
  callbackLabel?: (future: number, callback: number) => string,
): string {
  const words = threadActivity(lane, t, cut);
  if (!loop || words !== 'running') return words;
  const step = stepAt(loop, t);
  if (!step) return words;
  const what =
    step.future !== null && step.callback !== null && callbackLabel
      ? callbackLabel(step.future, step.callback)
      : step.label;
  return `turn ${step.turn}: running ${what}`;
}
