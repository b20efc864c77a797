/**
 * The open Predict gate's mask for the views (see `src/predict/giveaway.ts`): null when Predict
 * mode is off or the playhead is not waiting at an unanswered gate. The same object while the
 * same gate is open, so a memoised view reading it renders only when a gate opens or closes.
 *
 * @example const mask = usePlayer(selectGateMask); maskCountdown(mask, 'sleeping, 0.1 s left');
 */
import { gateAt } from '../../predict/clampToGate';
import { gatesFor } from '../../predict/gatesFor';
import { gateMask, ruleMask, type GateMask } from '../../predict/giveaway';
import type { PlayerState } from '../playerStore';

export function selectGateMask(
  s: Pick<PlayerState, 'predict' | 'run' | 'passed' | 't'>,
): GateMask | null {
  if (!s.predict || !s.run) return null;
  const gate = gateAt(gatesFor(s.run.trace), s.passed, s.t);
  return gate ? gateMask(gate) : null;
}

/**
 * What the views mask now: the open gate's mask while one is open, else (Predict mode on) the
 * rules that gates still to come ask about, so no sentence tells them before their question.
 *
 * @example const mask = usePlayer(selectPredictMask); maskText(mask, narration);
 */
export function selectPredictMask(
  s: Pick<PlayerState, 'predict' | 'run' | 'passed' | 't'>,
): GateMask | null {
  if (!s.predict || !s.run) return null;
  return selectGateMask(s) ?? ruleMask(gatesFor(s.run.trace), s.passed);
}
