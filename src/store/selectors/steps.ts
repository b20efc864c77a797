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

/** Events of an event loop's own, or of a task or callback handing the loop its thread back. */
const LOOP_SIDE = new Set<TraceEvent['type']>([
  'task.suspend',
  'task.done',
  'callback.return',
  'loop.turn',
  'handle.run',
  'loop.close',
]);

/**
 * asyncio: the loop's thread goes back to the event loop from a line of the program — a
 * coroutine suspends at an `await` or returns, a callback the loop ran returns, or a handle
 * (a `call_later` lambda) has run its line and the loop takes its next turn, runs its next
 * handle or waits in select. All in the same instant, on the line that runs the loop
 * (`asyncio.run(main())`). That is a step of its own, like a thread leaving the program's
 * code: the step before still shows the line the coroutine or callback ran (the `await`, the
 * print, the `set_result`), as its narration tells it. A library task that ran no line of the
 * program (`shutdown_asyncgens()`) never leaves the loop's line, so it makes no new step.
 * `lastLine` is each thread's line before `e`; `onLoop`, the threads running a loop.
 */
const backToLoop = (
  e: TraceEvent,
  lastLine: ReadonlyMap<string, number>,
  onLoop: ReadonlySet<string>,
): boolean =>
  onLoop.has(e.thread) &&
  (LOOP_SIDE.has(e.type) || (e.type === 'wait.begin' && e.call === 'select')) &&
  e.line !== null &&
  lastLine.has(e.thread) &&
  lastLine.get(e.thread) !== e.line;

/**
 * The steps Step forward and back walk, in order. An instant is one step, except that each
 * print (`stdout`, `stderr`, `display`) and each wake (`wait.end`) after its first event
 * starts a new one, so two threads printing at one instant are two steps, told one at a
 * time. The `line` events of the same thread just before a print (the statement that prints)
 * go with it. A thread finishing or going back to wait for work, a notebook pausing between
 * cells, and a loop's thread going back to its event loop from another line of the program (a
 * coroutine's `await`, a callback's return) also start a step (alone: the line before them is
 * the previous step's). The first step is at 0 (Reset), empty when nothing happens at 0.
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
  /** Each thread's last line so far, and the threads running an asyncio loop. */
  const lastLine = new Map<string, number>();
  const onLoop = new Set<string>();
  const close = (end: number, wholeInstant: boolean) =>
    steps.push({
      t: events[start]!.t,
      first: events[start]!.seq,
      last: events[end]!.seq,
      cut: wholeInstant ? null : events[end]!.seq,
    });
  for (let i = 1; i <= events.length; i++) {
    const before = events[i - 1]!;
    if (before.line !== null) lastLine.set(before.thread, before.line);
    if (before.type === 'loop.start') onLoop.add(before.thread);
    if (before.type === 'loop.close') onLoop.delete(before.thread);
    const e = events[i];
    if (!e || e.t !== events[start]!.t) {
      close(i - 1, true);
      start = i;
      continue;
    }
    if (leavesCode(e) || backToLoop(e, lastLine, onLoop)) {
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
