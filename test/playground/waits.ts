/**
 * Reads a trace's waits: each wait.begin paired with its thread's next wait.end, and the
 * rules every wait keeps (a waiting thread runs no line; a wake names a real event).
 *
 * @example
 *   const [w] = waitsOf(events, 'Event.wait');
 *   expect(w?.end.cause?.by).toBe('Event.set()');
 */
import type { EventOf, TraceEvent, WaitCall } from '../../src/core/trace';
import { runProgram } from '../../src/playground/session';
import { playgroundPython } from './pyodide';

export interface WaitPair {
  begin: EventOf<'wait.begin'>;
  end: EventOf<'wait.end'>;
}

/** Runs a program on Pyodide and returns its events (a failed run fails the test). */
export async function eventsOf(source: string): Promise<TraceEvent[]> {
  const outcome = await runProgram(await playgroundPython(), source);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.trace.events;
}

/** Every wait of the trace (of one call, if given), in the order they begin. */
export function waitsOf(events: readonly TraceEvent[], call?: WaitCall): WaitPair[] {
  const pairs: WaitPair[] = [];
  events.forEach((begin, i) => {
    if (begin.type !== 'wait.begin' || (call && begin.call !== call)) return;
    const end = events
      .slice(i + 1)
      .find((e): e is EventOf<'wait.end'> => e.type === 'wait.end' && e.thread === begin.thread);
    if (!end) throw new Error(`wait.begin #${begin.seq} never ends`);
    pairs.push({ begin, end });
  });
  return pairs;
}

/** The event a cause points at, as `type on thread`. */
export function causeEvent(events: readonly TraceEvent[], pair: WaitPair): string | null {
  const cause = pair.end.cause;
  if (!cause) return null;
  const e = events[cause.seq];
  return e ? `${e.type} on ${e.thread}` : `no event #${cause.seq}`;
}

/**
 * What must hold for every wait: one end per begin with the same call, no wait begun
 * inside another on the same thread, no `line` of the waiting thread strictly inside its
 * wait, a woken wait names a cause that happened before on the waker's thread and a
 * timed-out one none. Returns the broken rules (empty when all hold).
 */
export function brokenWaitRules(events: readonly TraceEvent[]): string[] {
  const broken: string[] = [];
  const open = new Map<string, EventOf<'wait.begin'>>();
  for (const e of events) {
    const begun = open.get(e.thread);
    if (e.type === 'wait.begin') {
      if (begun) broken.push(`#${e.seq} begins inside #${begun.seq}`);
      open.set(e.thread, e);
    } else if (e.type === 'wait.end') {
      if (!begun) broken.push(`#${e.seq} ends no wait`);
      else if (begun.call !== e.call) broken.push(`#${e.seq} ends a ${begun.call} wait`);
      open.delete(e.thread);
      broken.push(...brokenCause(events, e));
    } else if (e.type === 'line' && begun) {
      broken.push(`line #${e.seq} runs inside wait #${begun.seq}`);
    }
  }
  return broken;
}

function brokenCause(events: readonly TraceEvent[], end: EventOf<'wait.end'>): string[] {
  const { cause, reason, seq } = end;
  if (reason === 'timeout') return cause === null ? [] : [`#${seq} timed out with a cause`];
  if (!cause) return [`#${seq} woken without a cause`];
  const waker = events[cause.seq];
  if (!waker || cause.seq >= seq) return [`#${seq} names a cause that is not before it`];
  return waker.thread === cause.thread ? [] : [`#${seq}'s cause is not on ${cause.thread}`];
}
