/**
 * A scenario's own words for some of its events, where the generic narration (`narrate.ts`)
 * is too technical for its reader — the first lesson speaks to someone who has never seen a
 * thread. Kept by trace: a fixed program is simulated once, so its trace is the key.
 *
 * @example
 *   tellInOwnWords(trace, (t, i) => (t.events[i]?.type === 'timer.create' ? 'A Timer is made.' : null));
 *   ownWords(trace, 3); // 'A Timer is made.' when event 3 is the Timer's creation, else null
 */
import type { Trace } from '../core/trace';

/** The scenario's sentence for `trace.events[index]`, or null to leave it to the generic one. */
export type OwnNarration = (trace: Trace, index: number) => string | null;

const byTrace = new WeakMap<Trace, OwnNarration>();

/** From now on, `narrate(trace, …)` asks `narration` first. */
export function tellInOwnWords(trace: Trace, narration: OwnNarration): void {
  byTrace.set(trace, narration);
}

/** The scenario's own sentence for the event, or null when it has none. */
export function ownWords(trace: Trace, index: number): string | null {
  return byTrace.get(trace)?.(trace, index) ?? null;
}
