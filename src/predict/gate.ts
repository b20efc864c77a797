/**
 * A gate: a key moment where playback stops and asks the learner to predict what happens next.
 * Gates are derived from a trace (see `gatesFor`), never written per scenario.
 *
 * @example
 *   const gate: Gate = gatesFor(trace)[0]!;
 *   gate.question; // 'Which thread will run on_done_future?'
 *   gate.choices.find((c) => c.id === gate.correct)!.text; // 'Thread-1'
 */
import type { VirtualUs } from '../core/trace';
import type { MisconceptionId } from './misconceptions';

export type GateKind =
  | 'callback-thread'
  | 'next-line'
  | 'result-return'
  | 'first-finish'
  | 'late-callback'
  | 'worker-pick'
  | 'queued-state'
  | 'first-yield'
  | 'map-first'
  | 'timer-thread'
  | 'loop-callback'
  | 'await-thread'
  | 'threadsafe-wake';

export interface Choice {
  /** Stable within the gate: `a`, `b`, `c`, … in display order. */
  id: string;
  text: string;
  /** The wrong model this choice comes from; null for the right answer. */
  misconception: MisconceptionId | null;
  /** One or two sentences shown when this choice is checked. */
  feedback: string;
}

export interface Gate {
  /** Unique within the trace, stable for the same trace: `<kind>@<seq>`. */
  id: string;
  kind: GateKind;
  /** The gate sits just before this event: the playhead may not reach `t` until it is answered. */
  seq: number;
  t: VirtualUs;
  /** Where the playhead waits while the gate is open: the last moment before `t`. */
  holdT: VirtualUs;
  question: string;
  choices: Choice[];
  /** The id of the right choice. */
  correct: string;
  /** The event the feedback points at, for the timeline to highlight. */
  highlightSeq: number;
  /** Shown with the question when the trace's order is one of several CPython may produce. */
  note?: string;
}
