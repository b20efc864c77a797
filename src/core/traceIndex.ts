/**
 * One index per trace: every fact derived from a whole trace (its event stops, thread lanes,
 * narration names, gates…) is computed once, on first use, and shared by every reader — the
 * store's selectors, narration, Predict mode and the timeline alike. A trace never changes, so
 * nothing here ever needs invalidating; the index goes when its trace goes.
 *
 * Derivations are plain functions of the trace, written in the room that needs them; only
 * the memo lives here. Facts that depend on the playhead are not derivations: each reader
 * computes those for its own moment.
 *
 * @example
 *   const stops = traceIndex(trace).derive(eventStops); // computed on the first call
 *   traceIndex(trace).derive(eventStops) === stops;      // true: shared afterwards
 */
import type { Trace } from './trace';

/** A fact of a whole trace. Must be pure: the index calls it at most once per trace. */
export type Derivation<T> = (trace: Trace) => T;

export interface TraceIndex {
  readonly trace: Trace;
  /** `derivation(trace)`, computed on first use and the same object afterwards. */
  derive<T>(derivation: Derivation<T>): T;
}

const indexes = new WeakMap<Trace, TraceIndex>();

/** The index of `trace`: one per trace object, made on first use. */
export function traceIndex(trace: Trace): TraceIndex {
  let index = indexes.get(trace);
  if (!index) {
    const facts = new Map<Derivation<unknown>, unknown>();
    index = {
      trace,
      derive<T>(derivation: Derivation<T>): T {
        if (!facts.has(derivation)) facts.set(derivation, derivation(trace));
        return facts.get(derivation) as T;
      },
    };
    indexes.set(trace, index);
  }
  return index;
}
