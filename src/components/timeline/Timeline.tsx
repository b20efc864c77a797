import { memo, useDeferredValue, useMemo, useRef, useState } from 'react';
import { usePlayerStore } from '../../store/PlayerProvider';
import type { Highlighted } from '../../store/selectors/highlighted';
import type { ThreadInfo } from '../../store/selectors/threadsOf';
import type { Snapshot } from '../../store/snapshot';
import { formatSeconds } from '../../core/seconds';
import { FutureRow, UnbornFutureRow } from './FutureRow';
import { ThreadRow } from './ThreadRow';
import { CauseArrows } from './CauseArrows';
import { completionHover } from './laneProbe';
import { laneTime, timelineOf } from '../../layout/timelineData';
import {
  arrowsAt,
  arrowsFor,
  arrowsOf,
  waitEndingsOf,
  type ArrowProbe,
} from '../../layout/causeArrows';
import type { TimeScale } from '../../layout/timeScale';
import { useKeepInView } from './useKeepInView';
import { useRowsInView } from './useRowsInView';
import './timeline.css';
import './marks.css';
import './overlay.css';
import './legend.css';

/**
 * The hero view: one shared axis in seconds, a lane per thread, then a lane per future, and
 * the playhead across all of them. Arrows draw the current step's causes (a completion waking a
 * waiter or running a callback, a submit handing a job to a worker); hovering or focusing a
 * blocked stretch, or hovering a callback, draws its cause whenever it was. Drag along the axis (mouse or touch) to move the playhead.
 * `highlight` (the event a Predict answer points at) is marked on its thread's lane, even ahead
 * of the playhead, with its description in words.
 *
 * @example <Timeline snapshot={useSnapshot()} highlight={highlighted(trace, seq)} />
 */
export function Timeline({
  snapshot,
  highlight = null,
}: {
  snapshot: Snapshot;
  highlight?: Highlighted | null;
}) {
  const { trace, t, lanes, threads, futures, eventIndex } = snapshot;
  const data = timelineOf(trace);
  const store = usePlayerStore();
  const { scale, allFutures, callbackLabel, rowOf, futureRowOf, laneSpans, longestName } = data;
  const arrows = arrowsOf(trace);
  // The step is the instant of the last event shown, up to the step's cut (eventIndex): its
  // arrows stay while the playhead moves on between events, and stepping through an instant
  // adds its wakes one at a time.
  const stepT = trace.events[eventIndex]?.t ?? -1;
  const stepArrows = useMemo(
    () => arrowsAt(arrows, trace, stepT, eventIndex),
    [arrows, trace, stepT, eventIndex],
  );
  const [probe, setProbe] = useState<ArrowProbe | null>(null);
  // A hovered or focused part adds its arrows that have happened by t (never ahead of it).
  const probeT = probe ? t : null;
  const shownArrows = useMemo(() => {
    const probed = probe && probeT !== null ? arrowsFor(arrows, probe, probeT) : [];
    return [...stepArrows, ...probed.filter((a) => !stepArrows.includes(a))];
  }, [arrows, stepArrows, probe, probeT]);
  const endings = waitEndingsOf(trace);
  const laneProbe = useMemo(() => ({ setProbe, endings }), [endings]);
  const axisRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useKeepInView(scrollRef, overlayRef, scale.pct(t));
  // Rows out of view follow the playhead at low priority (useRowsInView says why).
  const inView = useRowsInView(listRef, trace);
  const lateT = useDeferredValue(t);
  const lateFutures = useDeferredValue(futures);
  const rowT = (row: number) => (inView === null || inView.has(row) ? t : lateT);
  const futureNow = useMemo(() => new Map(futures.map((f) => [f.id, f])), [futures]);
  const futureLate = useMemo(() => new Map(lateFutures.map((f) => [f.id, f])), [lateFutures]);

  const seekFromPointer = (clientX: number) => {
    const box = axisRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    store.getState().seek(scale.at((clientX - box.left) / box.width));
  };

  return (
    <section
      className="panel timeline"
      aria-labelledby="timeline-heading"
      style={{ '--name-chars': longestName } as React.CSSProperties}
    >
      <div className="tl-heading">
        <h2 id="timeline-heading">Timeline</h2>
        {highlight && (
          <p className="tl-highlight-note">
            <span aria-hidden="true">◆ </span>Highlighted: {highlight.text} at{' '}
            {formatSeconds(highlight.t, 3)} s
          </p>
        )}
      </div>
      <div
        className="tl-scroll"
        ref={scrollRef}
        tabIndex={0}
        role="region"
        aria-label="Timeline lanes, scrolls sideways"
      >
        <div className="tl-body">
          <div className="tl-row tl-axis">
            <div className="tl-label tl-axis-label">seconds</div>
            <div
              className="tl-track tl-axis-track"
              ref={axisRef}
              onPointerDown={(e) => {
                e.currentTarget.setPointerCapture?.(e.pointerId);
                seekFromPointer(e.clientX);
              }}
              onPointerMove={(e) => {
                if (e.currentTarget.hasPointerCapture?.(e.pointerId)) seekFromPointer(e.clientX);
              }}
              data-testid="timeline-axis"
            >
              <AxisTicks scale={scale} />
            </div>
          </div>
          <ul
            className="tl-lanes"
            aria-label="Lanes"
            ref={listRef}
            {...completionHover(setProbe, (row) => allFutures[row - lanes.length]?.id)}
          >
            {lanes.map((lane, i) => (
              <ThreadRow
                key={lane.thread}
                lane={lane}
                info={threads[i] ?? fallbackInfo(lane.thread, i)}
                t={laneTime(laneSpans[i] ?? { from: 0, to: t }, rowT(i))}
                scale={scale}
                callbackLabel={callbackLabel}
                probe={laneProbe}
                cut={snapshot.cut === null ? null : eventIndex}
              />
            ))}
            {allFutures.map((whole, k) => {
              const row = lanes.length + k;
              const late = inView !== null && !inView.has(row);
              const now = (late ? futureLate : futureNow).get(whole.id);
              // A settled future's lane no longer changes with t: keep its props equal.
              const settled = now?.transitions.some(
                (x) => x.state !== 'PENDING' && x.state !== 'RUNNING',
              );
              return now ? (
                <FutureRow key={whole.id} future={now} t={settled ? 0 : rowT(row)} scale={scale} />
              ) : (
                <UnbornFutureRow key={whole.id} name={whole.name} />
              );
            })}
          </ul>
          <CauseArrows
            arrows={shownArrows}
            rowOf={rowOf}
            futureRowOf={futureRowOf}
            rows={lanes.length}
            scale={scale}
          />
          <div className="tl-overlay" aria-hidden="true" ref={overlayRef}>
            {highlight && (
              <div
                className="tl-highlight"
                style={{
                  left: `${scale.pct(highlight.t)}%`,
                  top: `calc(var(--axis-h) + var(--row-h) * ${Math.max(rowOf.get(highlight.thread) ?? 0, 0)})`,
                }}
              >
                <span aria-hidden="true">◆</span>
              </div>
            )}
            <Playhead t={t} pct={scale.pct(t)} />
          </div>
        </div>
      </div>
      <Legend />
    </section>
  );
}

// Fallbacks made once per lane index, so a missing thread info does not break the row's memo.
const fallbacks = new Map<string, ThreadInfo>();
function fallbackInfo(name: string, slot: number): ThreadInfo {
  const key = `${name}#${slot}`;
  let info = fallbacks.get(key);
  if (!info) fallbacks.set(key, (info = { name, kind: 'worker', slot }));
  return info;
}

/** The axis labels: they depend on the scale only. */
const AxisTicks = memo(function AxisTicks({ scale }: { scale: TimeScale }) {
  return scale.ticks.map((tick) => (
    <span key={tick} className="tl-tick" style={{ left: `${scale.pct(tick)}%` }}>
      {formatSeconds(tick, 1)}
    </span>
  ));
});

/**
 * The playhead, moved by a transform (no layout): its track spans the overlay, so a
 * translateX of p % puts the line at p % of the time axis.
 */
function Playhead({ t, pct }: { t: number; pct: number }) {
  return (
    <div className="tl-playhead-track" style={{ transform: `translateX(${pct}%)` }}>
      <div className="tl-playhead">
        <span className={`tl-playhead-time${pct > 85 ? ' to-left' : ''}`}>
          {formatSeconds(t, 3)} s
        </span>
      </div>
    </div>
  );
}

/** The key to the lanes' shapes and patterns, so the picture explains itself. */
function Legend() {
  return (
    <ul className="tl-legend" aria-label="Key">
      <li>
        <span className="key-box seg-running" aria-hidden="true" /> running
      </li>
      <li>
        <span className="key-box seg-sleeping" aria-hidden="true" /> sleeping
      </li>
      <li>
        <span className="key-box seg-blocked" aria-hidden="true" /> blocked
      </li>
      <li>
        <span className="key-box seg-pending" aria-hidden="true" /> ○ pending
      </li>
      <li className="state-finished">
        <span className="key-shape" aria-hidden="true">
          ●
        </span>{' '}
        finished
      </li>
      <li className="state-raised">
        <span className="key-shape" aria-hidden="true">
          ▲
        </span>{' '}
        raised
      </li>
      <li className="state-cancelled">
        <span className="key-shape" aria-hidden="true">
          ✕
        </span>{' '}
        cancelled
      </li>
      <li>
        <span className="key-arrow" aria-hidden="true">
          ●⟶
        </span>{' '}
        what caused this step; point at a wait, a callback or a future’s end for its own
      </li>
    </ul>
  );
}
