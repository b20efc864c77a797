/**
 * "What will be printed next?" — the real line among the lines a wrong model would print next:
 * - futures complete in call order: the line the earlier-called future's callback prints later;
 * - a late callback waits: the line its thread prints after `add_done_callback` returns;
 * - result() returns at once: the line a thread blocked in `result()` prints after it;
 * - several lines run at once in one thread: the same thread's next line, printed after some
 *   future changed state (so it could not have been printed yet).
 * A line gets a gate only when at least one of these differs from it.
 *
 * @example nextLineGates(ix)[0]!.question // 'What will be printed next?'
 */
import { makeGate, type Distractor } from '../choices';
import type { Gate } from '../gate';
import { lineText, seconds } from '../wording';
import { MISCONCEPTIONS } from '../misconceptions';
import {
  firstAfter,
  futureLabel,
  nextLineOf,
  TIE_US,
  timersTie,
  type PrintedLine,
  type GateFacts,
} from '../gateFacts';

/** One gate per printed line that some wrong model would get wrong. */
export function nextLineGates(ix: GateFacts): Gate[] {
  const gates: Gate[] = [];
  ix.lines.forEach((line, i) => {
    const prev = ix.lines[i - 1];
    // Held just before its time, an earlier line at the same moment would be hidden too.
    if (prev && prev.event.t === line.event.t) return;
    const actual = lineText(line.event.text);
    const where = `"${actual}" was printed next, by ${line.event.thread} at ${seconds(line.event.t)} — highlighted.`;
    const wrong: Distractor[] = [
      callOrder(ix, line, i, where),
      lateWaits(ix, line, i, where),
      resultAtOnce(ix, line, i, where),
      linesAtOnce(ix, line, i, where),
    ].filter((d): d is Distractor => d !== null);
    const gate = makeGate({
      kind: 'next-line',
      event: line.event,
      highlightSeq: line.event.seq,
      question: 'What will be printed next?',
      right: { text: actual, feedback: `Right: ${where}` },
      wrong,
    });
    if (gate) gates.push(gate);
  });
  return gates;
}

function distractor(
  line: PrintedLine | undefined,
  misconception: Distractor['misconception'],
  why: string,
): Distractor | null {
  if (!line) return null;
  return {
    text: lineText(line.event.text),
    misconception,
    feedback: `${MISCONCEPTIONS[misconception].denial}: ${why}`,
  };
}

/** The first line printed after line `i` by a callback of `future`. */
const laterLineOfFuture = (ix: GateFacts, future: number, i: number) => {
  const j = firstAfter(ix.linesOfFuture.get(future), i);
  return j === undefined ? undefined : ix.lines[j];
};

function callOrder(ix: GateFacts, line: PrintedLine, i: number, where: string) {
  const future = line.callback?.future;
  if (future === undefined) return null;
  const timer = ix.timerOfFuture.get(future);
  const created = ix.futures.find((f) => f.future === future);
  if (!created) return null;
  for (const f of ix.futures) {
    if (f.seq >= created.seq) break;
    const done = ix.completions.get(f.future);
    if (!done || done.event.seq < line.event.seq) continue;
    const rival = ix.timerOfFuture.get(f.future);
    // A near-tie may go either way in CPython, so it refutes nothing.
    if (rival !== undefined && timer !== undefined && timersTie(ix, rival, timer)) continue;
    const theirs = laterLineOfFuture(ix, f.future, i);
    if (!theirs) continue;
    const e = futureLabel(ix, f.future);
    const why = `${e} was called first, but ${futureLabel(ix, future)} finished first, so ${where}`;
    return distractor(theirs, 'call-order', why);
  }
  return null;
}

function lateWaits(ix: GateFacts, line: PrintedLine, i: number, where: string) {
  const cb = line.callback;
  if (!cb || !ix.callbackAdds.get(cb.callback)?.immediate) return null;
  const mine = ix.linesOfThread.get(line.event.thread) ?? [];
  const j = mine.find((k) => k > i && ix.lines[k]!.callback?.seq !== cb.seq);
  const why = `the callback ran at once, inside add_done_callback, so ${where}`;
  return distractor(j === undefined ? undefined : ix.lines[j], 'late-callback-waits', why);
}

function resultAtOnce(ix: GateFacts, line: PrintedLine, i: number, where: string) {
  for (const block of line.blockedElsewhere) {
    // The misconception is about result(): other waits (join(), as_completed()…) say nothing of it.
    const future = block.futures[0];
    if ((block.call !== 'result' && block.call !== 'exception') || future === undefined) continue;
    const theirs = nextLineOf(ix, block.thread, i);
    // CPython wakes the waiter before running callbacks (spec P-2): close lines may come either way.
    if (!theirs || theirs.event.t - line.event.t < TIE_US) continue;
    const call = `${futureLabel(ix, future)}.${block.call}()`;
    return distractor(
      theirs,
      'result-at-once',
      `${block.thread} was still waiting in ${call}, so ${where}`,
    );
  }
  return null;
}

function linesAtOnce(ix: GateFacts, line: PrintedLine, i: number, where: string) {
  const next = nextLineOf(ix, line.event.thread, i);
  if (!next) return null;
  const change = firstAfter(ix.stateSeqs, line.event.seq);
  if (change === undefined || change > next.event.seq) return null;
  const why = `${line.event.thread} runs one line at a time, and a future changed state in between; ${where}`;
  return distractor(next, 'lines-at-once', why);
}
