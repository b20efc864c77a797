/**
 * `threading.Event`: a flag threads can wait on, in virtual time.
 *
 * @example
 *   const gate = py.Event();
 *   yield* gate.wait();   // parks until another thread calls gate.set()
 */
import type { PyObject } from './pyvalue';
import type { SimContext } from './context';
import type { Gen } from './thread';
import { SimThread } from './thread';
import { park } from './scheduler';
import { fromSeconds } from './trace';
import { beginWait, endWait } from './blocking';

export class PyEvent implements PyObject {
  readonly pyType = 'Event';
  private flag = false;
  private readonly waiters: SimThread[] = [];
  /** `hex(id(event))`: taken once, when the object is made, as CPython allocates it then. */
  private readonly hexAddress: string;
  constructor(
    private readonly ctx: SimContext,
    readonly varName = 'event',
  ) {
    this.hexAddress = `0x${ctx.objectAddress().toString(16)}`;
  }

  is_set(): boolean {
    return this.flag;
  }

  /** Sets the flag and wakes every waiting thread. */
  // eslint-disable-next-line require-yield -- uniform generator API; never parks
  *set(): Gen {
    this.ctx.callOp('set');
    this.flag = true;
    if (this.waiters.length === 0) return;
    const cause = this.ctx.sched.causeNow('Event.set()');
    for (const w of this.waiters.splice(0)) this.ctx.sched.wake(w, cause);
  }

  clear(): void {
    this.flag = false;
  }

  /** Waits until the flag is set or `timeout` seconds pass; returns the flag. */
  *wait(timeout: number | null = null): Gen<boolean> {
    this.ctx.callOp('wait');
    if (this.flag || (timeout !== null && timeout <= 0)) return this.flag;
    const { sched } = this.ctx;
    const me = sched.current;
    me.waitingFor = { future: null, what: `Event.wait() on ${this.varName}` };
    this.waiters.push(me);
    const until = timeout === null ? null : sched.now + fromSeconds(timeout);
    beginWait(this.ctx, { call: 'Event.wait', on: this.varName, futures: [] }, until);
    const wake = yield* park(until);
    endWait(this.ctx, 'Event.wait', wake === 'woken');
    me.waitingFor = null;
    const i = this.waiters.indexOf(me);
    if (i >= 0) this.waiters.splice(i, 1);
    return this.flag;
  }

  /** `<threading.Event at 0x…: unset>`; before 3.11 Event had no repr of its own. */
  pyRepr(): string {
    if (this.ctx.opts.version.n < 11) return `<threading.Event object at ${this.hexAddress}>`;
    return `<threading.Event at ${this.hexAddress}: ${this.flag ? 'set' : 'unset'}>`;
  }
}
