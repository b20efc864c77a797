import { useMemo, useState } from 'react';
import type { FutureId, Trace, VirtualUs } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import { usePlayer } from './PlayerProvider';
import { consoleLinesAt, type ConsoleLine } from './selectors/consoleLinesAt';
import { currentEventIndex } from './selectors/currentEventIndex';
import { linesAt, linesFold, type CurrentLine, type LinesFold } from './selectors/currentLines';
import { currentLineOf } from './selectors/narrated';
import {
  advanceFutures,
  futuresFold,
  type FuturesFold,
  type FutureView,
} from './selectors/futuresAt';
import { selectCut, selectT, selectTrace } from './selectors/player';
import { threadSegments, type ThreadLane } from './selectors/threadSegments';
import { threadsOf, type ThreadInfo } from './selectors/threadsOf';
import { reuseEqual } from './structuralSharing';

/** What depends on the trace alone. */
export interface WholeTrace {
  threads: ThreadInfo[];
  lanes: ThreadLane[];
}

/**
 * Threads and lanes of the whole trace, computed once per trace (by its index).
 *
 * @example traceIndex(trace).derive(wholeTrace).lanes[0].thread; // 'MainThread'
 */
export function wholeTrace(trace: Trace): WholeTrace {
  const index = traceIndex(trace);
  return { threads: index.derive(threadsOf), lanes: index.derive(threadSegments) };
}

/** What depends on which events are shown, not on the exact playhead between them. */
export interface AtEvent {
  futures: FutureView[];
  console: ConsoleLine[];
  lines: CurrentLine[];
  /** The code panel's current line: the marker of the thread the narration tells (or null). */
  current: CurrentLine | null;
}

/**
 * A reader of futures, console and current lines once the events up to `index` are shown
 * (`t` is any time in that stretch, `cut` the position's cut within its instant). Futures
 * follow time and show the whole instant; the console and the code markers stop at the cut. Each reader
 * remembers its own last answer, so unchanged parts keep their identity from one call to the
 * next, and two readers at different moments (two players on one trace) never disturb each
 * other. `index` alone tells positions apart: a cut is never an instant's last event (that is
 * the whole instant, cut null), so no other position shows exactly the events up to it.
 *
 * @example
 *   const read = atEventReader();
 *   read(trace, currentEventIndex(trace, t, cut), t, cut).futures;
 */
export function atEventReader() {
  let last: { trace: Trace; index: number; timeIndex: number; at: AtEvent } | null = null;
  let fold: FuturesFold | null = null;
  let linesSoFar: LinesFold | null = null;
  return (trace: Trace, index: number, t: VirtualUs, cut: number | null = null): AtEvent => {
    if (last && last.trace === trace && last.index === index) return last.at;
    // Futures show the whole instant, so the events between two answers are counted by time.
    const timeIndex = cut === null ? index : currentEventIndex(trace, t);
    const prev = last && last.trace === trace ? last : null;
    let futures: FutureView[];
    if (prev && fold?.trace === trace && t >= fold.t) {
      // Forward (a playback's next frame): only the events since the last answer are applied.
      futures = carryForward(prev.at.futures, fold, advanceFutures(fold, t));
    } else {
      // A new trace, or back in time: folded afresh.
      fold = futuresFold(trace);
      advanceFutures(fold, t);
      const fresh = [...fold.byId.values()].map(copyView);
      futures = prev
        ? reuseFutures(prev.at.futures, fresh, trace, prev.timeIndex, timeIndex)
        : fresh;
    }
    if (linesSoFar?.trace !== trace) linesSoFar = linesFold(trace);
    const lines = linesAt(linesSoFar, t, cut);
    const fresh: AtEvent = {
      futures,
      console: consoleLinesAt(trace, t, cut),
      lines,
      current: currentLineOf(trace, lines, index),
    };
    const at = prev ? reuseEqual(prev.at, fresh) : fresh;
    last = { trace, index, timeIndex, at };
    return at;
  };
}

/**
 * A view of the fold's future that the fold will not change: the fold pushes transitions and
 * callbacks and edits callbacks in place (its waiters lists are replaced, never edited).
 */
function copyView(f: FutureView): FutureView {
  return {
    ...f,
    transitions: [...f.transitions],
    callbacks: f.callbacks.map((c) => ({ ...c })),
  };
}

/** The last answer's views, with a fresh copy of each future the new events touched. */
function carryForward(
  prev: FutureView[],
  fold: FuturesFold,
  touched: ReadonlySet<FutureId>,
): FutureView[] {
  if (touched.size === 0) return prev;
  let i = 0;
  const out: FutureView[] = [];
  for (const f of fold.byId.values()) {
    const before = prev[i++];
    if (before?.id === f.id && !touched.has(f.id)) out.push(before);
    else out.push(before?.id === f.id ? reuseEqual(before, copyView(f)) : copyView(f));
  }
  return out;
}

/**
 * After a fresh fold (a step back, a scrub), keeps each future's old view unless an event
 * between the two answers names it, or it has waiters (a `wait.end` names no future): a
 * 1,000-job pool's views are not compared field by field, only the few those events touched.
 */
function reuseFutures(
  prev: FutureView[],
  next: FutureView[],
  trace: Trace,
  fromIndex: number,
  toIndex: number,
): FutureView[] {
  const touched = new Set<FutureId>();
  const [lo, hi] = fromIndex < toIndex ? [fromIndex, toIndex] : [toIndex, fromIndex];
  for (let i = lo + 1; i <= hi; i++) {
    const e = trace.events[i]!;
    if (e.type === 'wait.begin') for (const id of e.futures) touched.add(id);
    else if ('future' in e && e.future != null) touched.add(e.future);
  }
  // Both lists are in creation order, one a prefix of the other: a future's old view is at
  // its own index. The map is only a fallback.
  let old: Map<FutureId, FutureView> | null = null;
  const out = next.map((f, i) => {
    const here = prev[i];
    const before =
      here === undefined || here.id === f.id
        ? here
        : (old ??= new Map(prev.map((p) => [p.id, p]))).get(f.id);
    if (!before) return f;
    const mayDiffer = touched.has(f.id) || before.waiters.length > 0 || f.waiters.length > 0;
    return mayDiffer ? reuseEqual(before, f) : before;
  });
  return out.length === prev.length && out.every((f, i) => f === prev[i]) ? prev : out;
}

/**
 * The world at this view's player's position, derived, never stored. Between two events only
 * `t` changes: futures, console and lines keep their identity. `eventIndex` is the last event
 * shown (the cursor's `lastSeq`): the end of the current step.
 *
 * @example
 *   const { futures, console } = useSnapshot();
 */
export function useSnapshot() {
  const trace = usePlayer(selectTrace);
  const t = usePlayer(selectT);
  const cut = usePlayer(selectCut);
  const [read] = useState(atEventReader);
  const whole = traceIndex(trace).derive(wholeTrace);
  const eventIndex = currentEventIndex(trace, t, cut);
  const at = read(trace, eventIndex, t, cut);
  return useMemo(
    () => ({ trace, t, cut, ...whole, ...at, eventIndex }),
    [trace, t, cut, whole, at, eventIndex],
  );
}

export type Snapshot = ReturnType<typeof useSnapshot>;
