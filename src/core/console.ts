/**
 * The console text a trace produced: stdout and stderr merged in event order (as a terminal
 * running `python -u` shows them), or one stream alone.
 *
 * @example
 *   consoleText(trace) === 'Result is: 4\n'
 */
import type { Trace } from './trace';

/** stdout and stderr interleaved in the order they were written. */
export function consoleText(trace: Trace): string {
  let out = '';
  for (const e of trace.events) if (e.type === 'stdout' || e.type === 'stderr') out += e.text;
  return out;
}

/** One stream's text. */
export function streamText(trace: Trace, stream: 'stdout' | 'stderr'): string {
  let out = '';
  for (const e of trace.events) if (e.type === stream) out += e.text;
  return out;
}
