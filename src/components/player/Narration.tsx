import { useMemo } from 'react';
import type { Trace } from '../../core/trace';
import { usePlayer } from '../../store/player';
import { selectTrace } from '../../store/snapshot';
import { currentEventIndex } from '../../store/selectors/currentEventIndex';
import './controls.css';

/** Turns "the event at index i" into one sentence for a student. */
export type Narrator = (trace: Trace, index: number) => string;

/**
 * The sentence for the current event, beside the controls, read out politely by screen
 * readers whenever it changes.
 *
 * @example <Narration narrate={narrate} />
 */
export function Narration({ narrate }: { narrate: Narrator }) {
  const trace = usePlayer(selectTrace);
  const t = usePlayer((s) => s.t);
  const index = currentEventIndex(trace, t);
  const sentence = useMemo(() => {
    try {
      return index < 0 ? '' : narrate(trace, index);
    } catch {
      return ''; // a narration gap must never break the player
    }
  }, [narrate, trace, index]);
  return (
    <div className="narration" role="status" aria-live="polite" aria-label="Narration">
      {sentence || (t === 0 ? 'Press Play or Step forward to start.' : '')}
    </div>
  );
}
