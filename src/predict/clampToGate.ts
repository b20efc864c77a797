/**
 * Gate-keeping for the playhead: the one function every forward move goes through, so Play,
 * Step forward, the Time slider, the keyboard, Jump to end and a `t=` link all stop at the
 * first gate they would pass that has not been passed yet.
 *
 * A gate is *passed* once the learner checked the right answer or pressed Show me (which
 * reveals it and scores it as not answered right). The caller keeps that set.
 *
 * @example
 *   const { t, gate } = clampToGate(gatesFor(trace), passed, state.t, wanted);
 *   // gate !== null: the playhead waits at t (= gate.holdT), playback pauses, the dialog opens
 */
import type { VirtualUs } from '../core/trace';
import type { Gate } from './gate';

export interface Clamped {
  /** Where the playhead may go: `toT`, or the hold point of the gate in the way. */
  t: VirtualUs;
  /** The first unpassed gate between `fromT` and `toT`, or null. */
  gate: Gate | null;
}

/**
 * Limits a move of the playhead from `fromT` to `toT`. Moving back (or not at all) is never
 * limited. A gate is in the way when its event is after `fromT` and at or before `toT`.
 */
export function clampToGate(
  gates: readonly Gate[],
  passed: ReadonlySet<string>,
  fromT: VirtualUs,
  toT: VirtualUs,
): Clamped {
  if (toT <= fromT) return { t: toT, gate: null };
  // Gates are sorted by seq, and seq order is time order, so the first match is the earliest.
  for (const gate of gates) {
    if (gate.t <= fromT || passed.has(gate.id)) continue;
    if (gate.t > toT) break;
    return { t: Math.max(gate.holdT, fromT) as VirtualUs, gate };
  }
  return { t: toT, gate: null };
}

/** The gate the playhead is waiting at, if any: unpassed, with the playhead at its hold point. */
export function gateAt(
  gates: readonly Gate[],
  passed: ReadonlySet<string>,
  t: VirtualUs,
): Gate | null {
  return gates.find((g) => !passed.has(g.id) && g.holdT === t) ?? null;
}
