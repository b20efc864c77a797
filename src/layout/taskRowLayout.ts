/**
 * An asyncio Task's lane at a moment: its parts (scheduled, running on the loop's thread,
 * awaiting something) clipped at the playhead and the window, a mark where it was created and
 * where its coroutine ended, and in-part words placed without collisions. A suspended task is
 * drawn as what it is — a coroutine parked at an `await`, which no thread waits for.
 */
import type { Axis } from './axis';
import { placeLabels, type Interval, type LabelRequest, type PlacedLabel } from './labels';
import type { TaskLane, TaskPart } from './loopModel';
import { MIN_PART_PX } from './threadRowLayout';

export interface TaskPartBox extends Interval {
  part: TaskPart;
  /** Its words and times, for its tooltip. */
  title: string;
}

export interface TaskRowLayout {
  parts: TaskPartBox[];
  /** Where its coroutine returned or raised, when that is on screen by `t`. */
  doneX: number | null;
  labels: PlacedLabel[];
}

/** The glyph that tells a part's kind without colour. */
export const TASK_PART_GLYPH: Record<TaskPart['kind'], string> = {
  scheduled: '☰',
  running: '▇',
  awaiting: '‖',
};

/**
 * The lane of `task` at `t` on `axis`.
 *
 * @example layoutTaskRow(model.tasks[1], fromSeconds(0.5), axis, 7).labels[0].text; // '‖ awaiting fut'
 */
export function layoutTaskRow(
  task: TaskLane,
  t: number,
  axis: Axis,
  charPx: number,
): TaskRowLayout {
  const parts: TaskPartBox[] = [];
  const requests: (LabelRequest & { at: number })[] = [];
  for (const part of task.parts) {
    if (part.start > t) break;
    const lo = axis.x(part.start);
    const hi = axis.x(Math.min(part.end, t));
    if (hi < -MIN_PART_PX || lo > axis.width + MIN_PART_PX) continue;
    const x = Math.max(lo, -MIN_PART_PX);
    const w = Math.max(Math.min(hi, axis.width + MIN_PART_PX) - x, MIN_PART_PX);
    const b = { x, w };
    parts.push({ ...b, part, title: part.label });
    if (part.kind !== 'running')
      requests.push({
        key: `k${part.start}`,
        full: `${TASK_PART_GLYPH[part.kind]} ${part.label}`,
        at: part.start,
        anchor: b,
        mode: 'inside',
        within: { x: b.x + 2, w: b.w - 4 },
      });
  }
  const doneX = task.done !== null && task.done <= t ? axis.x(task.done) : null;
  requests.sort((a, b) => b.at - a.at);
  return {
    parts,
    doneX: doneX !== null && doneX >= 0 && doneX <= axis.width ? doneX : null,
    labels: placeLabels(requests, [], axis.width, charPx),
  };
}
