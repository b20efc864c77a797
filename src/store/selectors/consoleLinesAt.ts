import type { CallbackId, ThreadName, Trace, VirtualUs } from '../../core/trace';
import { isShownAt } from './cursor';

/** One line of the console, as the Console panel shows it. */
export interface ConsoleLine {
  /** Stable key: the event's seq and the line's index within it. */
  key: string;
  /** The output event that began the line. */
  seq: number;
  stream: 'stdout' | 'stderr' | 'display';
  text: string;
  thread: ThreadName;
  t: VirtualUs;
  /** For a displayed value, the cell number of its `Out[n]:` prompt. */
  cell: number | null;
  /** The done-callback that printed it, by name, if one was running. */
  callbackName: string | null;
}

/**
 * The console's lines at the position (`t`, `cut`): one per output line, in the order they
 * reached the stream, up to the cut when the player steps through an instant one print at a
 * time (null: the whole instant). A `print` that ends without a newline continues on the
 * next write to the same stream.
 *
 * @example
 *   consoleLinesAt(trace, trace.end).map((l) => l.text); // ['Result is: 4', 'Result is: 9', …]
 */
export function consoleLinesAt(trace: Trace, t: number, cut: number | null = null): ConsoleLine[] {
  const at = { t: t as VirtualUs, cut };
  const lines: ConsoleLine[] = [];
  const callbackNames = new Map<CallbackId, string>();
  const runningCallback = new Map<ThreadName, CallbackId>();
  let openLine: ConsoleLine | null = null;
  for (const e of trace.events) {
    if (!isShownAt(e, at)) break;
    if (e.type === 'callback.add') callbackNames.set(e.callback, e.name);
    if (e.type === 'callback.invoke') runningCallback.set(e.thread, e.callback);
    if (e.type === 'callback.return' || e.type === 'callback.raise')
      runningCallback.delete(e.thread);
    if (e.type !== 'stdout' && e.type !== 'stderr' && e.type !== 'display') continue;
    const cb = runningCallback.get(e.thread);
    const base = {
      stream: e.type,
      thread: e.thread,
      t: e.t,
      cell: e.type === 'display' ? e.cell : null,
      callbackName: cb === undefined ? null : (callbackNames.get(cb) ?? null),
    };
    const text = e.type === 'display' ? e.text + '\n' : e.text;
    const pieces = text.split('\n');
    const terminated = pieces[pieces.length - 1] === '';
    if (terminated) pieces.pop();
    pieces.forEach((piece, i) => {
      // A write without a newline leaves the line open for the next write to the stream.
      if (i === 0 && openLine && openLine.stream === e.type) {
        openLine.text += piece;
        return;
      }
      lines.push({ ...base, key: `${e.seq}-${i}`, seq: e.seq, text: piece });
    });
    openLine = terminated ? null : (lines[lines.length - 1] ?? null);
  }
  return lines;
}
