import { useMemo } from 'react';
import type { Trace } from '../../core/trace';
import { usePlayer } from '../../store/PlayerProvider';
import { currentEventIndex } from '../../store/selectors/currentEventIndex';
import { selectPredictMask } from '../../store/selectors/gateMask';
import { selectCut, selectT, selectTrace } from '../../store/selectors/player';
import { maskText } from '../../predict/giveaway';
import { narratedIndex } from '../../store/selectors/narrated';
import './controls.css';

/** Turns "the event at index i" into one sentence for a student. */
export type Narrator = (trace: Trace, index: number) => string;

/**
 * The sentence for the step that ends at event `index`. A step holds the events of one
 * instant up to its next print or wake (a timer fires, the future finishes, its callback
 * starts): the first that is more than a plain "runs line n" tells it; the timeline and cards
 * show the rest. Two prints at one instant are two steps, so each is told on its own.
 *
 * @example narrationAt(narrate, trace, i) // "fut1's timer fires on Thread-1: set_result stores …"
 */
export function narrationAt(narrate: Narrator, trace: Trace, index: number): string {
  const pick = narratedIndex(trace, index);
  if (pick < 0) return '';
  try {
    return narrate(trace, pick);
  } catch {
    return ''; // a narration gap must never break the player
  }
}

/**
 * The sentence for the current step, beside the controls, read out politely by screen
 * readers whenever it changes (once per step).
 *
 * @example <Narration narrate={narrate} />
 */
export function Narration({ narrate }: { narrate: Narrator }) {
  const trace = usePlayer(selectTrace);
  const t = usePlayer(selectT);
  const cut = usePlayer(selectCut);
  const index = currentEventIndex(trace, t, cut);
  const mask = usePlayer(selectPredictMask);
  // A sentence stating a Predict gate's rule reads "…" until that gate is answered.
  const sentence = useMemo(
    () => maskText(mask, narrationAt(narrate, trace, index)),
    [narrate, trace, index, mask],
  );
  return (
    <div className="narration" role="status" aria-live="polite" aria-label="Narration">
      {sentence || (t === 0 ? 'Press Play or Step forward to start.' : '')}
    </div>
  );
}
