import type { Trace } from '../../core/trace';
import type { CurrentLine } from './currentLines';
import { stepHolding, stepsOf } from './steps';

/**
 * Index of the event the narration tells for the step that ends at event `index` (-1 for
 * none): the step's first event that is more than a plain "runs line n", or, in a step of
 * lines alone, its last line. The code panel's current line is this event's thread's line, so
 * the sentence and the pointer always speak of the same thread.
 *
 * @example narratedIndex(trace, currentEventIndex(trace, t, cut)); // e.g. the step's timer.fire
 */
export function narratedIndex(trace: Trace, index: number): number {
  if (index < 0 || !trace.events[index]) return -1;
  const step = stepHolding(stepsOf(trace), trace.events[index]!.seq);
  for (let i = step.first; i <= index; i++) if (trace.events[i]!.type !== 'line') return i;
  return index;
}

/**
 * The code panel's current line at a step: the marker of the thread the narration tells, or
 * null when that thread is on no line of the program (a Timer's thread between its wake and
 * its function, a notebook between cells, a thread that has finished).
 *
 * @example currentLineOf(trace, lines, index)?.line; // 6 while "Cell In [3] starts running."
 */
export function currentLineOf(
  trace: Trace,
  lines: readonly CurrentLine[],
  index: number,
): CurrentLine | null {
  const told = trace.events[narratedIndex(trace, index)];
  if (!told) return null;
  return lines.find((l) => l.thread === told.thread) ?? null;
}
