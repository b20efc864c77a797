/**
 * One plain sentence for a student about one trace event. It reads only the trace, so it
 * works for any producer (the TypeScript core, or real Python run in the browser).
 *
 * @example
 *   narrate(trace, i)
 *   // "fut2's timer fires on Thread-2: set_result stores the result and runs the
 *   //  done-callbacks right there, on Thread-2."
 */
import { isAsyncioFuture, narrateAsyncioFuture } from './narrateAsyncioFuture';
import { narrateLoop } from './narrateLoop';
import { formatSeconds } from '../core/seconds';
import type { EventOf, Trace, TraceEvent } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import { waitCallText } from '../core/waitText';
import { narrateWaitBegin, narrateWaitEnd, submittedCall } from './narrateWaits';

/** Seconds as Python shows them in the seed: `5.0 s`, `1.5 s`, `0.25 s`. */
const secs = (t: number): string => `${formatSeconds(t)} s`;

/** A short, quoted excerpt of printed text (first line, at most 60 characters). */
function excerpt(text: string): string {
  const first = text.replace(/\n$/, '').split('\n')[0] ?? '';
  return first.length > 60 ? `“${first.slice(0, 57)}…”` : `“${first}”`;
}

/** Names and links gathered once per trace: what to call futures, callbacks and timers. */
interface TraceNames {
  future: (id: number) => string;
  callback: (id: number) => string;
  /** The callback was added to a future that was already done. */
  immediate: (id: number) => boolean;
  timerThread: (id: number) => string | null;
  timerFunction: (id: number) => string | null;
  /** The future was submitted to an executor (a worker takes it from the pool's queue). */
  submitted: (id: number) => boolean;
  /** The wait a `wait.end` ends, by the end's seq. */
  beginOf: (endSeq: number) => EventOf<'wait.begin'> | null;
}

/** A derivation: computed once per trace by its index (`namesOf`). */
function traceNames(trace: Trace): TraceNames {
  const futures = new Map<number, string>();
  const callbacks = new Map<number, string>();
  const immediate = new Set<number>();
  const timers = new Map<number, { thread: string; fn: string }>();
  const submitted = new Set<number>();
  const waiting = new Map<string, EventOf<'wait.begin'>>();
  const beginOf = new Map<number, EventOf<'wait.begin'>>();
  for (const e of trace.events) {
    if (e.type === 'wait.begin') waiting.set(e.thread, e);
    else if (e.type === 'wait.end') {
      const begin = waiting.get(e.thread);
      if (begin) beginOf.set(e.seq, begin);
      waiting.delete(e.thread);
    } else if (e.type === 'executor.submit') submitted.add(e.future);
    else if (e.type === 'future.create') futures.set(e.future, e.name);
    else if (e.type === 'callback.add') {
      callbacks.set(e.callback, e.name);
      if (e.immediate) immediate.add(e.callback);
    } else if (e.type === 'timer.create')
      timers.set(e.timer, { thread: e.threadName, fn: e.function });
  }
  return {
    future: (id) => futures.get(id) || `future #${id}`,
    callback: (id) => callbacks.get(id) || `callback #${id}`,
    immediate: (id) => immediate.has(id),
    timerThread: (id) => timers.get(id)?.thread ?? null,
    timerFunction: (id) => timers.get(id)?.fn ?? null,
    submitted: (id) => submitted.has(id),
    beginOf: (seq) => beginOf.get(seq) ?? null,
  };
}

const namesOf = (trace: Trace): TraceNames => traceIndex(trace).derive(traceNames);

/** The future that the timer's thread completes right after `index`, if it does so. */
function futureCompletedAfter(
  trace: Trace,
  index: number,
): Extract<TraceEvent, { type: 'future.state' }> | null {
  const fire = trace.events[index];
  if (!fire) return null;
  for (let i = index + 1; i < trace.events.length; i++) {
    const e = trace.events[i];
    if (!e || e.thread !== fire.thread) continue;
    if (e.type === 'future.state') return e.to === 'FINISHED' ? e : null;
    if (e.type === 'thread.finish') return null;
  }
  return null;
}

/** The source text of `line`, trimmed and shortened, for "runs line 12: `…`". */
function sourceLine(trace: Trace, line: number | null): string | null {
  if (line === null) return null;
  const text = trace.source.split('\n')[line - 1]?.trim();
  if (!text) return null;
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

function threadsStillAlive(trace: Trace, index: number): number {
  const alive = new Set<string>();
  for (let i = 0; i <= index; i++) {
    const e = trace.events[i];
    if (e?.type === 'thread.start') alive.add(e.thread);
    else if (e?.type === 'thread.finish') alive.delete(e.thread);
  }
  return alive.size;
}

function describeState(
  e: Extract<TraceEvent, { type: 'future.state' }>,
  name: string,
  submitted: boolean,
): string {
  const on = e.thread;
  switch (e.to) {
    case 'FINISHED':
      if (e.outcome?.kind === 'exception') {
        return `${name} finishes on ${on} with an exception: set_exception stores ${e.outcome.type}, and result() will raise it; its repr now reads ${e.repr}.`;
      }
      return `${name} finishes on ${on}: set_result stores ${e.outcome?.type === 'NoneType' ? 'None' : article(e.outcome?.type ?? 'value')}, and its repr now reads ${e.repr}.`;
    case 'CANCELLED':
      return `${on} cancels ${name}: it was still pending, so cancel() returns True and the done-callbacks run now, on ${on}.`;
    case 'CANCELLED_AND_NOTIFIED':
      return `${name} is marked cancelled-and-notified on ${on}, so wait() and as_completed() now count it as done.`;
    case 'RUNNING':
      // An executor's worker takes the job from the pool's queue (set_running_or_notify_cancel).
      if (submitted)
        return `${on} takes ${name} from the queue: it is now running and can no longer be cancelled.`;
      return `${name} is now running on ${on}: it can no longer be cancelled.`;
    case 'PENDING':
      return `${name} is pending again on ${on}.`;
  }
}

/** The wait `thread` is still in just before event `before`, if it is in one. */
function openWaitOf(trace: Trace, thread: string, before: number): EventOf<'wait.begin'> | null {
  const last = trace.events.findLast(
    (x) =>
      x.seq < before && x.thread === thread && (x.type === 'wait.begin' || x.type === 'wait.end'),
  );
  return last?.type === 'wait.begin' ? last : null;
}

function article(type: string): string {
  return /^[aeiou]/i.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * One sentence about `trace.events[index]`; an empty string for an index outside the trace.
 *
 * @example narrate(trace, 0) // 'The program starts on MainThread.'
 */
export function narrate(trace: Trace, index: number): string {
  const e = trace.events[index];
  if (!e) return '';
  const names = namesOf(trace);
  const th = e.thread;
  switch (e.type) {
    case 'thread.start':
      if (e.kind === 'main') return `The program starts on ${th}.`;
      if (e.kind === 'timer')
        return `${th} starts: this Timer thread will wait out its interval, then call its function.`;
      return `Worker thread ${th} starts.`;
    case 'thread.finish': {
      const others = threadsStillAlive(trace, index);
      if (others > 0 && th === 'MainThread') {
        return `MainThread has run the last line; Python waits for the ${others} thread${others === 1 ? '' : 's'} still running before it exits.`;
      }
      return `${th} has nothing left to do and finishes.`;
    }
    case 'line': {
      const code = sourceLine(trace, e.line);
      return code ? `${th} runs line ${e.line}: ${code}` : `${th} runs line ${e.line ?? '?'}.`;
    }
    case 'thread.sleep': {
      const length = secs(e.until - e.t);
      if (e.reason === 'timer')
        return `${th} sleeps ${length}, its Timer's interval; nothing runs on it meanwhile.`;
      if (e.reason === 'cell-pause') {
        return `The notebook waits ${length} before the next cell; background threads keep running meanwhile.`;
      }
      return `${th} sleeps ${length} in time.sleep().`;
    }
    case 'wait.begin':
      return narrateWaitBegin(trace, e, names);
    case 'wait.end':
      return narrateWaitEnd(trace, e, names.beginOf(e.seq), names);
    case 'executor.submit':
      return `${th} submits ${submittedCall(trace, e)} to the pool: ${names.future(e.future)} waits in the queue until a worker is free.`;
    case 'future.create':
      return `${th} creates a new Future, ${e.name || `future #${e.future}`}: ${e.repr}.`;
    case 'future.state':
      if (isAsyncioFuture(trace, e.future)) return narrateAsyncioFuture(trace, e, names);
      return describeState(e, names.future(e.future), names.submitted(e.future));
    case 'callback.add': {
      if (isAsyncioFuture(trace, e.future)) return narrateAsyncioFuture(trace, e, names);
      const fut = names.future(e.future);
      if (e.immediate)
        return `${fut} is already done, so add_done_callback calls ${e.name} at once, right here on ${th}.`;
      return `${e.name} is registered on ${fut}: it will run on whichever thread completes ${fut}.`;
    }
    case 'callback.invoke': {
      if (isAsyncioFuture(trace, e.future)) return narrateAsyncioFuture(trace, e, names);
      const call = `${names.callback(e.callback)}(${names.future(e.future)})`;
      if (names.immediate(e.callback)) {
        return `${th} calls ${call} at once: the future was already done when the callback was added.`;
      }
      return `${th} calls ${call}: a done-callback runs on the thread that completed the future.`;
    }
    case 'callback.return':
      return `${names.callback(e.callback)} returns on ${th}.`;
    case 'callback.raise':
      if (e.logged) {
        return `${names.callback(e.callback)} raised ${e.exception}: concurrent.futures logs it on stderr and the remaining callbacks still run.`;
      }
      return `${names.callback(e.callback)} raised ${e.exception}, which is not an Exception: it escapes, and the remaining callbacks are skipped.`;
    case 'timer.create':
      return `A Timer of ${secs(e.interval)} is created; when started it runs on its own thread, ${e.threadName}.`;
    case 'timer.start':
      return `${th} starts the Timer on ${names.timerThread(e.timer) ?? 'its thread'}; it is due at ${secs(e.due)}.`;
    case 'timer.fire': {
      const target = futureCompletedAfter(trace, index);
      if (target !== null) {
        const action =
          target.outcome?.kind === 'exception'
            ? 'set_exception stores the exception'
            : 'set_result stores the result';
        return `${names.future(target.future)}'s timer fires on ${th}: ${action} and runs the done-callbacks right there, on ${th}.`;
      }
      return `The Timer on ${th} fires and calls ${names.timerFunction(e.timer) ?? 'its function'}.`;
    }
    case 'timer.cancel':
      if (e.effective)
        return `The Timer on ${names.timerThread(e.timer) ?? 'its thread'} is cancelled before it fires: its function will never run.`;
      return `timer.cancel() comes too late: the Timer on ${names.timerThread(e.timer) ?? 'its thread'} has already fired, so nothing changes.`;
    case 'stdout':
      return `${th} prints ${excerpt(e.text)}.`;
    case 'stderr':
      return `${th} writes to stderr: ${excerpt(e.text)}.`;
    case 'cell.start':
      return `Cell In [${e.cell}] starts running.`;
    case 'display':
      return `IPython shows the value of the cell's last line as Out[${e.cell}]: ${e.text}`;
    case 'deadlock': {
      // Each stuck thread's own wait says best what it waits in; the deadlock's words otherwise.
      const waits = e.waiting.map((w) => {
        const open = openWaitOf(trace, w.thread, e.seq);
        if (open)
          return open.call === 'work'
            ? `${w.thread} waits for work`
            : `${w.thread} waits in ${waitCallText(open)}`;
        return `${w.thread} waits for ${w.future === null ? w.what : names.future(w.future)}`;
      });
      return `Deadlock: ${waits.join('; ') || 'every thread waits'}, and nothing left running can ever finish it.`;
    }
    case 'program.end':
      return `The program ends with exit code ${e.exitCode}.`;
    case 'loop.start':
    case 'loop.close':
    case 'loop.turn':
    case 'handle.schedule':
    case 'handle.run':
    case 'handle.cancel':
    case 'task.create':
    case 'task.step':
    case 'task.suspend':
    case 'task.done':
      return narrateLoop(trace, e);
  }
}
