/**
 * What the page must not show while a Predict gate is open: the one rule every view consults
 * (lanes, future cards, console, code, narration, the summary line), pure so it is tested
 * without React. A question that can be answered by reading the screen is a quiz of reading, so
 * the text that decides the open gate's answer reads "…" until the gate is passed; everything
 * else — the situation the learner predicts from — stays visible.
 *
 * What decides an answer, per gate kind:
 * - when something happens (`callback-thread`, `result-return`, `first-finish`, `worker-pick`,
 *   `first-yield`, `map-first`, `next-line`): every sleeping thread's countdown ("0.1 s left")
 *   says which Timer or job ends next, so all countdowns are masked (masking only the deciding
 *   thread's would single it out);
 * - the rule the gate asks about, wherever a sentence states it (narration, live text):
 *   "it will run on whichever thread completes fut" for `callback-thread`;
 * - a printed line (`next-line`, `map-first`): the line itself, anywhere it would show;
 * - which thread or future gets there first (`next-line`, `first-finish`, `worker-pick`,
 *   `first-yield`, `map-first`): the code markers, since a thread on its last line or on a
 *   print is about to finish.
 *
 * @example
 *   const mask = gateMask(gatesFor(trace)[0]!);
 *   maskCountdown(mask, 'sleeping, 0.1 s left'); // 'sleeping, …'
 *   maskText(mask, 'on_done_future is registered on fut1: it will run on whichever thread completes fut1.'); // '…'
 */
import type { Trace } from '../core/trace';
import type { Gate, GateKind } from './gate';
import { gatesFor } from './gatesFor';

export interface GateMask {
  /** The open gate this mask hides the answer of. */
  gateId: string;
  /** Countdowns ("0.1 s left") read "…". */
  countdowns: boolean;
  /** Code markers (which line each thread is on) are hidden. */
  codeMarkers: boolean;
  /** Any text containing one of these (case-insensitive) reads "…". */
  texts: readonly string[];
}

/** Neutral stand-in for a hidden answer. */
export const MASKED = '…';

const TIMING_KINDS: ReadonlySet<GateKind> = new Set<GateKind>([
  'callback-thread',
  'result-return',
  'first-finish',
  'worker-pick',
  'first-yield',
  'map-first',
  'next-line',
]);

/**
 * Questions about which thread or future gets there first: a thread's code marker on its last
 * line (or on a print) says it is about to finish, so every marker is hidden.
 */
const MARKER_KINDS: ReadonlySet<GateKind> = new Set<GateKind>([
  'next-line',
  'first-finish',
  'worker-pick',
  'first-yield',
  'map-first',
]);

/** Sentences (from the narration) that state the rule a gate kind asks about. */
const RULES: Partial<Record<GateKind, readonly string[]>> = {
  'callback-thread': ['whichever thread completes', 'runs on the thread that completed'],
  'late-callback': ['calls it at once', 'at once, right here', 'already done when the callback'],
  'queued-state': ['until a worker is free'],
  'worker-pick': ['first worker free'],
  'first-yield': ['finished first'],
  'map-first': ['order of its inputs'],
  'loop-callback': [
    'not run at once',
    'later turn',
    'scheduled when the future is done',
    'not inside set_result',
  ],
  'await-thread': ['no thread waits', 'goes on running the event loop'],
  'threadsafe-wake': ['later turn', 'resumes on mainthread'],
};

const cache = new WeakMap<Gate, GateMask>();

/** The mask for an open gate; the same object for the same gate. */
export function gateMask(gate: Gate): GateMask {
  const known = cache.get(gate);
  if (known) return known;
  const right = gate.choices.find((c) => c.id === gate.correct)!;
  const lineAnswer = gate.kind === 'next-line' || gate.kind === 'map-first';
  const mask: GateMask = {
    gateId: gate.id,
    countdowns: TIMING_KINDS.has(gate.kind),
    codeMarkers: MARKER_KINDS.has(gate.kind),
    texts: [...(RULES[gate.kind] ?? []), ...(lineAnswer ? [right.text] : [])],
  };
  cache.set(gate, mask);
  return mask;
}

// "0.1 s left", and a Timer due now ("sleeping, due", "· due").
const COUNTDOWN = /\d+(?:\.\d+)? s left|(?<=[,·] )due\b/g;

/** `text` with its countdowns ("0.1 s left", "due") replaced by "…" when the mask hides them. */
export function maskCountdown(mask: GateMask | null, text: string): string {
  return mask?.countdowns ? text.replace(COUNTDOWN, MASKED) : text;
}

/**
 * `text` with what states a deciding fact of the open gate hidden, else `text` (countdowns
 * masked): a sentence "head: rule" keeps its head ("on_done_future is registered on fut1: …"),
 * any other such text reads "…".
 */
export function maskText(mask: GateMask | null, text: string): string {
  if (!mask) return text;
  const lower = text.toLowerCase();
  const at = mask.texts.reduce((first, d) => {
    const i = d === '' ? -1 : lower.indexOf(d.toLowerCase());
    return i >= 0 && (first < 0 || i < first) ? i : first;
  }, -1);
  if (at >= 0) {
    const colon = text.lastIndexOf(': ', at);
    return colon > 0 ? `${text.slice(0, colon)}: ${MASKED}` : MASKED;
  }
  return maskCountdown(mask, text);
}

const ruleCache = new WeakMap<readonly Gate[], WeakMap<ReadonlySet<string>, GateMask | null>>();

/**
 * Before a gate is answered, the rule it asks about is not told anywhere, even long before it
 * opens (a callback's registration must not say where it will run): the rule sentences of every
 * gate not yet passed, without countdowns or markers (those matter only while a gate is open).
 * Null when no such sentence is left. The same object for the same gates and passed set.
 *
 * @example maskText(ruleMask(gates, new Set()), 'on_done_future is registered on fut1: it will run on whichever thread completes fut1.') // '…registered on fut1: …'
 */
export function ruleMask(gates: readonly Gate[], passed: ReadonlySet<string>): GateMask | null {
  const byPassed = ruleCache.get(gates) ?? new WeakMap();
  ruleCache.set(gates, byPassed);
  if (byPassed.has(passed)) return byPassed.get(passed)!;
  const texts = [
    ...new Set(gates.filter((g) => !passed.has(g.id)).flatMap((g) => RULES[g.kind] ?? [])),
  ];
  const mask =
    texts.length === 0 ? null : { gateId: 'rules', countdowns: false, codeMarkers: false, texts };
  byPassed.set(passed, mask);
  return mask;
}

/**
 * Whether the scenario's summary (which states its lesson) waits: Predict mode is on and some
 * gate of `trace` is not passed yet. Until then the page shows a neutral description of the
 * program. The gates are found only in Predict mode: that is a pass over the trace (about 35 ms
 * for a 1,000-job pool) which a run opened without Predict mode should not wait for.
 *
 * @example summaryWaits(true, trace, new Set()); // true when the trace has a gate
 */
export function summaryWaits(predict: boolean, trace: Trace, passed: ReadonlySet<string>): boolean {
  return predict && gatesFor(trace).some((g) => !passed.has(g.id));
}
