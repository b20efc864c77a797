/** What the app's console shows at the end of a trace: printed text, and displayed values on their own line. */
import type { Trace } from '../../src/core/trace';

export function shownConsole(trace: Trace): string {
  let out = '';
  for (const e of trace.events) {
    if (e.type === 'stdout' || e.type === 'stderr') out += e.text;
    else if (e.type === 'display') out += `${e.text}\n`;
  }
  return out;
}
