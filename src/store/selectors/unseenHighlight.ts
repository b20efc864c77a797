import type { Trace } from '../../core/trace';
import { isShownAt, type Position } from './cursor';
import { highlighted } from './highlighted';

/**
 * The Predict feedback's highlight a move keeps: the highlighted event while it, or a line it
 * prints (a callback's print), has not been shown yet — the steps that reveal them still mark
 * them — and null once the learner, having seen it all, moves on (a step, a seek, Play).
 *
 * @example
 *   unseenHighlight(trace, { highlightSeq: 41, t: gate.holdT, cut: null }); // 41: not reached yet
 *   unseenHighlight(trace, { highlightSeq: 41, t: trace.end, cut: null }); // null: seen, moving on
 */
export function unseenHighlight(
  trace: Trace,
  at: Position & { highlightSeq: number | null },
): number | null {
  const mark = highlighted(trace, at.highlightSeq);
  if (!mark) return null;
  const lastSeq = Math.max(mark.seq, ...mark.outputSeqs);
  const last = trace.events[lastSeq];
  return last && !isShownAt(last, at) ? mark.seq : null;
}
