import type { Trace, TraceEvent, VirtualUs } from '../../core/trace';
import { traceIndex } from '../../core/traceIndex';
import type { Cursor } from './cursor';

/**
 * One press of Step forward: the events `first`…`last` (seqs) of the instant `t`. `cut` is
 * the position's cut there: `last`, or null for the instant's last step (the whole instant,
 * where Play, a seek or a link would put the playhead too).
 */
export interface Step {
  t: VirtualUs;
  first: number;
  last: number;
  cut: number | null;
}

/** Events that tell a learner something new on their own: a print, or a thread waking. */
const STARTS_STEP = new Set<TraceEvent['type']>(['stdout', 'stderr', 'display', 'wait.end']);

/**
 * A thread leaving the program's code: it finishes, a pool worker goes back to wait for work,
 * or a notebook waits for its next cell. Told in a step of its own, so the step before still
 * shows the thread on the line it ran (its code pointer and its lane "running"), as that
 * step's narration tells it.
 */
const leavesCode = (e: TraceEvent): boolean =>
  e.type === 'thread.finish' ||
  (e.type === 'wait.begin' && e.call === 'work') ||
  (e.type === 'thread.sleep' && e.reason === 'cell-pause');

/**
 * The steps Step forward and back walk, in order. An instant is one step, except that each
 * print (`stdout`, `stderr`, `display`) and each wake (`wait.end`) after its first event
 * starts a new one, so two threads printing at one instant are two steps, told one at a
 * time. The `line` events of the same thread just before a print (the statement that prints)
 * go with it. A thread finishing or going back to wait for work, and a notebook pausing
 * between cells, also start a step
 * (alone: the line before them is the previous step's). The first step is at 0 (Reset), empty
 * when nothing happens at 0.
 *
 * Seqs are positions in `trace.events` (both producers stamp them so).
 *
 * @example
 *   traceSteps(trace).filter((s) => s.t === fromSeconds(8)); // [{ cut: 41 }, { cut: null }]
 */
export function traceSteps(trace: Trace): Step[] {
  const events = trace.events;
  const steps: Step[] = [];
  if (events.length === 0 || events[0]!.t > 0)
    steps.push({ t: 0 as VirtualUs, first: 0, last: -1, cut: null });
  let start = 0;
  const close = (end: number, wholeInstant: boolean) =>
    steps.push({
      t: events[start]!.t,
      first: events[start]!.seq,
      last: events[end]!.seq,
      cut: wholeInstant ? null : events[end]!.seq,
    });
  for (let i = 1; i <= events.length; i++) {
    const e = events[i];
    if (!e || e.t !== events[start]!.t) {
      close(i - 1, true);
      start = i;
      continue;
    }
    if (leavesCode(e)) {
      if (i > start) {
        close(i - 1, false);
        start = i;
      }
      continue;
    }
    if (!STARTS_STEP.has(e.type)) continue;
    let from = i;
    while (
      from > start &&
      events[from - 1]!.type === 'line' &&
      events[from - 1]!.thread === e.thread
    )
      from--;
    if (from === start) continue; // nothing before it in this step: it is the step's headline
    close(from - 1, false);
    start = from;
  }
  return steps;
}

/** The trace's steps, from its index (computed once per trace). */
export const stepsOf = (trace: Trace): Step[] => traceIndex(trace).derive(traceSteps);

/** -1, 0 or 1 as step `s` ends before, at or after the cursor. */
const compare = (s: Step, at: Cursor) =>
  s.t !== at.t ? Math.sign(s.t - at.t) : Math.sign(s.last - at.lastSeq);

/** Index of the last step that ends at or before the cursor (0 when none does). O(log n). */
export function stepIndexAt(steps: readonly Step[], at: Cursor): number {
  let lo = 0;
  let hi = steps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (compare(steps[mid]!, at) <= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first step after the cursor, or the last step when there is none. */
export function nextStep(steps: readonly Step[], at: Cursor): Step {
  const i = stepIndexAt(steps, at);
  const here = steps[i]!;
  return compare(here, at) > 0 ? here : steps[Math.min(i + 1, steps.length - 1)]!;
}

/** The last step before the cursor, or the first step when there is none. */
export function prevStep(steps: readonly Step[], at: Cursor): Step {
  const i = stepIndexAt(steps, at);
  const here = steps[i]!;
  return compare(here, at) < 0 ? here : steps[Math.max(i - 1, 0)]!;
}

/** The step that holds the event `seq` (the first step for -1). O(log n). */
export function stepHolding(steps: readonly Step[], seq: number): Step {
  let lo = 0;
  let hi = steps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (steps[mid]!.first <= seq) lo = mid;
    else hi = mid - 1;
  }
  return steps[lo]!;
}
