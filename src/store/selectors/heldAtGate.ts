import { gateAt, gatesFor } from '../../predict';
import type { Player } from '../playerStore';
import { selectTrace } from './player';

/**
 * Whether the playhead waits at an open Predict question: Predict mode is on and the playhead
 * stands at the hold point of a gate not yet passed. Forward moves are held there until the
 * learner answers, so the transport shows them held instead of enabled-but-dead.
 *
 * @example const held = usePlayer(selectHeldAtGate); // true while the Predict dialog is open
 */
export const selectHeldAtGate = (s: Player): boolean =>
  s.predict && s.run !== null && gateAt(gatesFor(selectTrace(s)), s.passed, s.t) !== null;

/** Why forward moves are held, said as the held buttons' description and tooltip. */
export const HELD_REASON = 'Answer the question to go on';
