import { memo } from 'react';
import type { CauseArrow } from '../../layout/causeArrows';
import { arrowPath } from '../../layout/arrowPath';
import { arrowTags } from '../../layout/arrowTags';
import type { Axis } from '../../layout/axis';
import type { Interval } from '../../layout/labels';
import './arrows.css';
import './loop.css';

/**
 * The cause arrows of this moment, drawn over the thread lanes: from the waker's lane at the
 * time it acted to the woken (or called back, or handed a job) lane at the time it took effect.
 * A callback run by a completion starts at the future's own mark (its lane, below the threads'):
 * its set_result is on the very lane it runs on, where an arrow could only be a hook, while
 * "this future finished, so this callback ran here" reads from the future to the thread.
 * Each is an image named by its sentence; a dot marks the cause and an arrowhead the effect, in
 * the text colour with a halo of the background, so they read in both themes and on any lane.
 * Unless the reader prefers reduced motion, each draws in from its cause once, when it appears.
 * asyncio's arrows say they are not immediate: `schedule` ends at the loop's queue ("☰ queued"),
 * and `scheduled`, from the queue to the later turn that runs it, is dashed ("☰ scheduled").
 *
 * @example <CauseArrows arrows={arrowsAt(arrowsOf(trace), trace, t)} rowOf={rowOf} futureRowOf={futureRowOf} rows={7} rowPx={43} axis={axis} />
 */
export const CauseArrows = memo(function CauseArrows({
  arrows,
  rowOf,
  futureRowOf,
  rows,
  rowPx,
  axis,
  marksOf,
}: {
  arrows: readonly CauseArrow[];
  /** Thread name → its row, from 0 (a folded worker's is its group's). */
  rowOf: ReadonlyMap<string, number>;
  /** Future id → its row (a folded future's is its group's). */
  futureRowOf: ReadonlyMap<number, number>;
  /** How many rows there are: the arrows' box is as tall as they are. */
  rows: number;
  rowPx: number;
  axis: Axis;
  /** A row's labels and marks, which an asyncio arrow's tag must not cover. */
  marksOf?: (row: number) => readonly Interval[];
}) {
  const pointAt = (row: number | undefined, t: number) =>
    row === undefined ? null : { x: axis.x(t), y: (row + 0.5) * rowPx };
  const sourceOf = (a: CauseArrow) =>
    a.kind === 'callback' && a.completes !== null
      ? pointAt(futureRowOf.get(a.completes), a.from.t)
      : pointAt(rowOf.get(a.from.thread), a.from.t);
  const shapes = arrows.map((a, i) => {
    const from = sourceOf(a);
    const to = pointAt(rowOf.get(a.to.thread), a.to.t);
    if (!from || !to) return null;
    // Arrows between the same two moments (at one instant, most are) bow out one by one.
    const nth = arrows.slice(0, i).filter((b) => b.from.t === a.from.t && b.to.t === a.to.t).length;
    return arrowPath(from, to, rowPx, nth);
  });
  const tagOf = new Map(
    arrowTags(arrows, shapes, { rowPx, width: axis.width, marksOf }).map((tag) => [tag.key, tag]),
  );
  return (
    <svg
      className="tl-arrows"
      width={axis.width}
      height={rows * rowPx}
      role={arrows.length > 0 ? 'group' : undefined}
      aria-label={arrows.length > 0 ? 'What caused this' : undefined}
      aria-hidden={arrows.length > 0 ? undefined : true}
    >
      {arrows.map((a, i) => {
        const shape = shapes[i];
        if (!shape) return null;
        return (
          <g key={a.key} className={`tl-arrow arrow-${a.kind}`} role="img" aria-label={a.sentence}>
            <path className="tl-arrow-halo" d={shape.d} pathLength={1} />
            <path className="tl-arrow-line" d={shape.d} pathLength={1} />
            <circle className="tl-arrow-cause" cx={shape.start.x} cy={shape.start.y} r={4} />
            <path
              className="tl-arrow-head"
              d="M 0 0 L -10 -5.5 L -10 5.5 Z"
              transform={`translate(${shape.end.x} ${shape.end.y}) rotate(${shape.angle})`}
            />
            {tagOf.has(a.key) && (
              <text className="tl-arrow-tag" x={tagOf.get(a.key)!.x} y={tagOf.get(a.key)!.y}>
                {tagOf.get(a.key)!.text}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
});
