/**
 * asyncio's process-wide state for one simulation: the counters CPython keeps module-wide
 * (`Task-N` names, shared by every loop), the trace's loop/handle/task numbers, and which loop
 * runs on, or is set for, each thread. Kept beside the SimContext (a WeakMap), not in it, so
 * threaded programs pay nothing for asyncio.
 *
 * @example
 *   const st = asyncioState(ctx); st.nextTaskName++ // 'Task-1' for the first task
 */
import type { SimContext } from '../context';
import type { SimThread } from '../thread';
import type { PyEventLoop } from './loop';

export interface AsyncioState {
  nextLoopId: number;
  nextHandleId: number;
  nextTaskId: number;
  /** `tasks._task_name_counter`: one count for the whole process, from 1. */
  nextTaskName: number;
  /** `events._get_running_loop()` per thread. */
  running: Map<SimThread, PyEventLoop>;
  /** `set_event_loop()` per thread (the policy's current loop). */
  current: Map<SimThread, PyEventLoop | null>;
}

const STATES = new WeakMap<SimContext, AsyncioState>();

export function asyncioState(ctx: SimContext): AsyncioState {
  let st = STATES.get(ctx);
  if (!st) {
    st = {
      nextLoopId: 1,
      nextHandleId: 1,
      nextTaskId: 1,
      nextTaskName: 1,
      running: new Map(),
      current: new Map(),
    };
    STATES.set(ctx, st);
  }
  return st;
}
