import type { ThreadName, Trace, TraceEvent } from '../../core/trace';
import { waitLabel } from '../../core/waitText';

/** Where a live thread is in the source right now, and whether it is executing it. */
export interface CurrentLine {
  thread: ThreadName;
  line: number;
  /** `running` while executing; otherwise the line it is parked on. */
  activity: 'running' | 'sleeping' | 'blocked';
  /** The activity in words, as the thread's lane says it: "running", "sleeping", "blocked in fut2.result()". */
  label: string;
}

/**
 * For each live thread at `t` that is in user code: its current source line. One marker per
 * thread in the code panel. A thread inside any wait (`wait.begin` … `wait.end`) is marked
 * blocked on the line that called it, in the wait's words, until the wait ends; a pool worker
 * waiting for work is on no line of the program, so it has no marker.
 *
 * @example
 *   currentLines(trace, fromSeconds(1));
 *   // [{ thread: 'MainThread', line: 11, activity: 'blocked', label: 'blocked in fut1.result()' }]
 */
export function currentLines(trace: Trace, t: number, cut: number | null = null): CurrentLine[] {
  return linesAt(linesFold(trace), t, cut);
}

/**
 * The threads' lines after the first `next` events of a trace: a player's playback moves it
 * forward a few events a frame instead of reading the trace from its start every frame.
 */
export interface LinesFold {
  trace: Trace;
  /** How many events are applied; each was before the playhead of every answer since. */
  next: number;
  at: Map<ThreadName, CurrentLine | null>;
  /** Threads inside a wait: nothing but its end moves their marker. */
  waiting: Set<ThreadName>;
}

export function linesFold(trace: Trace): LinesFold {
  return { trace, next: 0, at: new Map(), waiting: new Set() };
}

/**
 * `currentLines` at (`t`, `cut`) from `fold`, which moves forward over the events before the
 * instant `t`; a fold past that position (a step back) starts again from the first event. The
 * instant `t` itself is applied to a copy: at that very moment a returning callback is still
 * on its line, the moment after it is not.
 *
 * @example
 *   const fold = linesFold(trace);
 *   linesAt(fold, t1); linesAt(fold, t2); // t2 ≥ t1: only the events between are read
 */
export function linesAt(fold: LinesFold, t: number, cut: number | null = null): CurrentLine[] {
  const events = fold.trace.events;
  // At a step inside an instant, the events after its cut have not happened yet.
  const settled = (e: TraceEvent) => e.t < t && (cut === null || e.seq <= cut);
  if (fold.next > 0 && !settled(events[fold.next - 1]!)) Object.assign(fold, linesFold(fold.trace));
  while (fold.next < events.length && settled(events[fold.next]!)) {
    apply(fold.at, fold.waiting, events[fold.next]!, false);
    fold.next++;
  }
  let { at, waiting } = fold;
  for (let i = fold.next; i < events.length; i++) {
    const e = events[i]!;
    if (e.t > t || (cut !== null && e.seq > cut)) break;
    if (at === fold.at) [at, waiting] = [new Map(at), new Set(waiting)];
    apply(at, waiting, e, true);
  }
  return [...at.values()].filter((v): v is CurrentLine => v !== null);
}

/** One event's effect on the threads' lines; `now`: it happens at the playhead's instant. */
function apply(
  at: Map<ThreadName, CurrentLine | null>,
  waiting: Set<ThreadName>,
  e: TraceEvent,
  now: boolean,
): void {
  const prev = at.get(e.thread) ?? null;
  if (waiting.has(e.thread) && e.type !== 'wait.end' && e.type !== 'thread.finish') return;
  switch (e.type) {
    // A thread's last line costs no time: its callback returns at the very moment it runs that
    // line. At that moment it is still shown there (Thread-1 on its print, as the narration
    // tells it); the moment after, it has moved on or is gone.
    case 'callback.return':
      if (now) return;
      break;
    case 'thread.finish':
      // Its own step (see steps.ts): once shown, the thread is on no line.
      waiting.delete(e.thread);
      at.delete(e.thread);
      return;
    case 'thread.sleep':
      // Between notebook cells the kernel waits for the next one: no line of the program is
      // sleeping then, so no marker (the timeline says "waiting for the next cell").
      if (e.reason === 'cell-pause') at.set(e.thread, null);
      else
        at.set(
          e.thread,
          prev && { ...prev, activity: 'sleeping', label: 'sleeping', line: e.line ?? prev.line },
        );
      return;
    case 'wait.begin': {
      waiting.add(e.thread);
      const line = e.call === 'work' ? null : (e.line ?? prev?.line ?? null);
      at.set(
        e.thread,
        line === null ? null : { thread: e.thread, line, activity: 'blocked', label: waitLabel(e) },
      );
      return;
    }
    case 'wait.end':
      waiting.delete(e.thread);
      break;
    case 'program.end':
    case 'deadlock':
      return;
  }
  if (e.line !== null)
    at.set(e.thread, { thread: e.thread, line: e.line, activity: 'running', label: 'running' });
  else if (prev) at.set(e.thread, { ...prev, activity: 'running', label: 'running' });
}
