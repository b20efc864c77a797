import type { ThreadName, Trace, TraceEvent } from '../../core/trace';
import { waitCallText } from '../../core/waitText';

/** The event the Predict feedback points at, as the timeline and console mark it. */
export interface Highlighted {
  seq: number;
  t: number;
  thread: ThreadName;
  /** What happened, in words: `on_done_future(fut1) runs on Thread-1`. */
  text: string;
  /** The output events (stdout, stderr, display) that belong to it: itself, or its callback's prints. */
  outputSeqs: ReadonlySet<number>;
}

const OUTPUT = new Set(['stdout', 'stderr', 'display']);

function words(trace: Trace, e: TraceEvent): string {
  const futures = new Map<number, string>();
  const callbacks = new Map<number, string>();
  for (const x of trace.events) {
    if (x.type === 'future.create') futures.set(x.future, x.name);
    if (x.type === 'callback.add') callbacks.set(x.callback, x.name);
  }
  const future = (id: number) => futures.get(id) ?? 'a future';
  switch (e.type) {
    case 'callback.invoke':
      return `${callbacks.get(e.callback) ?? 'a callback'}(${future(e.future)}) runs on ${e.thread}`;
    case 'stdout':
    case 'stderr':
      return `${e.thread} prints “${e.text.replace(/\n$/, '')}”`;
    case 'wait.begin':
      return e.call === 'work'
        ? `${e.thread} waits for work`
        : `${e.thread} blocks in ${waitCallText(e)}`;
    case 'executor.submit':
      return `${e.thread} submits ${future(e.future)} to ${e.executor}`;
    case 'wait.end': {
      // The call it returns from is told by its wait.begin, the thread's last before this end.
      const begin = trace.events.findLast(
        (x) => x.seq < e.seq && x.thread === e.thread && x.type === 'wait.begin',
      );
      const call = begin?.type === 'wait.begin' ? waitCallText(begin) : `${e.call}()`;
      if (e.call === 'work') return `${e.thread} stops waiting for work`;
      return e.reason === 'timeout'
        ? `${e.thread} stops waiting in ${call}: the timeout has passed`
        : `${e.thread} returns from ${call}`;
    }
    case 'future.state':
      return `${future(e.future)} becomes ${e.to} on ${e.thread}`;
    default:
      return `${e.type} on ${e.thread}`;
  }
}

/**
 * The highlighted event of `trace` (by `seq`), or null for none or an unknown seq. A callback's
 * highlight covers the lines it printed, so the console can mark them too.
 *
 * @example highlighted(trace, gate.highlightSeq)?.text; // 'on_done_future(fut1) runs on Thread-1'
 */
export function highlighted(trace: Trace, seq: number | null): Highlighted | null {
  if (seq === null) return null;
  const index = trace.events.findIndex((e) => e.seq === seq);
  const e = trace.events[index];
  if (!e) return null;
  const outputSeqs = new Set<number>();
  if (OUTPUT.has(e.type)) outputSeqs.add(e.seq);
  if (e.type === 'callback.invoke') {
    // The callback's own prints: on its thread, until it returns or raises.
    for (const x of trace.events.slice(index + 1)) {
      if (x.thread !== e.thread) continue;
      if (x.type === 'callback.return' || x.type === 'callback.raise') break;
      if (OUTPUT.has(x.type)) outputSeqs.add(x.seq);
    }
  }
  return { seq, t: e.t, thread: e.thread, text: words(trace, e), outputSeqs };
}
