import { memo } from 'react';
import type { ThreadLane } from '../../store/selectors/threadSegments';
import type { ThreadInfo } from '../../store/selectors/threadsOf';
import { threadColor } from '../threadColor';
import { countdown } from '../../core/seconds';
import { FadeIn } from '../motion';
import { calloutRoom } from './calloutRoom';
import { PRINT_WORDS_US } from '../../layout/timelineData';
import type { TimeScale } from '../../layout/timeScale';
import { useLaneProbe, type LaneProbeContext } from './laneProbe';

/**
 * What the thread is doing at `t`, in words: the lane's caption. Inside a wait it says the
 * wait ("blocked in as_completed()", "waiting for work"), never "running"; a wait nothing ever
 * ends (a deadlock) still says so at the trace's very end. At a step inside an instant (`cut`,
 * the last event shown), a wait whose wake comes later in that instant is still a wait: the
 * wake is a step of its own.
 */
export function threadActivity(lane: ThreadLane, t: number, cut: number | null = null): string {
  if (lane.segments.length === 0 || t < lane.segments[0]!.start) return 'not started';
  const last = lane.segments[lane.segments.length - 1]!;
  const stuck = last.kind === 'blocked' && last.wakeSeq === null && t >= last.end ? last : null;
  const notWokenYet = (s: ThreadLane['segments'][number]) =>
    cut !== null && s.end === t && s.wakeSeq !== null && s.wakeSeq > cut;
  const seg = lane.segments.find((s) => s.start <= t && (t < s.end || notWokenYet(s))) ?? stuck;
  if (!seg) return lane.finishedAt !== null && t >= lane.finishedAt ? 'finished' : 'running';
  if (seg.kind === 'sleeping' && seg.until !== null)
    return `sleeping, ${countdown(seg.until - t)} s left`;
  return seg.label;
}

/**
 * One thread's lane: running (solid), sleeping (hatched, with a countdown), blocked (dotted),
 * the callbacks it ran and what it printed, all clipped at the playhead. Memoised: give it a
 * `t` clamped to the lane's span (`laneTime`) and it renders only while the lane changes.
 */
export const ThreadRow = memo(function ThreadRow(props: {
  lane: ThreadLane;
  info: ThreadInfo;
  t: number;
  scale: TimeScale;
  callbackLabel: (future: number, callback: number) => string;
  /** The last event shown when the playhead is at a step inside an instant, else null. */
  cut?: number | null;
  /** Hover and focus show a part's cause arrows (see laneProbe). */
  probe?: LaneProbeContext;
}) {
  const { lane, info, t, scale, callbackLabel } = props;
  const probe = useLaneProbe(lane, t, props.probe);
  const color = threadColor(info.slot);
  const place = (start: number, end: number) => ({
    left: `${scale.pct(start)}%`,
    width: `max(${scale.pct(Math.min(end, t)) - scale.pct(start)}%, 4px)`,
  });
  const activity = threadActivity(lane, t, props.cut ?? null);
  return (
    <li className="tl-row" style={{ '--lane-color': color } as React.CSSProperties}>
      <div className="tl-label">
        <span className="tl-name">
          <span className="tl-swatch" aria-hidden="true" />
          {lane.thread}
        </span>
        <span className="tl-activity">{activity}</span>
      </div>
      <div className="tl-track" {...probe.track}>
        {lane.segments
          .filter((s) => s.start <= t)
          .map((s) => {
            const active = s.start <= t && t < s.end;
            const remaining =
              s.kind === 'sleeping' && active && s.until !== null
                ? ` · ${countdown(s.until - t)} s left`
                : '';
            return (
              <div
                key={s.start}
                className={`tl-seg seg-${s.kind}`}
                style={place(s.start, s.end)}
                title={s.label + remaining}
                {...probe.segment(s)}
              >
                {s.kind !== 'running' && scale.pct(s.end) - scale.pct(s.start) > 14 && (
                  <span className="tl-seg-text">
                    <span aria-hidden="true">{s.kind === 'sleeping' ? '░ ' : '⋯ '}</span>
                    {s.label}
                    {remaining}
                  </span>
                )}
              </div>
            );
          })}
        {lane.callbacks
          .filter((c) => c.start <= t)
          .map((c) => {
            const right = scale.pct(c.start) > 60;
            return (
              <FadeIn
                key={`cb${c.callback}`}
                at={c.start}
                className={`tl-callback${c.raised ? ' raised' : ''}`}
                style={place(c.start, c.end)}
              >
                <span
                  className={`tl-callout ${right ? 'to-left' : 'to-right'}`}
                  style={calloutRoom(right, scale.pct(right ? c.start : c.end))}
                  {...probe.callback(c)}
                >
                  <span aria-hidden="true">▇ </span>
                  {callbackLabel(c.future, c.callback)}
                  {c.raised ? ' raised' : ''}
                  {lane.outputs
                    .filter((o) => o.callback === c.callback && o.t <= t)
                    .map((o) => (
                      <code key={o.seq} className={`tl-printed print-${o.stream}`}>
                        {' '}
                        → {o.stream === 'stderr' ? 'stderr ' : 'prints '}
                        {o.text}
                      </code>
                    ))}
                </span>
              </FadeIn>
            );
          })}
        {lane.outputs
          .filter((o) => o.t <= t && o.callback === null)
          .map((o, i, shown) => {
            const right = scale.pct(o.t) > 60;
            // Only a print made in the last half second keeps its words here, so it never
            // hides a lane's own label for long; every line stays in the Console.
            const latest = i === shown.length - 1 && t - o.t < PRINT_WORDS_US;
            return (
              <div
                key={o.seq}
                className={`tl-print print-${o.stream}`}
                style={{ left: `${scale.pct(o.t)}%` }}
              >
                {latest && (
                  <span
                    className={`tl-callout tl-print-text ${right ? 'to-left' : 'to-right'}`}
                    style={calloutRoom(right, scale.pct(o.t))}
                  >
                    {o.stream === 'stderr'
                      ? 'stderr: '
                      : o.stream === 'display'
                        ? 'Out: '
                        : 'prints '}
                    <code>{o.text}</code>
                  </span>
                )}
              </div>
            );
          })}
      </div>
    </li>
  );
});
