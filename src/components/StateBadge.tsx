import type { FutureState, Outcome } from '../core/trace';
import { stateLook } from './stateLook';

/**
 * A future's state as shape + words, coloured by state: never colour alone.
 *
 * @example <StateBadge state="PENDING" outcome={null} /> // ○ pending
 */
export function StateBadge({ state, outcome }: { state: FutureState; outcome: Outcome | null }) {
  const look = stateLook(state, outcome);
  return (
    <span className={`state-badge state-${look.kind}`}>
      <span className="state-shape" aria-hidden="true">
        {look.shape}
      </span>{' '}
      {look.words}
    </span>
  );
}
