/**
 * What a printed worksheet holds, chosen from a run alone (pure, no React): the key moments to
 * draw the timeline at, the Predict questions that belong to each, and the teacher's answers.
 *
 * The moments are the gates' hold times (`gatesFor`): each picture shows the run just before its
 * questions' answers happen, as Predict mode stops there. Gates that hold at the same moment share
 * one picture; more than six moments are gathered into six runs of neighbours (each drawn at its
 * first gate, so no picture shows an answer to come). A run with fewer than three moments gets
 * one at the start and one near the end with an open question (`./worksheetOpenQuestions.ts`).
 *
 * @example
 *   const plan = worksheetPlan(runScenario('fetch-square'));
 *   plan.moments.map((m) => m.label); // ['Just before 8.009 s', 'Just before 8.018 s', 'Just before 8.027 s']
 *   plan.moments[0]!.questions[0]!.text; // 'Which thread will run on_done_future when fut1 finishes?'
 */
import { formatSeconds } from '../core/seconds';
import type { Trace, VirtualUs } from '../core/trace';
import type { Gate } from '../predict/gate';
import { gatesFor } from '../predict/gatesFor';
import { consoleLinesAt } from '../store/selectors/consoleLinesAt';
import { sheetConsoleLines } from './worksheetConsole';
import { worksheetDescription } from './worksheetDescription';
import { closingQuestion, openingQuestion, type OpenQuestion } from './worksheetOpenQuestions';

/** A printed answer box: `☐ B. Thread-2`. */
export interface SheetChoice {
  letter: string;
  text: string;
}

/** The teacher's answer: a choice with why it is right, or the lines an open question expects. */
export type SheetAnswer =
  | { kind: 'choice'; letter: string; text: string; feedback: string }
  | { kind: 'lines'; lines: string[] };

export interface SheetQuestion {
  /** 1, 2, 3 … across the whole sheet. */
  number: number;
  text: string;
  /** Shown with the question when CPython may print in more than one order. */
  note: string | null;
  /** Empty for an open question, answered on the blank lines alone. */
  choices: SheetChoice[];
  answer: SheetAnswer;
  /** The Predict gate it comes from; null for an open question. */
  gateId: string | null;
}

export interface SheetMoment {
  /** Where the picture's playhead stands: before every answer among its questions. */
  t: VirtualUs;
  /** The moment's heading: `Just before 8.009 s`, `At the start, 0.0 s`. */
  label: string;
  questions: SheetQuestion[];
}

export interface WorksheetPlan {
  title: string;
  /** A neutral sentence on what the program makes (never what it teaches). */
  description: string;
  moments: SheetMoment[];
  /** The console when the program has ended, for the answers page. */
  finalConsole: string[];
}

/** The most pictures a sheet holds, and the fewest it aims for. */
export const MAX_MOMENTS = 6;
export const MIN_MOMENTS = 3;

/** A moment before its questions are numbered. */
interface Draft {
  t: VirtualUs;
  label: string;
  questions: Omit<SheetQuestion, 'number'>[];
}

/**
 * The worksheet of a run: title, neutral description, 1–6 moments with their questions, and
 * the final console.
 */
export function worksheetPlan(run: { title: string; trace: Trace }): WorksheetPlan {
  const { trace } = run;
  let drafts = gateMoments(gatesFor(trace));
  if (drafts.length < MIN_MOMENTS) drafts = withOpenMoments(drafts, trace);
  let number = 0;
  const moments = drafts.map((d) => ({
    t: d.t,
    label: d.label,
    questions: d.questions.map((q) => ({ ...q, number: ++number })),
  }));
  return {
    title: run.title,
    description: worksheetDescription(trace),
    moments,
    finalConsole: sheetConsoleLines(consoleLinesAt(trace, trace.end)),
  };
}

/** The gates' moments: one per hold time, gathered into at most `MAX_MOMENTS` runs in order. */
function gateMoments(gates: readonly Gate[]): Draft[] {
  const byHold: Gate[][] = [];
  for (const gate of gates) {
    const last = byHold[byHold.length - 1];
    if (last && last[0]!.holdT === gate.holdT) last.push(gate);
    else byHold.push([gate]);
  }
  const n = Math.min(byHold.length, MAX_MOMENTS);
  return Array.from({ length: n }, (_, i) => {
    // Neighbouring moments are gathered, evenly, so every gate's question is still asked.
    const group = byHold
      .slice(Math.floor((i * byHold.length) / n), Math.floor(((i + 1) * byHold.length) / n))
      .flat();
    const first = group[0]!;
    return {
      t: first.holdT,
      label: `Just before ${formatSeconds(first.t)} s`,
      questions: group.map(gateQuestion),
    };
  });
}

function gateQuestion(gate: Gate): Omit<SheetQuestion, 'number'> {
  const right = gate.choices.find((c) => c.id === gate.correct)!;
  return {
    text: gate.question,
    note: gate.note ?? null,
    choices: gate.choices.map((c) => ({ letter: c.id.toUpperCase(), text: c.text })),
    answer: {
      kind: 'choice',
      letter: right.id.toUpperCase(),
      text: right.text,
      feedback: onPaper(right.feedback),
    },
    gateId: gate.id,
  };
}

/**
 * A right answer's feedback as the answer key prints it. In the app it opens with "Right:" (the
 * learner has just checked) and ends "— highlighted." (the timeline marks the event); on paper
 * neither is true, so both go, and what remains is the reason.
 *
 * @example onPaper('Right: report ran on Thread-2, …, at 1.012 s — highlighted.') // 'report ran on Thread-2, …, at 1.012 s.'
 */
export function onPaper(feedback: string): string {
  return feedback.replace(/^Right:\s*/, '').replace(/\s*—\s*highlighted\.?$/, '.');
}

/** Adds the start and a moment near the end, each with an open question, in time order. */
function withOpenMoments(drafts: Draft[], trace: Trace): Draft[] {
  const all = [...drafts];
  const add = (open: OpenQuestion) => {
    const question = {
      text: open.text,
      note: null,
      choices: [],
      answer: open.answer,
      gateId: null,
    };
    const same = all.find((d) => d.t === open.t);
    if (same) same.questions.push(question);
    else all.push({ t: open.t, label: open.label, questions: [question] });
    all.sort((a, b) => a.t - b.t);
  };
  add(openingQuestion(trace));
  add(closingQuestion(trace, all[all.length - 1]!.t));
  return all;
}
