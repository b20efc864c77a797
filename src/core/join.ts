/**
 * `Thread.join(timeout=None)` for any simulated thread, and the report `threading.excepthook`
 * prints when an exception escapes a thread's function.
 *
 * @example
 *   yield* joinThread(ctx, timer.thread, null);
 */
import type { SimContext } from './context';
import type { Gen, SimThread } from './thread';
import { park } from './scheduler';
import { EXC, PyException } from './exceptions';
import { fromSeconds } from './trace';
import { beginWait, endWait } from './blocking';

/** Waits until `t` ends, or `timeout` seconds pass. */
export function* joinThread(ctx: SimContext, t: SimThread, timeout: number | null): Gen {
  ctx.callOp('join');
  if (!t.started) ctx.raise(EXC.RuntimeError.call('cannot join thread before it is started'));
  if (t.finished || (timeout !== null && timeout <= 0)) return;
  const me = ctx.sched.current;
  const until = timeout === null ? null : ctx.sched.now + fromSeconds(timeout);
  beginWait(ctx, { call: 'join', on: t.name, futures: [] }, until);
  me.waitingFor = { future: null, what: `join() on ${t.name}` };
  t.joiners.push(me);
  const wake = yield* park(until);
  me.waitingFor = null;
  const i = t.joiners.indexOf(me);
  if (i >= 0) t.joiners.splice(i, 1);
  endWait(ctx, 'join', wake === 'woken');
}

/** threading.excepthook: SystemExit ends the thread silently, anything else is reported (T-7). */
export function reportThreadException(ctx: SimContext, name: string, e: unknown): void {
  if (!(e instanceof PyException)) throw e;
  if (e.is(EXC.SystemExit)) return;
  ctx.sched.emit({ type: 'stderr', text: `Exception in thread ${name}:\n${ctx.traceback(e, 0)}` });
}
