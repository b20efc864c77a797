/**
 * "The Timer fires: what will greet print?" — asked before a Timer fires whose function prints
 * the name of the thread running it (`threading.current_thread().name`) and completes no
 * future. The right line names the Timer's own thread; the distractor is the same line naming
 * the thread that started the Timer, the belief that a function handed to someone else still
 * runs on the main thread (spec T-1: a Timer calls its function on its own thread).
 *
 * @example timerThreadGates(firstLessonTrace)[0]!.question // 'The Timer fires: what will greet print?'
 */
import type { EventOf, Trace } from '../../core/trace';
import { makeGate } from '../choices';
import type { Gate } from '../gate';
import { MISCONCEPTIONS } from '../misconceptions';
import { callbackLabel, lineText, seconds } from '../wording';

/** One gate per Timer whose function prints its own thread's name. */
export function timerThreadGates(trace: Trace): Gate[] {
  const gates: Gate[] = [];
  for (const fire of trace.events) {
    if (fire.type !== 'timer.fire') continue;
    const created = trace.events.find(
      (e): e is EventOf<'timer.create'> => e.type === 'timer.create' && e.timer === fire.timer,
    );
    const started = trace.events.find(
      (e): e is EventOf<'timer.start'> => e.type === 'timer.start' && e.timer === fire.timer,
    );
    const printed = firstPrintOf(trace, fire);
    if (!created || !started || !printed) continue;
    const actual = lineText(printed.text);
    const own = fire.thread;
    const starter = started.thread;
    // Only a line that names its thread tells one thread from the other.
    if (!actual.includes(own) || actual.includes(starter)) continue;
    const fn = callbackLabel(created.function);
    const where = `"${actual}" was printed by ${own}, the Timer's own thread, at ${seconds(printed.t)} — highlighted.`;
    const gate = makeGate({
      kind: 'timer-thread',
      event: fire,
      highlightSeq: printed.seq,
      question: `The Timer fires: what will ${fn} print?`,
      right: { text: actual, feedback: `Right: ${where}` },
      wrong: [
        {
          text: actual.split(own).join(starter),
          misconception: 'callback-main-thread',
          feedback: `${MISCONCEPTIONS['callback-main-thread'].denial}: ${where}`,
        },
      ],
    });
    if (gate) gates.push(gate);
  }
  return gates;
}

/** The Timer thread's first print after it fires, unless it completes a future first. */
function firstPrintOf(trace: Trace, fire: EventOf<'timer.fire'>): EventOf<'stdout'> | null {
  for (const e of trace.events.slice(fire.seq + 1)) {
    if (e.thread !== fire.thread) continue;
    // A future's completion is the callback-thread question's: this one asks of plain Timers.
    if (e.type === 'future.state' || e.type === 'thread.finish') return null;
    if (e.type === 'stdout') return e;
  }
  return null;
}
