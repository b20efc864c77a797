import type { ThreadName, Trace } from '../../core/trace';

/** Where a live thread is in the source right now, and whether it is executing it. */
export interface CurrentLine {
  thread: ThreadName;
  line: number;
  /** `running` while executing; otherwise the line it is parked on. */
  activity: 'running' | 'sleeping' | 'blocked';
}

/**
 * For each live thread at `t` that is in user code: its current source line. One marker per
 * thread in the code panel.
 *
 * @example
 *   currentLines(trace, fromSeconds(1)); // [{ thread: 'MainThread', line: 11, activity: 'blocked' }]
 */
export function currentLines(trace: Trace, t: number): CurrentLine[] {
  const at = new Map<ThreadName, CurrentLine | null>();
  for (const e of trace.events) {
    if (e.t > t) break;
    const prev = at.get(e.thread) ?? null;
    switch (e.type) {
      // A thread's last line costs no time: its callback returns and it ends at the very moment
      // it runs that line. At that moment it is still shown there (Thread-1 on its print, as the
      // narration tells it); the moment after, it has moved on or is gone.
      case 'callback.return':
        if (e.t === t) continue;
        break;
      case 'thread.finish':
        if (e.t < t) at.delete(e.thread);
        continue;
      case 'thread.sleep':
        // Between notebook cells the kernel waits for the next one: no line of the program is
        // sleeping then, so no marker (the timeline says "waiting for the next cell").
        if (e.reason === 'cell-pause') at.set(e.thread, null);
        else at.set(e.thread, prev && { ...prev, activity: 'sleeping', line: e.line ?? prev.line });
        continue;
      case 'thread.block':
        at.set(
          e.thread,
          e.line === null ? prev : { thread: e.thread, line: e.line, activity: 'blocked' },
        );
        continue;
      case 'program.end':
      case 'deadlock':
        continue;
    }
    if (e.line !== null) at.set(e.thread, { thread: e.thread, line: e.line, activity: 'running' });
    else if (prev) at.set(e.thread, { ...prev, activity: 'running' });
  }
  return [...at.values()].filter((v): v is CurrentLine => v !== null);
}
