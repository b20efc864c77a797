/**
 * The trace's one family for every blocking call: `wait.begin` when a thread blocks, `wait.end`
 * when it carries on, naming who woke it (the first wake since it last parked) or the timeout.
 * A call that does not block emits neither.
 *
 * @example
 *   beginWait(ctx, { call: 'result', on: 'fut2', futures: [2] }, until);
 *   const wake = yield* park(until);
 *   endWait(ctx, 'result', wake === 'woken');
 */
import type { SimContext } from './context';
import type { FutureId, WaitCall } from './trace';
import { us } from './trace';

export interface WaitOn {
  call: WaitCall;
  on: string;
  futures: readonly FutureId[];
}

export function beginWait(ctx: SimContext, what: WaitOn, until: number | null): void {
  ctx.sched.emit({
    type: 'wait.begin',
    call: what.call,
    on: what.on,
    futures: [...what.futures],
    until: until === null ? null : us(until),
  });
}

export function endWait(ctx: SimContext, call: WaitCall, woken: boolean): void {
  const me = ctx.sched.current;
  ctx.sched.emit({
    type: 'wait.end',
    call,
    reason: woken ? 'woken' : 'timeout',
    cause: woken ? me.wokenBy : null,
  });
}
