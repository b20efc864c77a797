/**
 * The narration of the wait family: what a thread waits for as it blocks, and who woke it and
 * why as it carries on, in words a learner understands; and a pool's `submit`. It reads only the
 * trace (the call, what it waits `on`, the wake's `cause`) and the program's source.
 *
 * @example
 *   narrateWaitBegin(trace, begin, names);
 *   // 'MainThread blocks in as_completed() over fut1…fut8: it waits until one of them is done.'
 *   narrateWaitEnd(trace, end, begin, names);
 *   // 'fut3 finished on ThreadPoolExecutor-0_2 (set_result), so as_completed() wakes MainThread.'
 */
import { formatSeconds } from '../core/seconds';
import type { EventOf, Trace, TraceEvent, WaitCall } from '../core/trace';
import { waitCallText } from '../core/waitText';

export interface WaitNames {
  future: (id: number) => string;
}

const secs = (t: number): string => `${formatSeconds(t)} s`;

/**
 * Futures as a sentence lists them: "fut1", "fut1 and fut2", "fut1, fut2 and fut3"; a longer
 * list as its first and last, "fut1…fut8" (with its count when the names skip some).
 */
export function futureList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'no future';
  if (new Set(names).size < names.length) return `${names.length} futures`;
  if (names.length <= 3) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const first = names[0]!;
  const last = names.at(-1)!;
  return consecutive(names) ? `${first}…${last}` : `${first}…${last} (${names.length} futures)`;
}

/** Whether names run fut1, fut2, fut3… without a gap, so "first…last" names exactly them. */
function consecutive(names: readonly string[]): boolean {
  const parts = names.map((n) => /^(.*?)(\d+)$/.exec(n));
  return parts.every(
    (p, i) => p !== null && p[1] === parts[0]![1] && Number(p[2]) === Number(parts[0]![2]) + i,
  );
}

/** The whole statement starting at `line`, however many lines its brackets span (at most 6). */
function statementAt(trace: Trace, line: number | null): string {
  if (line === null) return '';
  const lines = trace.source.split('\n');
  let text = '';
  for (let i = line - 1; i < Math.min(lines.length, line + 5); i++) {
    text += `${lines[i]}\n`;
    const open = (text.match(/[([{]/g) ?? []).length;
    const close = (text.match(/[)\]}]/g) ?? []).length;
    if (open <= close) break;
  }
  return text;
}

/** The event at `seq` (seq is the event's position in the trace). */
const eventAt = (trace: Trace, seq: number): TraceEvent | undefined =>
  trace.events[seq]?.seq === seq ? trace.events[seq] : trace.events.find((e) => e.seq === seq);

/** What the wait waits for, as its futures' names (or the names in `on`). */
function awaited(e: EventOf<'wait.begin'>, names: WaitNames): string[] {
  return e.futures.length > 0 ? e.futures.map(names.future) : e.on.split(', ');
}

/** When `wait()` returns, read from its `return_when` in the program (ALL_COMPLETED by default). */
function waitUntil(trace: Trace, e: EventOf<'wait.begin'>, count: number): string {
  const statement = statementAt(trace, e.line);
  if (count === 1) return 'until it is done';
  if (statement.includes('FIRST_COMPLETED')) return 'until one of them is done';
  if (statement.includes('FIRST_EXCEPTION'))
    return 'until one of them raises an exception, or all of them are done';
  return 'until all of them are done';
}

/** "MainThread blocks in as_completed() over fut1…fut8: it waits until one of them is done." */
export function narrateWaitBegin(trace: Trace, e: EventOf<'wait.begin'>, names: WaitNames): string {
  const th = e.thread;
  const on = e.on;
  const call = waitCallText(e);
  const limit = e.until === null ? '' : `, or at most ${secs(e.until - e.t)} (the timeout)`;
  switch (e.call) {
    case 'result':
    case 'exception':
      return `${th} blocks in ${call}: it waits until ${on} is done${limit}.`;
    case 'as_completed':
    case 'wait': {
      const futures = awaited(e, names);
      const until =
        e.call === 'wait'
          ? waitUntil(trace, e, futures.length)
          : futures.length === 1
            ? 'until it is done'
            : 'until one of them is done';
      return `${th} blocks in ${call} over ${futureList(futures)}: it waits ${until}${limit}.`;
    }
    case 'join':
      return `${th} waits in ${call} until ${on} has finished${limit}.`;
    case 'shutdown': {
      const atWith = /^\s*with\b/.test(statementAt(trace, e.line))
        ? ' at the end of the with block'
        : '';
      return `${th} waits in ${call}${atWith}: it returns once ${on}'s workers have finished every queued job and exited${limit}.`;
    }
    case 'work':
      return `${th} has no job: it waits for work${limit}.`;
    case 'Event.wait':
      return `${th} waits in ${call} until another thread sets ${on}${limit}.`;
    case 'Condition.wait':
      return `${th} waits in ${call}: it releases ${on}'s lock and waits until another thread calls ${on}.notify()${limit}.`;
    case 'Lock.acquire':
      return `${th} blocks in ${call}: another thread holds ${on}, so it waits until that thread releases it${limit}.`;
    case 'Semaphore.acquire':
      return `${th} blocks in ${call}: ${on} has no permits left, so it waits until another thread calls ${on}.release()${limit}.`;
    case 'Queue.get':
      return `${th} blocks in ${call}: ${on} is empty, so it waits until another thread puts an item in it${limit}.`;
    case 'Queue.put':
      return `${th} blocks in ${call}: ${on} is full, so it waits until another thread takes an item out${limit}.`;
    case 'select':
      return e.until === null
        ? `The event loop on ${th} has nothing ready to run: ${th} waits in select() until another thread wakes it.`
        : `The event loop on ${th} has nothing ready to run: ${th} waits in select() until its next timer is due, in ${secs(e.until - e.t)}.`;
  }
}

/** What a call does when its timeout passes, by call. */
const ON_TIMEOUT: Record<WaitCall, string> = {
  result: 'so TimeoutError is raised',
  exception: 'so TimeoutError is raised',
  as_completed: 'so as_completed() raises TimeoutError',
  wait: 'so wait() returns, with some futures still not done',
  join: 'and it returns',
  shutdown: 'and it returns',
  work: 'and it returns',
  'Event.wait': 'so wait() returns False',
  'Condition.wait': 'so wait() returns False',
  'Lock.acquire': 'so acquire() returns False',
  'Semaphore.acquire': 'so acquire() returns False',
  'Queue.get': 'so get() raises queue.Empty',
  'Queue.put': 'so put() raises queue.Full',
  select: 'so the loop runs the timers now due',
};

/**
 * "fut3 finished on ThreadPoolExecutor-0_2 (set_result), so as_completed() wakes MainThread."
 * `begin` is the wait it ends (for what it waited on), or null if the trace lacks it.
 */
export function narrateWaitEnd(
  trace: Trace,
  e: EventOf<'wait.end'>,
  begin: EventOf<'wait.begin'> | null,
  names: WaitNames,
): string {
  const th = e.thread;
  const on = begin?.on ?? '';
  const call = begin ? waitCallText(begin) : `${e.call}()`;
  if (e.reason === 'timeout') {
    if (e.call === 'result' || e.call === 'exception')
      return `${th} stops waiting for ${on}: the timeout has passed, ${ON_TIMEOUT[e.call]}.`;
    if (e.call === 'select')
      return `The next timer of the event loop on ${th} is due, so the loop runs it.`;
    if (e.call === 'join')
      return `${th} stops waiting for ${on}: join()'s timeout has passed, and ${on} is still running.`;
    return `${th} stops waiting in ${call}: the timeout has passed, ${ON_TIMEOUT[e.call]}.`;
  }
  const cause = e.cause;
  if (cause === null) return `${th} wakes up in ${call} and carries on.`;
  const waker = cause.thread;
  const by = eventAt(trace, cause.seq);
  if (by?.type === 'future.state') {
    const fut = names.future(by.future);
    const what =
      cause.by === 'cancel' || by.to.startsWith('CANCELLED')
        ? `${fut} was cancelled on ${waker} (cancel)`
        : by.outcome?.kind === 'exception'
          ? `${fut} raised ${by.outcome.type} on ${waker} (set_exception)`
          : `${fut} finished on ${waker} (set_result)`;
    const effect = futureWakeEffect(e.call, by);
    return effect ? `${what}, so ${call} ${effect} on ${th}.` : `${what}, so ${call} wakes ${th}.`;
  }
  const method = `${on}.${cause.by.replace(/^[A-Z]\w*\./, '')}`;
  switch (cause.by) {
    case 'thread end':
      if (e.call !== 'shutdown') return `${waker} has finished, so ${call} returns on ${th}.`;
      return lastToFinish(trace, `${on}_`, e.seq) === waker
        ? `${waker}, the pool's last worker, has finished, so ${call} returns on ${th}.`
        : `${waker} has finished, and so have the pool's other workers, so ${call} returns on ${th}.`;
    case 'submit()': {
      const job = by?.type === 'executor.submit' ? names.future(by.future) : 'a job';
      return `${waker}'s submit() puts ${job} in the queue, so ${th} wakes up to take it.`;
    }
    case 'shutdown()':
      // CPython's exiting worker wakes the next idle one (it puts the wake-up back in the queue).
      if (waker.startsWith(`${on}_`))
        return `${waker} passes the shutdown on as it exits, so ${th} wakes up, finds no more work and exits.`;
      return `${waker} called shutdown(), so ${th} wakes up, finds no more work and exits.`;
    case 'release()':
      return `${waker} called ${method}, so ${th} acquires ${on} and carries on.`;
    case 'put()':
      return `${waker} called ${method}, so ${th} gets the item and carries on.`;
    case 'get()':
      return `${waker} called ${method}, so there is room and ${th} puts its item.`;
    case 'Event.set()':
    case 'notify()':
    case 'notify_all()':
      return `${waker} called ${method}, so ${th} wakes up.`;
    case 'call_soon_threadsafe()':
      return `${waker} called call_soon_threadsafe(), so the event loop on ${th} wakes up.`;
    default:
      return `${waker}'s ${cause.by} wakes ${th} from ${call}.`;
  }
}

/** The thread named `prefix…` that finished last before event `before`, if any. */
function lastToFinish(trace: Trace, prefix: string, before: number): string | undefined {
  return trace.events.findLast(
    (x) => x.seq < before && x.type === 'thread.finish' && x.thread.startsWith(prefix),
  )?.thread;
}

/** What result()/exception() do once woken by a completion; null for the other calls. */
function futureWakeEffect(call: WaitCall, by: EventOf<'future.state'>): string | null {
  if (call !== 'result' && call !== 'exception') return null;
  if (by.to.startsWith('CANCELLED')) return 'raises CancelledError';
  const raised = by.outcome?.kind === 'exception';
  if (call === 'result') return raised ? 'raises it' : 'returns the result';
  return raised ? 'returns the exception' : 'returns None';
}

/**
 * `work(3)` for `executor.submit(work, 3)` on the submit's line; `work(…)` when the line does
 * not show the call (its arguments are unknown then, not absent).
 */
export function submittedCall(trace: Trace, e: EventOf<'executor.submit'>): string {
  if (e.fn.includes('(')) return e.fn;
  const unknown = `${e.fn}(…)`;
  const statement = statementAt(trace, e.line);
  const at = statement.indexOf('submit(');
  if (at < 0) return unknown;
  let depth = 0;
  let args = '';
  for (const ch of statement.slice(at + 'submit('.length)) {
    if (ch === ')' && depth === 0) break;
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    args += ch === '\n' ? ' ' : ch;
  }
  const [fn, ...rest] = splitTopLevel(args);
  if (fn?.trim().split('.').at(-1) !== e.fn) return unknown;
  return `${e.fn}(${rest.map((a) => a.trim()).join(', ')})`;
}

/** Splits call arguments at their top-level commas. */
function splitTopLevel(args: string): string[] {
  const parts = [''];
  let depth = 0;
  for (const ch of args) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) parts.push('');
    else parts[parts.length - 1] += ch;
  }
  return parts;
}
