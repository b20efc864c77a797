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
import type { EventOf } from '../../core/trace';
import { makeGate, type Distractor } from '../choices';
import type { Gate } from '../gate';
import { lineText, seconds } from '../format';
import { MISCONCEPTIONS } from '../misconceptions';
import { futureLabel, TIE_US, timersTie, type PrintedLine, type TraceIndex } from '../traceIndex';

/** One gate per printed line that some wrong model would get wrong. */
export function nextLineGates(ix: TraceIndex): Gate[] {
  const gates: Gate[] = [];
  ix.lines.forEach((line, i) => {
    const prev = ix.lines[i - 1];
    // Held just before its time, an earlier line at the same moment would be hidden too.
    if (prev && prev.event.t === line.event.t) return;
    const later = ix.lines.slice(i + 1);
    const actual = lineText(line.event.text);
    const where = `"${actual}" was printed next, by ${line.event.thread} at ${seconds(line.event.t)} — highlighted.`;
    const wrong: Distractor[] = [
      callOrder(ix, line, later, where),
      lateWaits(ix, line, later, where),
      resultAtOnce(ix, line, later, where),
      linesAtOnce(ix, line, later, where),
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

function callOrder(ix: TraceIndex, line: PrintedLine, later: PrintedLine[], where: string) {
  const future = line.callback?.future;
  if (future === undefined) return null;
  const timer = ix.timerOfFuture.get(future);
  const created = ix.futures.find((f) => f.future === future);
  if (!created) return null;
  const earlier = ix.futures.find((f) => {
    if (f.seq >= created.seq) return false;
    const done = ix.completions.get(f.future);
    if (!done || done.event.seq < line.event.seq) return false;
    const rival = ix.timerOfFuture.get(f.future);
    // A near-tie may go either way in CPython, so it refutes nothing.
    if (rival !== undefined && timer !== undefined && timersTie(ix, rival, timer)) return false;
    return later.some((l) => l.callback?.future === f.future);
  });
  if (!earlier) return null;
  const theirs = later.find((l) => l.callback?.future === earlier.future);
  const e = futureLabel(ix, earlier.future);
  return distractor(
    theirs,
    'call-order',
    `${e} was called first, but ${futureLabel(ix, future)} finished first, so ${where}`,
  );
}

function lateWaits(ix: TraceIndex, line: PrintedLine, later: PrintedLine[], where: string) {
  const cb = line.callback;
  if (!cb || !ix.callbackAdds.get(cb.callback)?.immediate) return null;
  const after = later.find(
    (l) => l.event.thread === line.event.thread && l.callback?.seq !== cb.seq,
  );
  return distractor(
    after,
    'late-callback-waits',
    `the callback ran at once, inside add_done_callback, so ${where}`,
  );
}

function resultAtOnce(ix: TraceIndex, line: PrintedLine, later: PrintedLine[], where: string) {
  const blocked = blockedAt(ix, line.event);
  for (const block of blocked) {
    if (block.thread === line.event.thread) continue;
    const theirs = later.find((l) => l.event.thread === block.thread);
    // CPython wakes the waiter before running callbacks (spec P-2): close lines may come either way.
    if (theirs && theirs.event.t - line.event.t < TIE_US) continue;
    const d = distractor(
      theirs,
      'result-at-once',
      `${block.thread} was still waiting in ${futureLabel(ix, block.future)}.${block.method}(), so ${where}`,
    );
    if (d) return d;
  }
  return null;
}

function linesAtOnce(ix: TraceIndex, line: PrintedLine, later: PrintedLine[], where: string) {
  const next = later.find((l) => l.event.thread === line.event.thread);
  if (!next) return null;
  const changed = ix.trace.events.some(
    (e) => e.type === 'future.state' && e.seq > line.event.seq && e.seq < next.event.seq,
  );
  if (!changed) return null;
  return distractor(
    next,
    'lines-at-once',
    `${line.event.thread} runs one line at a time, and a future changed state in between; ${where}`,
  );
}

/** The `result()` calls some thread is blocked in when `at` happens. */
function blockedAt(ix: TraceIndex, at: EventOf<'stdout'>): EventOf<'thread.block'>[] {
  const open = new Map<string, EventOf<'thread.block'>>();
  for (const e of ix.trace.events) {
    if (e.seq >= at.seq) break;
    if (e.type === 'thread.block') open.set(e.thread, e);
    if (e.type === 'thread.unblock') open.delete(e.thread);
  }
  return [...open.values()];
}
