/**
 * The open questions a worksheet asks when a run has too few Predict gates for three moments:
 * one at the start (what will the program print?) and one near the end (what is printed next,
 * just before the last output; or, when that moment is already taken, who printed each line).
 * Their answers are read off the trace, like the gates'.
 *
 * @example
 *   openingQuestion(trace).text; // 'What will the console show? Write the lines in the order you expect them.'
 *   closingQuestion(trace, lastMomentT).text; // 'What will the console show next?'
 */
import { formatSeconds } from '../core/seconds';
import type { Trace, VirtualUs } from '../core/trace';
import { consoleLinesAt, type ConsoleLine } from '../store/selectors/consoleLinesAt';
import type { SheetAnswer } from './worksheetPlan';
import { sheetConsoleLines } from './worksheetConsole';

export interface OpenQuestion {
  /** The picture's time. */
  t: VirtualUs;
  label: string;
  text: string;
  answer: SheetAnswer;
}

const START = 0 as VirtualUs;

/** At the start, before anything runs: the whole output, in order. */
export function openingQuestion(trace: Trace): OpenQuestion {
  return {
    t: START,
    label: `At the start, ${formatSeconds(START)} s`,
    text: 'What will the console show? Write the lines in the order you expect them.',
    answer: { kind: 'lines', lines: sheetConsoleLines(consoleLinesAt(trace, trace.end)) },
  };
}

/**
 * Near the end: just before the last output, if no other moment is there or later, asks what
 * is printed next; otherwise, at the end, which thread printed each line (the console panel
 * tags every line with its thread, so the answer is one the app shows).
 */
export function closingQuestion(trace: Trace, lastMomentT: VirtualUs): OpenQuestion {
  const lines = consoleLinesAt(trace, trace.end);
  const lastT = lines[lines.length - 1]?.t;
  if (lastT !== undefined && lastT - 1 > lastMomentT) {
    return {
      t: (lastT - 1) as VirtualUs,
      label: `Just before ${formatSeconds(lastT)} s`,
      text: 'What will the console show next?',
      answer: { kind: 'lines', lines: sheetConsoleLines(lines.filter((l) => l.t === lastT)) },
    };
  }
  return {
    t: trace.end,
    label: `At the end, ${formatSeconds(trace.end)} s`,
    text: 'The program has ended. Which thread printed each line of the console?',
    answer: { kind: 'lines', lines: lines.map(byThread) },
  };
}

const byThread = (l: ConsoleLine): string => `${sheetConsoleLines([l])[0]!}  (${l.thread})`;
