/**
 * Assembles a gate's choices: the right answer and the distractors, with duplicates removed (a
 * distractor whose text equals the right answer, or an earlier distractor, is dropped), shuffled
 * by a seed made from the gate's id (`choiceOrder`): the order follows neither the question nor
 * the trace, and the same trace always gives the same gate (a replay and a test see one order).
 *
 * @example
 *   makeGate({ kind: 'callback-thread', event, highlightSeq, question, right, wrong })
 *   // null when no distractor survives: a question with one answer teaches nothing
 */
import type { TraceEvent, VirtualUs } from '../core/trace';
import type { Choice, Gate, GateKind } from './gate';
import type { MisconceptionId } from './misconceptions';
import { choiceOrder } from './choiceOrder';

export interface Distractor {
  text: string;
  misconception: MisconceptionId;
  feedback: string;
}

export interface GateDraft {
  kind: GateKind;
  /** The event the gate sits before. */
  event: TraceEvent;
  highlightSeq: number;
  question: string;
  right: { text: string; feedback: string };
  wrong: Distractor[];
  note?: string;
}

const IDS = 'abcdefgh';

/** The finished gate, or null when it would have no distractor or cannot be held before. */
export function makeGate(draft: GateDraft): Gate | null {
  const { event } = draft;
  // A gate at t = 0 could not hold the playhead before its event.
  if (event.t <= 0) return null;
  const seen = new Set([draft.right.text]);
  const wrong = draft.wrong.filter((d) => {
    if (seen.has(d.text)) return false;
    seen.add(d.text);
    return true;
  });
  if (wrong.length === 0) return null;
  const id = `${draft.kind}@${event.seq}`;
  const drafted: Omit<Choice, 'id'>[] = [
    { ...draft.right, misconception: null },
    ...wrong.map((d) => ({ ...d })),
  ];
  const ordered = choiceOrder(id, drafted.length).map((k) => drafted[k]!);
  const choices: Choice[] = ordered.map((c, i) => ({ ...c, id: IDS[i] ?? `c${i}` }));
  const rightAt = ordered.indexOf(drafted[0]!);
  return {
    id,
    kind: draft.kind,
    seq: event.seq,
    t: event.t,
    holdT: (event.t - 1) as VirtualUs,
    question: draft.question,
    choices,
    correct: choices[rightAt]!.id,
    highlightSeq: draft.highlightSeq,
    ...(draft.note ? { note: draft.note } : {}),
  };
}
