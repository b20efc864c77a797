import type { Trace } from '../../core/trace';
import type { PinnedNote } from '../playerStore';
import { nextStop, stopsOf } from './eventStops';

/**
 * Whether the playhead `t` is at the note's moment: from the note's time until the next
 * event after it (the picture the note speaks about is on screen all that while), or to the
 * end when nothing happens after it. Playing passes through this stretch, so the note is
 * prominent while its picture shows, not only at one exact microsecond.
 *
 * @example noteReached(trace, { text: 'Now fut1 finishes', t: 5_000_000 }, 5_001_000); // true
 */
export function noteReached(trace: Trace, note: PinnedNote, t: number): boolean {
  if (t < note.t) return false;
  const next = nextStop(stopsOf(trace), note.t);
  return next <= note.t || t < next;
}
