/**
 * asyncio's `Handle` and `TimerHandle`: a callback and its arguments waiting in a loop's ready
 * queue or timer heap. `cancel()` keeps it from running; the loop skips it (in the ready
 * queue) or drops it (at the head of the heap).
 *
 * @example
 *   const h = yield* loop.call_later(5.0, fut.method('set_result'), [4n]);
 *   h.pyRepr(); // '<TimerHandle when=5.001 Future.set_result(4)>'
 */
import type { PyObject, PyValue } from '../pyvalue';
import type { PyCallable } from '../callable';
import type { Gen } from '../thread';
import { finished } from '../thread';
import { floatRepr } from '../pyfloat';
import type { PyEventLoop } from './loop';
import { callbackSource } from './callbackText';

export class AsyncHandle implements PyObject {
  cancelled = false;
  /** The loop has run it: a later cancel() changes nothing and is not told. */
  ran = false;
  readonly pyType: 'Handle' | 'TimerHandle';

  constructor(
    readonly loop: PyEventLoop,
    /** The trace's `HandleId`. */
    readonly id: number,
    readonly fn: PyCallable,
    readonly args: readonly PyValue[],
    /** Virtual µs when it is due (a TimerHandle), or null for the ready queue. */
    readonly due: number | null,
    /** What running it does (calls `fn`, or steps a task, or runs a done-callback). */
    readonly body: () => Gen,
  ) {
    this.pyType = due === null ? 'Handle' : 'TimerHandle';
  }

  /** `TimerHandle.when()`: the loop time it is due, as a float. */
  when(): number {
    return (this.due ?? 0) / 1_000_000;
  }

  pyRepr(): string {
    const info: string[] = [this.pyType];
    if (this.due !== null) info.push(`when=${floatRepr(this.when())}`);
    if (this.cancelled) info.splice(1, 0, 'cancelled');
    // cancel() drops the callback (outside debug mode): a cancelled handle names none.
    if (this.cancelled) return `<${info.join(' ')}>`;
    // 3.13 prints a handle's arguments only in debug mode.
    const args = this.loop.ctx.opts.version.n >= 13 ? [] : this.args;
    info.push(callbackSource(this.loop.ctx, this.fn, args));
    return `<${info.join(' ')}>`;
  }

  /** `handle.cancel()`: it will not run (told once in the trace). */
  cancel(): Gen<null> {
    this.cancelNow();
    return finished(null);
  }

  /** cancel() for the library's own use. */
  cancelNow(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    if (this.ran) return;
    this.loop.ctx.sched.emit({ type: 'handle.cancel', loop: this.loop.id, handle: this.id });
  }

  cancelledNow(): boolean {
    return this.cancelled;
  }
}
