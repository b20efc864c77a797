/**
 * The changes a "What if" makes to a Lab program, each a pure function of the Lab's parameters:
 * a delay changed (the Timers fire in another order), a request that raises, a `result()`
 * timeout moved past the Timer. Each says what it changed as a question and why the console
 * is what it is, in words that hold for any parameters.
 *
 * @example
 *   labChangesOf({ ...DEFAULT_LAB })[0].question // 'What if the Timers waited 3, 2 and 1 s instead of 5, 5 and 5 s?'
 */
import type { LabParams } from '../../scenarios/types';

export interface LabChange {
  /** Short name of the change, the second half of the variation's id. */
  kind: 'delays' | 'raise' | 'timeout';
  question: string;
  explanation: string;
  lab: LabParams;
}

/** `3, 2 and 1 s`. */
function seconds(values: readonly number[]): string {
  const shown = values.map((v) => String(v));
  const list =
    shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
  return `${list} s`;
}

const same = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** Delays in which the calls finish in another order: reversed, or counting down when all equal. */
function otherDelays(delays: readonly number[]): number[] | null {
  const countDown = delays.map((_, i) => delays.length - i);
  const reversed = [...delays].reverse();
  if (!same(reversed, delays)) return reversed;
  return same(countDown, delays) ? null : countDown;
}

function whyOrder(lab: LabParams): string {
  const callbacks =
    'Each done-callback runs on its own Timer thread as soon as that Timer completes its future, so callback lines come in the order the Timers fire: shortest wait first.';
  const results =
    'result() is called on each future in call order and blocks until that one is done, so result() lines stay in call order whatever the delays.';
  if (lab.observe === 'callbacks') return callbacks;
  return lab.observe === 'result' ? results : `${callbacks} ${results}`;
}

function whyRaise(lab: LabParams): string {
  const callbacks =
    'A future that raises is done all the same: its done-callback still runs, and future.exception() returns the error.';
  const results =
    "result() raises the future's exception in the thread that calls it; the program catches it and prints it.";
  if (lab.observe === 'callbacks') return callbacks;
  return lab.observe === 'result' ? results : `${callbacks} ${results}`;
}

/** Up to two changes of `lab` that alter what its program does. */
export function labChangesOf(lab: LabParams): LabChange[] {
  const changes: LabChange[] = [];
  if (lab.timeout !== null) {
    const longest = Math.max(...lab.delays);
    const timeout = longest + 1;
    changes.push({
      kind: 'timeout',
      question: `What if result() waited up to ${timeout} s instead of ${lab.timeout} s?`,
      explanation: `result(timeout=${timeout}) returns as soon as the future is done; its Timer fires after ${longest} s at most, before the timeout runs out, so no TimeoutError.`,
      lab: { ...lab, timeout },
    });
  }
  const delays = otherDelays(lab.delays);
  if (delays && changes.length === 0)
    changes.push({
      kind: 'delays',
      question: `What if the Timers waited ${seconds(delays)} instead of ${seconds(lab.delays)}?`,
      explanation: whyOrder(lab),
      lab: { ...lab, delays },
    });
  const number = lab.numbers[0]!;
  changes.push({
    kind: 'raise',
    question: `What if the request for ${number} raised ConnectionError instead of returning a result?`,
    explanation: whyRaise(lab),
    lab: { ...lab, outcomes: lab.outcomes.map((o, i) => (i === 0 ? 'raise' : o)) },
  });
  return changes;
}
