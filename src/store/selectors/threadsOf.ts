import type { ThreadName, Trace } from '../../core/trace';

/** A thread as the UI lists it: name, kind, and its colour slot (0 = MainThread). */
export interface ThreadInfo {
  name: ThreadName;
  kind: 'main' | 'timer' | 'worker';
  /** Index into the thread palette; stable for the whole trace. */
  slot: number;
}

/**
 * Every thread of the trace in the order it started: the timeline's thread lanes and the
 * colour each thread keeps in the code panel and the console.
 *
 * @example
 *   threadsOf(trace).map((t) => t.name); // ['MainThread', 'Thread-1', 'Thread-2', 'Thread-3']
 */
export function threadsOf(trace: Trace): ThreadInfo[] {
  const seen = new Map<ThreadName, ThreadInfo>();
  for (const e of trace.events) {
    if (seen.has(e.thread)) continue;
    const kind = e.type === 'thread.start' ? e.kind : e.thread === 'MainThread' ? 'main' : 'worker';
    seen.set(e.thread, { name: e.thread, kind, slot: seen.size });
  }
  return [...seen.values()];
}
