import type { Trace, VirtualUs } from '../core/trace';
import { clampToGate, gatesFor } from '../predict';

/** Where a forward move may go, and whether a Predict gate stopped it there. */
export interface GatedMove {
  t: VirtualUs;
  stopped: boolean;
}

/**
 * The one gate-keeper for forward moves of the playhead (Play, Step forward, the Time slider,
 * keys, Jump to end, a `t=` link): with Predict mode on, a move stops at the first gate it would
 * pass that is not in `passed`. Backward moves and Predict mode off are never limited.
 *
 * @example
 *   gatedMove(trace, { predict: true, passed: new Set() }, 0, trace.end); // { t: gate.holdT, stopped: true }
 */
export function gatedMove(
  trace: Trace,
  state: { predict: boolean; passed: ReadonlySet<string> },
  from: VirtualUs,
  to: VirtualUs,
): GatedMove {
  if (!state.predict || to <= from) return { t: to, stopped: false };
  const { t, gate } = clampToGate(gatesFor(trace), state.passed, from, to);
  return { t, stopped: gate !== null };
}
