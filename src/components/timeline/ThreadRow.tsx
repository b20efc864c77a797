import { memo, useMemo } from 'react';
import type { ThreadLane } from '../../store/selectors/threadSegments';
import type { ThreadInfo } from '../../store/selectors/threadsOf';
import { threadColor } from '../threadColor';
import { loopThreadActivity, threadActivity } from '../../layout/threadActivity';
import type { LoopLane } from '../../layout/loopModel';
import { FadeIn } from '../motion';
import type { Axis } from '../../layout/axis';
import { layoutThreadRow } from '../../layout/threadRowLayout';
import { LaneLabel } from './LaneLabel';
import { SegmentShapes } from './SegmentShapes';
import { isPathLook } from '../../layout/segmentPaths';
import { maskCountdown, maskText, type GateMask } from '../../predict/giveaway';
import type { PlacedLabel } from '../../layout/labels';
import { LoopMarks } from './LoopMarks';
import { useLaneProbe, type LaneProbeContext } from './laneProbe';

export { threadActivity };

/** A 2.7rem row at 16 px to the rem, for a lane drawn without a measured viewport. */
const GUESSED_ROW_PX = 43;

/**
 * One thread's lane, drawn from its layout (`layoutThreadRow`): running (solid), sleeping
 * (hatched, with a countdown), blocked (dotted), the callbacks it ran and what it printed,
 * clipped at the playhead, with labels that never overlap. Memoised: give it a `t` clamped to
 * the lane's span (`laneTime`) and it renders only while the lane changes.
 */
export const ThreadRow = memo(function ThreadRow(props: {
  lane: ThreadLane;
  info: ThreadInfo;
  t: number;
  axis: Axis;
  /** The row's top, in pixels of the lane list. */
  top: number;
  charPx: number;
  /** A row's height in px (as measured by useLaneViewport): boxes are drawn to it. */
  rowPx?: number;
  callbackLabel: (future: number, callback: number) => string;
  /** The last event shown when the playhead is at a step inside an instant, else null. */
  cut?: number | null;
  /** Hover and focus show a part's cause arrows (see laneProbe). */
  probe?: LaneProbeContext;
  /** The open Predict gate's mask: its countdowns (and lines it asks about) read "…". */
  mask?: GateMask | null;
  /** The asyncio event loop this thread runs, if any: its turns and steps join the lane. */
  loop?: LoopLane | null;
}) {
  const { lane, info, t, axis, callbackLabel, charPx } = props;
  const loop = props.loop ?? null;
  const probe = useLaneProbe(lane, t, props.probe);
  const mask = props.mask ?? null;
  const layout = useMemo(
    () => masked(layoutThreadRow(lane, t, axis, callbackLabel, charPx, loop), mask),
    [lane, t, axis, callbackLabel, charPx, loop, mask],
  );
  const activity = maskCountdown(
    mask,
    loopThreadActivity(lane, loop, t, props.cut ?? null, callbackLabel),
  );
  const callbackOf = new Map(layout.callbacks.map((c) => [`c${c.span.callback}`, c]));
  return (
    <li
      className="tl-row"
      style={{ '--lane-color': threadColor(info.slot), top: props.top } as React.CSSProperties}
    >
      <div className="tl-label">
        <span className="tl-name" title={lane.thread}>
          <span className="tl-swatch" aria-hidden="true" />
          <span className="tl-name-text">{lane.thread}</span>
          {loop && (
            <span className="tl-loop-badge">
              <span aria-hidden="true"> ⟳</span>
              <span className="sr-only"> runs the asyncio event loop</span>
            </span>
          )}
        </span>
        <span className="tl-activity">{activity}</span>
      </div>
      <div className="tl-track" {...probe.track}>
        <SegmentShapes segments={layout.segments} rowPx={props.rowPx ?? GUESSED_ROW_PX} />
        {layout.segments.map((s) =>
          isPathLook(s.look) ? null : (
            <div
              key={s.seg.start}
              className={`tl-seg seg-${s.look}`}
              style={{ left: s.x, width: s.w }}
              title={s.title}
              {...probe.segment(s.seg)}
            />
          ),
        )}
        {layout.callbacks.map((c) => (
          <FadeIn
            key={`cb${c.span.callback}`}
            at={c.span.start}
            className={`tl-callback${c.span.raised ? ' raised' : ''}`}
            style={{ left: c.x, width: c.w }}
          />
        ))}
        {layout.loop && <LoopMarks loop={layout.loop} />}
        {layout.prints.map((p) => (
          <div key={p.seq} className={`tl-print print-${p.stream}`} style={{ left: p.x }} />
        ))}
        {layout.labels.map((label) => {
          const callback = callbackOf.get(label.key);
          if (callback) {
            const name = callbackLabel(callback.span.future, callback.span.callback);
            return (
              <LaneLabel
                key={label.key}
                label={label}
                className={`tl-callout${callback.span.raised ? ' raised' : ''}`}
                {...probe.callback(callback.span)}
              >
                {name}
                {label.full.length > name.length && <code>{label.full.slice(name.length)}</code>}
              </LaneLabel>
            );
          }
          if (label.key.startsWith('h'))
            return <LaneLabel key={label.key} label={label} className="tl-callout tl-step-text" />;
          if (label.key.startsWith('p'))
            return <LaneLabel key={label.key} label={label} className="tl-callout tl-print-text" />;
          return <LaneLabel key={label.key} label={label} className="tl-seg-text" />;
        })}
      </div>
    </li>
  );
});

/** The row's layout with the open gate's deciding text (a countdown, a line) masked. */
function masked(
  layout: ReturnType<typeof layoutThreadRow>,
  mask: GateMask | null,
): ReturnType<typeof layoutThreadRow> {
  if (!mask) return layout;
  const hide = (label: PlacedLabel): PlacedLabel => {
    const full = maskText(mask, label.full);
    if (full === label.full) return label;
    // A shortened label keeps its room: the masked text, shortened to the same length.
    const room = label.text.length;
    const text = full.length <= room ? full : `${full.slice(0, Math.max(0, room - 1))}…`;
    return { ...label, full, text: label.text === label.full ? full : text };
  };
  return {
    ...layout,
    segments: layout.segments.map((s) => ({ ...s, title: maskCountdown(mask, s.title) })),
    labels: layout.labels.map(hide),
  };
}
