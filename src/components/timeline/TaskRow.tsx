import { memo, useMemo } from 'react';
import type { Axis } from '../../layout/axis';
import { taskActivity, type TaskLane } from '../../layout/loopModel';
import { layoutTaskRow } from '../../layout/taskRowLayout';
import { threadColor } from '../threadColor';
import { LaneLabel } from './LaneLabel';
import './loop.css';

/**
 * An asyncio Task's lane, under the lane of the thread its loop runs on: named
 * "Task-2 · fetch_square(2)", not a thread. Dashed while scheduled, solid while the loop's thread
 * runs its step, an outline marked ‖ while it is suspended at an `await` (no thread waits then),
 * ending at its coroutine's return with ●. Its status says which ("awaiting fut").
 *
 * @example <TaskRow task={loopModelOf(trace).tasks[1]} t={t} axis={axis} top={86} charPx={7} slot={0} />
 */
export const TaskRow = memo(function TaskRow(props: {
  task: TaskLane;
  t: number;
  axis: Axis;
  top: number;
  charPx: number;
  /** The colour slot of the thread that runs it. */
  slot: number;
}) {
  const { task, t, axis, charPx } = props;
  const layout = useMemo(() => layoutTaskRow(task, t, axis, charPx), [task, t, axis, charPx]);
  const activity = taskActivity(task, t);
  return (
    <li
      className="tl-row tl-task"
      style={{ '--lane-color': threadColor(props.slot), top: props.top } as React.CSSProperties}
      data-task={task.task}
    >
      <div className="tl-label">
        <span
          className="tl-name"
          title={`${task.name}: an asyncio task on ${task.thread}'s event loop`}
        >
          <span aria-hidden="true">↳ </span>
          <span className="tl-name-text">{task.name}</span>
          <span className="sr-only">, a task on {task.thread}&apos;s event loop</span>
        </span>
        <span className="tl-activity">{activity}</span>
      </div>
      <div className="tl-track">
        {layout.parts.map((p) => (
          <div
            key={p.part.start}
            className={`tl-seg task-${p.part.kind}`}
            style={{ left: p.x, width: p.w }}
            title={p.title}
          />
        ))}
        {layout.doneX !== null && (
          <span className="tl-task-done" style={{ left: layout.doneX }} aria-hidden="true">
            ●
          </span>
        )}
        {layout.labels.map((label) => (
          <LaneLabel key={label.key} label={label} className="tl-seg-text" />
        ))}
      </div>
    </li>
  );
});
