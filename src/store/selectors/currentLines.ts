import type { ThreadName, Trace } from '../../core/trace';
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
  const at = new Map<ThreadName, CurrentLine | null>();
  /** Threads inside a wait: nothing but its end moves their marker. */
  const waiting = new Set<ThreadName>();
  for (const e of trace.events) {
    // At a step inside an instant, the events after its cut have not happened yet.
    if (e.t > t || (cut !== null && e.seq > cut)) break;
    const prev = at.get(e.thread) ?? null;
    if (waiting.has(e.thread) && e.type !== 'wait.end' && e.type !== 'thread.finish') continue;
    switch (e.type) {
      // A thread's last line costs no time: its callback returns at the very moment it runs that
      // line. At that moment it is still shown there (Thread-1 on its print, as the narration
      // tells it); the moment after, it has moved on or is gone.
      case 'callback.return':
        if (e.t === t) continue;
        break;
      case 'thread.finish':
        // Its own step (see steps.ts): once shown, the thread is on no line.
        waiting.delete(e.thread);
        at.delete(e.thread);
        continue;
      case 'thread.sleep':
        // Between notebook cells the kernel waits for the next one: no line of the program is
        // sleeping then, so no marker (the timeline says "waiting for the next cell").
        if (e.reason === 'cell-pause') at.set(e.thread, null);
        else
          at.set(
            e.thread,
            prev && { ...prev, activity: 'sleeping', label: 'sleeping', line: e.line ?? prev.line },
          );
        continue;
      case 'wait.begin': {
        waiting.add(e.thread);
        const line = e.call === 'work' ? null : (e.line ?? prev?.line ?? null);
        at.set(
          e.thread,
          line === null
            ? null
            : { thread: e.thread, line, activity: 'blocked', label: waitLabel(e) },
        );
        continue;
      }
      case 'wait.end':
        waiting.delete(e.thread);
        break;
      case 'program.end':
      case 'deadlock':
        continue;
    }
    if (e.line !== null)
      at.set(e.thread, { thread: e.thread, line: e.line, activity: 'running', label: 'running' });
    else if (prev) at.set(e.thread, { ...prev, activity: 'running', label: 'running' });
  }
  return [...at.values()].filter((v): v is CurrentLine => v !== null);
}
