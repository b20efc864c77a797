/**
 * Cause and effect as arrows: from the event that completes a future to the callback it runs
 * and to every waiter it wakes, from any other waker (Event.set(), a thread's end, shutdown())
 * to the thread it wakes, and from `submit()` to the worker that picks the job up. Derived once
 * per trace; the timeline draws only the current step's (`arrowsAt`) and a hovered segment's.
 *
 * @example
 *   const arrows = arrowsOf(trace);
 *   arrowsAt(arrows, trace, t).map((a) => a.sentence);
 *   // ['set_result on ThreadPoolExecutor-0_2 wakes MainThread from as_completed()']
 */
import type { Cause, EventOf, FutureId, ThreadName, Trace, VirtualUs } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import { waitCallText } from '../core/waitText';
import { formatSeconds } from '../core/seconds';
import { currentEventIndex } from '../store/selectors/currentEventIndex';
import { loopArrows } from './loopArrows';
import { loopModelOf } from './loopModel';

/** `schedule` and `scheduled`: asyncio's two-step way to a callback (see loopArrows). */
export type ArrowKind = 'wake' | 'callback' | 'submit' | 'schedule' | 'scheduled';

/** One end of an arrow: an event of the trace, on its thread, at its time. */
export interface ArrowEnd {
  seq: number;
  thread: ThreadName;
  t: VirtualUs;
}

export interface CauseArrow {
  /** Unique in the trace. */
  key: string;
  kind: ArrowKind;
  from: ArrowEnd;
  to: ArrowEnd;
  /** The arrow in words, its accessible name. */
  sentence: string;
  /**
   * The `wait.end` this arrow ended, if any: `to` for a wake; for a submit that woke an idle
   * worker, the worker's wait (the wake and the hand-over are one arrow, not two).
   */
  woke: ArrowEnd | null;
  /** The future whose completion caused this (a wake by its set_result, a callback it runs), if any. */
  completes: FutureId | null;
}

/** How a wait ended, for the blocked segment that ends there. */
export interface WaitEnding {
  reason: 'woken' | 'timeout';
  /** "set_result on Thread-1", "Thread-3's end", "MainThread's submit()". Null on timeout. */
  by: string | null;
  t: VirtualUs;
}

/** The trace's arrows, from its index (computed once per trace). */
export const arrowsOf = (trace: Trace): CauseArrow[] => traceIndex(trace).derive(causeArrows);

/** The trace's wait endings, from its index (computed once per trace). */
export const waitEndingsOf = (trace: Trace): ReadonlyMap<string, WaitEnding> =>
  traceIndex(trace).derive(waitEndings);

/** The key of the wait that ends on `thread` at `t` in `waitEndingsOf`. */
export const waitKey = (thread: ThreadName, t: number): string => `${thread}@${t}`;

/**
 * The waker in words, as the subject of a sentence. `pool` is the thread-name prefix of the
 * executor a woken worker waits on: a worker of that pool that wakes it with `shutdown()` is
 * passing the shutdown on as it leaves (CPython's sentinel), not calling shutdown() itself.
 */
export function causeText(cause: Cause, pool: string | null = null): string {
  switch (cause.by) {
    case 'thread end':
      return `${cause.thread}'s end`;
    case 'shutdown()':
      return pool !== null && cause.thread.startsWith(`${pool}_`)
        ? `${cause.thread} passing shutdown() on`
        : `${cause.thread}'s shutdown()`;
    case 'submit()':
      return `${cause.thread}'s ${cause.by}`;
    default:
      return `${cause.by} on ${cause.thread}`;
  }
}

/**
 * Every arrow of the trace, ordered by its target event (`to.seq`).
 *
 * - `wait.end` woken → a wake from its `cause`.
 * - `callback.invoke` → a callback arrow from its `cause`. A callback added to a future that is
 *   already done keeps its arrow from the `add_done_callback` (a hook on one lane): that the
 *   callback runs at once, on the thread that added it, is the surprise worth drawing.
 * - `executor.submit` → a submit arrow to the future's PENDING → RUNNING on the worker. When the
 *   submit is also what woke that idle worker, the wake folds into it: one arrow, one picture.
 */
export function causeArrows(trace: Trace): CauseArrow[] {
  const at = new Map<number, ArrowEnd>();
  const futureName = new Map<FutureId, string>();
  const callbackName = new Map<number, string>();
  const waiting = new Map<ThreadName, EventOf<'wait.begin'>>();
  const submits = new Map<FutureId, EventOf<'executor.submit'>>();
  // A wake caused by a submit, by the submit's seq: it may fold into the submit's arrow.
  const wokenBySubmit = new Map<number, CauseArrow>();
  // The future each completion event (a future.state to a done state) completes, by its seq.
  const completion = new Map<number, FutureId>();
  const completes = (seq: number) => completion.get(seq) ?? null;
  const arrows: CauseArrow[] = [];
  // An asyncio future's callbacks are scheduled, not run by its completion: loopArrows draws them.
  const asyncio = new Set<FutureId>();

  for (const e of trace.events) {
    const here: ArrowEnd = { seq: e.seq, thread: e.thread, t: e.t };
    at.set(e.seq, here);
    switch (e.type) {
      case 'future.create':
        futureName.set(e.future, e.name);
        if (e.kind === 'asyncio') asyncio.add(e.future);
        break;
      case 'callback.add':
        callbackName.set(e.callback, e.name);
        break;
      case 'wait.begin':
        waiting.set(e.thread, e);
        break;
      case 'executor.submit':
        submits.set(e.future, e);
        break;
      case 'wait.end': {
        const begin = waiting.get(e.thread);
        waiting.delete(e.thread);
        const from = e.cause && at.get(e.cause.seq);
        if (e.reason !== 'woken' || !e.cause || !from) break;
        const what = begin ?? { call: e.call, on: '' };
        const work = what.call === 'work';
        const where = work ? 'waiting for work' : `from ${waitCallText(what)}`;
        const arrow: CauseArrow = {
          key: `wake-${e.seq}`,
          kind: 'wake',
          from,
          to: here,
          sentence: `${causeText(e.cause, work ? what.on : null)} wakes ${e.thread} ${where}`,
          woke: here,
          completes: completes(e.cause.seq),
        };
        arrows.push(arrow);
        if (e.cause.by === 'submit()') wokenBySubmit.set(e.cause.seq, arrow);
        break;
      }
      case 'callback.invoke': {
        const from = e.cause && at.get(e.cause.seq);
        if (!e.cause || !from || asyncio.has(e.future)) break;
        const name = `${callbackName.get(e.callback) ?? 'callback'}(${futureName.get(e.future) ?? 'future'})`;
        const sentence =
          e.cause.by === 'add_done_callback'
            ? `add_done_callback on ${e.cause.thread} runs ${name} at once on ${e.thread}, as ${futureName.get(e.future) ?? 'the future'} is already done`
            : `${causeText(e.cause)} runs ${name} on ${e.thread}`;
        arrows.push({
          key: `callback-${e.seq}`,
          kind: 'callback',
          from,
          to: here,
          sentence,
          woke: null,
          completes: completes(e.cause.seq),
        });
        break;
      }
      case 'future.state': {
        if (e.to !== 'PENDING' && e.to !== 'RUNNING') completion.set(e.seq, e.future);
        const submit = submits.get(e.future);
        if (e.to !== 'RUNNING' || !submit) break;
        submits.delete(e.future);
        const wake = wokenBySubmit.get(submit.seq);
        const folds = wake !== undefined && wake.to.thread === e.thread;
        if (folds) arrows.splice(arrows.lastIndexOf(wake), 1);
        arrows.push({
          key: `submit-${e.seq}`,
          kind: 'submit',
          from: at.get(submit.seq)!,
          to: here,
          sentence: `${submit.thread}'s submit() hands ${futureName.get(e.future) ?? 'the job'} to ${e.thread}`,
          woke: folds ? wake.woke : null,
          completes: null,
        });
        break;
      }
    }
  }
  if (loopModelOf(trace).loops.length === 0) return arrows;
  return [...arrows, ...loopArrows(trace, completion)].sort((a, b) => a.to.seq - b.to.seq);
}

/**
 * How each wait ended, by `waitKey(thread, t)` of its `wait.end`: who woke it, or that it
 * timed out. A blocked segment names its waker with this ("woken by … at … s").
 */
export function waitEndings(trace: Trace): ReadonlyMap<string, WaitEnding> {
  const endings = new Map<string, WaitEnding>();
  const pools = new Map<ThreadName, string | null>();
  for (const e of trace.events) {
    if (e.type === 'wait.begin') pools.set(e.thread, e.call === 'work' ? e.on : null);
    if (e.type !== 'wait.end') continue;
    const pool = pools.get(e.thread) ?? null;
    const by = e.reason === 'woken' && e.cause ? causeText(e.cause, pool) : null;
    endings.set(waitKey(e.thread, e.t), { reason: e.reason, by, t: e.t });
  }
  return endings;
}

/** "woken by set_result on Thread-1 at 5.013 s", "timed out at 2.0 s". */
export function endingText(ending: WaitEnding): string {
  const when = `${formatSeconds(ending.t, 3)} s`;
  return ending.by ? `woken by ${ending.by} at ${when}` : `timed out at ${when}`;
}

/**
 * The arrows whose target event happens at the current step: the instant of the last event at
 * or before `t`. With `lastSeq` (a sub-step within that instant), only targets up to that
 * event. A binary search: arrows are ordered by target.
 *
 * @example arrowsAt(arrowsOf(trace), trace, t).length; // 0 on most steps
 */
export function arrowsAt(
  arrows: readonly CauseArrow[],
  trace: Trace,
  t: number,
  lastSeq?: number,
): CauseArrow[] {
  const index = currentEventIndex(trace, t);
  if (index < 0) return [];
  const instant = trace.events[index]!.t;
  let lo = 0;
  let hi = arrows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arrows[mid]!.to.t < instant) lo = mid + 1;
    else hi = mid;
  }
  const shown: CauseArrow[] = [];
  for (let i = lo; i < arrows.length && arrows[i]!.to.t === instant; i++) {
    if (lastSeq === undefined || arrows[i]!.to.seq <= lastSeq) shown.push(arrows[i]!);
  }
  return shown;
}

/**
 * A part of a lane the reader points at: on a thread's lane the wait that ends, or the
 * callback that starts, at `t`; on a future's lane its completion.
 */
export type ArrowProbe =
  | { kind: 'wait' | 'callback'; thread: ThreadName; t: number }
  | { kind: 'completion'; future: FutureId };

/**
 * The arrows a hovered or focused part stands for: a blocked segment's wake (by the `wait.end`
 * at its end), a callback's arrow (by its `callback.invoke`), or every arrow a future's
 * completion caused (the waiters it woke, the callbacks it ran). Only those that have happened
 * by `t`: a hover never tells what is still to come.
 */
export function arrowsFor(
  arrows: readonly CauseArrow[],
  probe: ArrowProbe,
  t: number,
): CauseArrow[] {
  return arrows.filter((a) => {
    if (a.to.t > t) return false;
    if (probe.kind === 'completion') return a.completes === probe.future;
    const callback = a.kind === 'callback' || a.kind === 'scheduled';
    const end =
      probe.kind === 'wait' ? a.woke : probe.kind === 'callback' && callback ? a.to : null;
    return end !== null && end.thread === probe.thread && end.t === probe.t;
  });
}
