/**
 * Checks a gate against its trace by reading the trace directly (not through the gate code's
 * index): the right answer is what the trace shows, every distractor names one misconception
 * and differs from the answer, and the hold point hides the gate's event.
 *
 * @example expect(problemsOf(trace, gate)).toEqual([])
 */
import type { EventOf, Trace, TraceEvent } from '../../src/core/trace';
import type { Gate } from '../../src/predict/gate';
import { MISCONCEPTION_IDS } from '../../src/predict/misconceptions';

const seconds = (t: number) => {
  const s = Math.round(t / 1000) / 1000;
  return `${Number.isInteger(s) ? s.toFixed(1) : String(s)} s`;
};
const after = (trace: Trace, seq: number) => trace.events.filter((e) => e.seq > seq);
const label = (trace: Trace, future: number) =>
  trace.events.find(
    (e): e is EventOf<'future.create'> => e.type === 'future.create' && e.future === future,
  )?.name;

/**
 * A pool future as a question names it: its own name when unique, else the one variable its
 * submit line assigns (`fut2 = ex.submit(…)`), else its name with its number.
 */
function poolFutureLabel(trace: Trace, future: number): string | null {
  const name = label(trace, future);
  if (name === undefined) return null;
  const sharing = trace.events.filter((e) => e.type === 'future.create' && e.name === name);
  if (sharing.length === 1) return name;
  const submit = trace.events.find((e) => e.type === 'executor.submit' && e.future === future);
  const text = submit?.line ? trace.source.split('\n')[submit.line - 1] : undefined;
  const variable = /^\s*([A-Za-z_]\w*)\s*=\s*\w+\.submit\(/.exec(text ?? '')?.[1];
  return variable ?? `${name} (future ${future})`;
}

/** What the trace says the right answer must contain, per gate kind. */
function expectedAnswer(trace: Trace, gate: Gate): string | null {
  const at = trace.events[gate.seq]!;
  switch (gate.kind) {
    case 'callback-thread': {
      const invoke = trace.events[gate.highlightSeq] as TraceEvent;
      return invoke.type === 'callback.invoke' &&
        at.type === 'future.state' &&
        invoke.future === at.future
        ? invoke.thread
        : null;
    }
    case 'late-callback': {
      if (at.type !== 'callback.add') return null;
      const invoke = after(trace, at.seq).find(
        (e) => e.type === 'callback.invoke' && e.callback === at.callback,
      );
      return invoke ? `At once, on ${invoke.thread}` : null;
    }
    case 'next-line': {
      const next = trace.events.find(
        (e) => e.t > gate.holdT && e.type === 'stdout',
      ) as EventOf<'stdout'>;
      return next.text.replace(/\n$/, '');
    }
    case 'result-return': {
      if (at.type !== 'wait.begin' || (at.call !== 'result' && at.call !== 'exception'))
        return null;
      const end = after(trace, at.seq).find(
        (e): e is EventOf<'wait.end'> => e.type === 'wait.end' && e.thread === at.thread,
      );
      if (!end) return 'Never';
      return end.reason === 'timeout'
        ? `It raises TimeoutError at ${seconds(end.t)}`
        : `at ${seconds(end.t)}`;
    }
    case 'first-finish': {
      const first = after(trace, gate.seq - 1).find(
        (e): e is EventOf<'future.state'> => e.type === 'future.state' && e.to === 'FINISHED',
      );
      return first ? (label(trace, first.future) ?? null) : null;
    }
    case 'worker-pick':
      return at.type === 'future.state' && at.to === 'RUNNING' ? at.thread : null;
    case 'queued-state': {
      if (at.type !== 'future.create') return null;
      const started = after(trace, at.seq).find(
        (e) => e.type === 'future.state' && e.future === at.future && e.to === 'RUNNING',
      );
      return started && started.t > at.t ? 'Pending' : 'Running';
    }
    case 'first-yield': {
      if (at.type !== 'future.state') return null;
      const woken = after(trace, at.seq).find(
        (e) => e.type === 'wait.end' && e.cause?.seq === at.seq,
      );
      return woken ? poolFutureLabel(trace, at.future) : null;
    }
    case 'timer-thread': {
      // The Timer's own thread prints the line, naming itself.
      if (at.type !== 'timer.fire') return null;
      const printed = after(trace, at.seq).find(
        (e): e is EventOf<'stdout'> => e.type === 'stdout' && e.thread === at.thread,
      );
      return printed ? printed.text.replace(/\n$/, '') : null;
    }
    case 'map-first': {
      const submits = trace.events.filter((e) => e.type === 'executor.submit' && e.seq < gate.seq);
      const consumer = submits.at(-1)?.thread;
      const first = after(trace, submits.at(-1)?.seq ?? gate.seq).find(
        (e): e is EventOf<'stdout'> => e.type === 'stdout' && e.thread === consumer,
      );
      return first ? first.text.replace(/\n$/, '') : null;
    }
    case 'loop-callback': {
      // The callback runs after the future finished, on the thread that then starts a new turn.
      if (at.type !== 'future.state') return null;
      const invoke = trace.events[gate.highlightSeq]!;
      if (invoke.type !== 'callback.invoke' || invoke.future !== at.future) return null;
      const turned = trace.events.some(
        (e) =>
          e.type === 'loop.turn' &&
          e.seq > at.seq &&
          e.seq < invoke.seq &&
          e.thread === invoke.thread,
      );
      return turned ? `On ${invoke.thread}, on a later turn` : null;
    }
    case 'threadsafe-wake': {
      // The task resumes on the loop's thread, not on the thread that scheduled the wake.
      const step = trace.events[gate.highlightSeq]!;
      if (at.type !== 'handle.schedule' || at.via !== 'call_soon_threadsafe') return null;
      return step.type === 'task.step' && step.thread !== at.thread ? `On ${step.thread}` : null;
    }
    case 'await-thread': {
      // No thread blocks for what the task awaits while it is suspended.
      if (at.type !== 'task.suspend') return null;
      const resume = after(trace, at.seq).find((e) => e.type === 'task.step' && e.task === at.task);
      if (!resume) return null;
      const blocked = trace.events.some(
        (e) =>
          e.type === 'wait.begin' &&
          e.seq > at.seq &&
          e.seq < resume.seq &&
          e.futures.some((f) => at.futures.includes(f)),
      );
      return blocked ? null : 'None';
    }
  }
}

/** Every way the gate disagrees with the trace or with the rules for choices. */
export function problemsOf(trace: Trace, gate: Gate): string[] {
  const problems: string[] = [];
  const right = gate.choices.find((c) => c.id === gate.correct);
  if (!right || right.misconception !== null) problems.push('no right choice');
  const expected = expectedAnswer(trace, gate);
  if (expected === null || !right?.text.includes(expected))
    problems.push(`right answer "${right?.text}" does not show "${expected}"`);
  const texts = gate.choices.map((c) => c.text);
  if (new Set(texts).size !== texts.length) problems.push('two choices read the same');
  if (new Set(gate.choices.map((c) => c.id)).size !== gate.choices.length)
    problems.push('ids repeat');
  for (const c of gate.choices) {
    if (c.id === gate.correct) continue;
    if (!c.misconception || !MISCONCEPTION_IDS.includes(c.misconception))
      problems.push(`distractor "${c.text}" names no misconception`);
    if (!c.feedback.includes('highlighted'))
      problems.push(`feedback of "${c.text}" points nowhere`);
  }
  if (gate.choices.length < 2) problems.push('fewer than two choices');
  if (!(gate.holdT < gate.t)) problems.push('hold point is not before the gate');
  const shown = trace.events.filter((e) => e.t <= gate.holdT);
  if (shown.some((e) => e.seq >= gate.seq)) problems.push('the hold point already shows the event');
  if (!trace.events[gate.highlightSeq]) problems.push('highlight points at no event');
  return problems;
}
