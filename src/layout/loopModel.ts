/**
 * asyncio as the timeline draws it, from the trace alone (issue 17): each event loop's turns
 * and the handles it runs (a callback, a task's step) on its thread's lane, and each Task's
 * life as a lane of its own — scheduled, running on the loop's thread, awaiting something —
 * from its `task.create` to its `task.done`. Derived once per trace, so the live view, the
 * exports and the playground's traces all draw the same picture.
 *
 * @example
 *   const model = loopModelOf(trace);
 *   model.byThread.get('MainThread')?.turns.length; // 7
 *   model.tasks[1]?.name;                           // 'Task-2 · fetch_square(2)'
 */
import type {
  CallbackId,
  EventOf,
  FutureId,
  HandleId,
  HandleVia,
  LoopId,
  TaskId,
  ThreadName,
  Trace,
  VirtualUs,
} from '../core/trace';
import { traceIndex } from '../core/traceIndex';

/** One turn of a loop (`_run_once` with something ready): it starts at `t`. */
export interface LoopTurn {
  turn: number;
  t: VirtualUs;
  seq: number;
  /** How many handles were ready at its start. */
  ready: number;
}

/** A handle the loop ran: from its `handle.run` until the loop moves on. */
export interface LoopStep {
  handle: HandleId;
  turn: number;
  start: VirtualUs;
  end: VirtualUs;
  /** The `handle.run` event. */
  seq: number;
  via: HandleVia;
  /** What the lane says: `main() step`, `on_done_future`, `Future.set_result`. */
  label: string;
  task: TaskId | null;
  future: FutureId | null;
  callback: CallbackId | null;
}

/** One event loop: the thread it runs on, its turns and the handles it ran. */
export interface LoopLane {
  loop: LoopId;
  thread: ThreadName;
  turns: LoopTurn[];
  steps: LoopStep[];
}

/** What a task is doing during a part of its life. */
export type TaskPartKind = 'scheduled' | 'running' | 'awaiting';

export interface TaskPart {
  kind: TaskPartKind;
  start: VirtualUs;
  end: VirtualUs;
  /** "scheduled: starts on a later turn", "running on MainThread", "awaiting fut". */
  label: string;
}

/** One Task's lane: grouped under its loop's thread, not a thread of its own. */
export interface TaskLane {
  task: TaskId;
  /** `Task-2 · fetch_square(2)`. */
  name: string;
  coro: string;
  future: FutureId;
  /** The thread of the loop that runs it. */
  thread: ThreadName;
  created: VirtualUs;
  /** When its coroutine returned or raised; null while it never did. */
  done: VirtualUs | null;
  parts: TaskPart[];
}

export interface LoopModel {
  loops: LoopLane[];
  /** A loop by the thread it runs on. */
  byThread: ReadonlyMap<ThreadName, LoopLane>;
  tasks: TaskLane[];
  /** Every handle's `handle.schedule`, by handle. */
  schedules: ReadonlyMap<HandleId, EventOf<'handle.schedule'>>;
}

/** The trace's loops and tasks, from its index (computed once per trace). */
export const loopModelOf = (trace: Trace): LoopModel => traceIndex(trace).derive(loopModel);

/** The events after which the loop's thread is no longer running the step it was. */
const STEP_ENDS = new Set(['handle.run', 'loop.turn', 'wait.begin', 'loop.close', 'thread.finish']);

function loopModel(trace: Trace): LoopModel {
  const loops = new Map<LoopId, LoopLane>();
  const byThread = new Map<ThreadName, LoopLane>();
  const schedules = new Map<HandleId, EventOf<'handle.schedule'>>();
  const tasks = new Map<TaskId, TaskLane & { open: Omit<TaskPart, 'end'> | null }>();
  const openStep = new Map<ThreadName, LoopStep>();
  const close = (task: TaskLane & { open: Omit<TaskPart, 'end'> | null }, t: VirtualUs) => {
    // A part no time long says nothing, except a step: the task did run, however briefly.
    if (task.open && (t > task.open.start || task.open.kind === 'running'))
      task.parts.push({ ...task.open, end: t });
    task.open = null;
  };
  const open = (id: TaskId, t: VirtualUs, kind: TaskPartKind, label: string) => {
    const task = tasks.get(id);
    if (!task) return;
    close(task, t);
    task.open = { kind, start: t, label };
  };
  for (const e of trace.events) {
    const step = openStep.get(e.thread);
    if (step && STEP_ENDS.has(e.type)) {
      step.end = e.t;
      openStep.delete(e.thread);
    }
    switch (e.type) {
      case 'loop.start': {
        const lane: LoopLane = { loop: e.loop, thread: e.thread, turns: [], steps: [] };
        loops.set(e.loop, lane);
        byThread.set(e.thread, lane);
        break;
      }
      case 'loop.turn':
        loops.get(e.loop)?.turns.push({ turn: e.turn, t: e.t, seq: e.seq, ready: e.ready.length });
        break;
      case 'handle.schedule':
        schedules.set(e.handle, e);
        // The wakeup of a task awaiting something (its first step is scheduled at its creation).
        if (
          e.via === 'task-step' &&
          e.task !== undefined &&
          tasks.get(e.task)?.open?.kind === 'awaiting'
        )
          open(e.task, e.t, 'scheduled', 'scheduled: resumes on a later turn');
        break;
      case 'handle.run': {
        const lane = loops.get(e.loop);
        const s = schedules.get(e.handle);
        if (!lane) break;
        const task = s?.task !== undefined ? tasks.get(s.task) : undefined;
        const run: LoopStep = {
          handle: e.handle,
          turn: e.turn,
          start: e.t,
          end: trace.end,
          seq: e.seq,
          via: s?.via ?? 'call_soon',
          label: task ? `${task.coro} step` : (s?.fn ?? 'callback'),
          task: s?.task ?? null,
          future: s?.future ?? null,
          callback: s?.callback ?? null,
        };
        lane.steps.push(run);
        openStep.set(e.thread, run);
        break;
      }
      case 'task.create':
        tasks.set(e.task, {
          task: e.task,
          name: `${e.name} · ${e.coro}`,
          coro: e.coro,
          future: e.future,
          thread: e.thread,
          created: e.t,
          done: null,
          parts: [],
          open: { kind: 'scheduled', start: e.t, label: 'scheduled: starts on a later turn' },
        });
        break;
      case 'task.step':
        open(e.task, e.t, 'running', `running on ${e.thread}`);
        break;
      case 'task.suspend':
        open(e.task, e.t, 'awaiting', `awaiting ${e.on}`);
        break;
      case 'task.done': {
        const task = tasks.get(e.task);
        if (!task) break;
        close(task, e.t);
        task.done = e.t;
        break;
      }
    }
  }
  for (const task of tasks.values()) close(task, trace.end);
  const laneOfTask = [...tasks.values()].map(({ open: _open, ...task }) => task);
  return { loops: [...loops.values()], byThread, tasks: laneOfTask, schedules };
}

/**
 * What a task is doing at `t`, in words: its lane's status and screen-reader text.
 *
 * @example taskActivity(model.tasks[1], fromSeconds(0.5)); // 'awaiting fut'
 */
export function taskActivity(task: TaskLane, t: number): string {
  if (t < task.created) return 'not created yet';
  if (task.done !== null && t >= task.done) return 'done';
  const part = task.parts.find((p) => p.start <= t && t < p.end) ?? task.parts.at(-1);
  return part?.label ?? 'scheduled: starts on a later turn';
}

/**
 * The loop's turn at `t` on its lane, or null before its first: the last turn begun by then.
 *
 * @example turnAt(loop, fromSeconds(1))?.turn; // 5
 */
export function turnAt(loop: LoopLane, t: number): LoopTurn | null {
  let found: LoopTurn | null = null;
  for (const turn of loop.turns) {
    if (turn.t > t) break;
    found = turn;
  }
  return found;
}

/**
 * The step the loop is running at `t`, if any.
 *
 * @example stepAt(loop, fromSeconds(1))?.label; // 'on_done_future'
 */
export function stepAt(loop: LoopLane, t: number): LoopStep | null {
  for (const s of loop.steps) if (s.start <= t && t < s.end) return s;
  return null;
}
