import { useMemo } from 'react';
import type { Trace } from '../../core/trace';
import { usePlayer } from '../../store/PlayerProvider';
import { currentEventIndex } from '../../store/selectors/currentEventIndex';
import { selectT, selectTrace } from '../../store/selectors/player';
import './controls.css';

/** Turns "the event at index i" into one sentence for a student. */
export type Narrator = (trace: Trace, index: number) => string;

/**
 * The sentence for the current event, beside the controls, read out politely by screen
 * readers whenever it changes.
 *
 * @example <Narration narrate={narrate} />
 */
/**
 * The sentence for the moment of event `index`. Several events can share one instant (a timer
 * fires, the future finishes, its callback starts): the first that is more than a plain
 * "runs line n" step tells it; the timeline and cards show the rest.
 *
 * @example narrationAt(narrate, trace, i) // "fut1's timer fires on Thread-1: set_result stores …"
 */
export function narrationAt(narrate: Narrator, trace: Trace, index: number): string {
  if (index < 0) return '';
  const at = trace.events[index]!.t;
  let first = index;
  while (first > 0 && trace.events[first - 1]!.t === at) first--;
  let pick = index;
  for (let i = first; i <= index; i++) {
    if (trace.events[i]!.type !== 'line') {
      pick = i;
      break;
    }
  }
  try {
    return narrate(trace, pick);
  } catch {
    return ''; // a narration gap must never break the player
  }
}

export function Narration({ narrate }: { narrate: Narrator }) {
  const trace = usePlayer(selectTrace);
  const t = usePlayer(selectT);
  const index = currentEventIndex(trace, t);
  const sentence = useMemo(() => narrationAt(narrate, trace, index), [narrate, trace, index]);
  return (
    <div className="narration" role="status" aria-live="polite" aria-label="Narration">
      {sentence || (t === 0 ? 'Press Play or Step forward to start.' : '')}
    </div>
  );
}
