/**
 * The hot trace events, each built as one object literal with its final key order: one
 * allocation per event and one hidden class per event type, where `Scheduler.emit`'s spread
 * costs a body object plus a copy. The JSON is the same as `emit` writes (seq, t, thread,
 * line, then the body's keys in the order trace.ts lists them).
 *
 * @example
 *   emitTimerFire(ctx.sched, timer.id); // { seq, t, thread, line, type: 'timer.fire', timer }
 */
import type { Scheduler } from './scheduler';
import type { SimThread } from './thread';
import type {
  CallbackId,
  FutureId,
  FutureState,
  Outcome,
  ThreadName,
  TimerId,
  VirtualUs,
} from './trace';

/** `future.create` on the current thread. */
export function emitFutureCreate(
  s: Scheduler,
  future: FutureId,
  name: string,
  address: string,
  repr: string,
): void {
  const th = s.current;
  s.events.push({
    seq: s.seq(),
    t: s.now as VirtualUs,
    thread: th.name,
    line: th.line,
    type: 'future.create',
    future,
    name,
    address,
    repr,
  });
}

/** `future.state` on the current thread. */
export function emitFutureState(
  s: Scheduler,
  future: FutureId,
  from: FutureState,
  to: FutureState,
  repr: string,
  outcome: Outcome | null,
): void {
  const th = s.current;
  s.events.push({
    seq: s.seq(),
    t: s.now as VirtualUs,
    thread: th.name,
    line: th.line,
    type: 'future.state',
    future,
    from,
    to,
    repr,
    outcome,
  });
}

/** `callback.add` on the current thread. */
export function emitCallbackAdd(
  s: Scheduler,
  future: FutureId,
  callback: CallbackId,
  name: string,
  immediate: boolean,
): void {
  const th = s.current;
  s.events.push({
    seq: s.seq(),
    t: s.now as VirtualUs,
    thread: th.name,
    line: th.line,
    type: 'callback.add',
    future,
    callback,
    name,
    immediate,
  });
}

/** `callback.invoke` / `callback.return` on the current thread (one shape for both). */
export function emitCallbackStep(
  s: Scheduler,
  type: 'callback.invoke' | 'callback.return',
  future: FutureId,
  callback: CallbackId,
): void {
  const th = s.current;
  s.events.push({
    seq: s.seq(),
    t: s.now as VirtualUs,
    thread: th.name,
    line: th.line,
    type,
    future,
    callback,
  });
}

/** `timer.create` on the current thread. */
export function emitTimerCreate(
  s: Scheduler,
  timer: TimerId,
  threadName: ThreadName,
  interval: VirtualUs,
  fn: string,
): void {
  const th = s.current;
  s.events.push({
    seq: s.seq(),
    t: s.now as VirtualUs,
    thread: th.name,
    line: th.line,
    type: 'timer.create',
    timer,
    threadName,
    interval,
    function: fn,
  });
}

/** `timer.start` on the current thread. */
export function emitTimerStart(s: Scheduler, timer: TimerId, due: VirtualUs): void {
  const th = s.current;
  s.events.push({
    seq: s.seq(),
    t: s.now as VirtualUs,
    thread: th.name,
    line: th.line,
    type: 'timer.start',
    timer,
    due,
  });
}

/** `timer.fire` on the current thread. */
export function emitTimerFire(s: Scheduler, timer: TimerId): void {
  const th = s.current;
  s.events.push({
    seq: s.seq(),
    t: s.now as VirtualUs,
    thread: th.name,
    line: th.line,
    type: 'timer.fire',
    timer,
  });
}

/** `thread.start` of a Timer's thread (on that thread). */
export function emitTimerThreadStart(
  s: Scheduler,
  thread: SimThread,
  daemon: boolean,
  timer: TimerId,
): void {
  s.events.push({
    seq: s.seq(),
    t: s.now as VirtualUs,
    thread: thread.name,
    line: thread.line,
    type: 'thread.start',
    kind: 'timer',
    daemon,
    timer,
  });
}

/** A Timer's `thread.sleep` on the current thread (its interval's wait). */
export function emitTimerSleep(s: Scheduler, until: VirtualUs, timer: TimerId): void {
  const th = s.current;
  s.events.push({
    seq: s.seq(),
    t: s.now as VirtualUs,
    thread: th.name,
    line: th.line,
    type: 'thread.sleep',
    until,
    reason: 'timer',
    timer,
  });
}

/** `thread.finish` on `thread`. */
export function emitThreadFinish(s: Scheduler, thread: SimThread): void {
  s.events.push({
    seq: s.seq(),
    t: s.now as VirtualUs,
    thread: thread.name,
    line: thread.line,
    type: 'thread.finish',
  });
}

/** `stdout` / `stderr` text on the current thread (one shape for both). */
export function emitStream(s: Scheduler, type: 'stdout' | 'stderr', text: string): void {
  const th = s.current;
  s.events.push({
    seq: s.seq(),
    t: s.now as VirtualUs,
    thread: th.name,
    line: th.line,
    type,
    text,
  });
}
