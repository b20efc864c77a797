import type { GateMask } from '../../predict/giveaway';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePlayer, usePlayerStore } from '../../store/PlayerProvider';
import type { Highlighted } from '../../store/selectors/highlighted';
import { selectView } from '../../store/selectors/player';
import type { ThreadInfo } from '../../store/selectors/threadsOf';
import type { Snapshot } from '../../store/snapshot';
import { formatSeconds } from '../../core/seconds';
import {
  axisOf,
  labelledTicks,
  playheadTagToLeft,
  TICK_EDGE_PX,
  type Axis,
} from '../../layout/axis';
import { clusterWindow } from '../../layout/clusterZoom';
import { countsText, groupCounts } from '../../layout/groupCounts';
import { groupsOf, rowIndexOf, rowsFor } from '../../layout/rows';
import { laneTime, timelineOf } from '../../layout/timelineData';
import { domainOf, windowAround } from '../../layout/zoomWindow';
import {
  arrowsAt,
  arrowsFor,
  arrowsOf,
  waitEndingsOf,
  type ArrowProbe,
} from '../../layout/causeArrows';
import { NoteMarker } from '../note/NoteMarker';
import { FutureRow, UnbornFutureRow } from './FutureRow';
import { GroupRow } from './GroupRow';
import { ThreadRow } from './ThreadRow';
import { TaskRow } from './TaskRow';
import { LoopLegend } from './LoopLegend';
import { loopModelOf } from '../../layout/loopModel';
import { CauseArrows } from './CauseArrows';
import { laneMarks } from '../../layout/arrowTags';
import { layoutThreadRow } from '../../layout/threadRowLayout';
import { Overview } from './Overview';
import { ZoomBar } from './ZoomBar';
import { completionHover } from './laneProbe';
import { rowsInView, useLaneViewport } from './useLaneViewport';
import { usePanZoom } from './usePanZoom';
import './timeline.css';
import './marks.css';
import './overlay.css';
import './legend.css';

/** Narrower than this, the timeline opens zoomed to the current step. */
const PHONE_AXIS_PX = 420;
/** The window a phone opens with: three seconds around the step. */
const PHONE_WINDOW_US = 3_000_000;

/**
 * The hero view: one shared axis in seconds over a zoom window, a lane per thread, then a lane
 * per future (a pool's workers and a long list of futures under rows that fold), and the
 * playhead across all of them. Every lane is drawn from the layout model (`src/layout/`):
 * positions in pixels of the window, labels that never overlap. Only the rows in view are in
 * the DOM. Arrows draw the current step's causes; hovering or focusing a blocked stretch, or
 * hovering a callback, draws its cause whenever it was. Drag along the axis to move the
 * playhead; zoom and pan with the Zoom buttons, `+` `-` `0`, Ctrl/⌘ + wheel, a pinch, a
 * sideways wheel or a drag on the lanes. A step onto events closer than a few pixels zooms in
 * to show them apart. `highlight` (the event a Predict answer points at) is marked on its
 * thread's lane, even ahead of the playhead, with its description in words.
 *
 * @example <Timeline snapshot={useSnapshot()} highlight={highlighted(trace, seq)} />
 */
export function Timeline({
  snapshot,
  highlight = null,
  mask = null,
}: {
  snapshot: Snapshot;
  highlight?: Highlighted | null;
  /** The open Predict gate's mask: countdowns that would answer it read "…". */
  mask?: GateMask | null;
}) {
  const { trace, t, lanes, threads, futures, eventIndex } = snapshot;
  const data = timelineOf(trace);
  const store = usePlayerStore();
  const view = usePlayer(selectView);
  const { allFutures, callbackLabel, laneSpans, longestName } = data;
  const loops = loopModelOf(trace);

  const axisRef = useRef<HTMLDivElement>(null);
  const viewportRef = useRef<HTMLDivElement>(null);
  const probeRef = useRef<HTMLSpanElement>(null);
  const box = useLaneViewport(viewportRef, axisRef, probeRef);
  // The zoom window, or the whole run when fitted.
  const from = view?.from ?? 0;
  const to = view?.to ?? domainOf(trace.end);
  const axis = useMemo(
    () => axisOf({ from, to }, box.width, box.charPx),
    [from, to, box.width, box.charPx],
  );
  usePanZoom(viewportRef, axisRef, axis, store);

  // Folding: the groups the reader folded (true) or unfolded (false), against their default.
  const [folded, setFolded] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const groups = groupsOf(trace);
  const rows = rowsFor(trace, folded);
  const toggleGroup = useCallback(
    (key: string) =>
      setFolded((old) => {
        const now = old.get(key) ?? groups.find((g) => g.key === key)?.foldedByDefault ?? false;
        return new Map(old).set(key, !now);
      }),
    [groups],
  );
  const { rowOf, futureRowOf } = useMemo(() => rowIndexOf(rows), [rows]);

  // Arrows: the step's causes, and what a hovered or focused part adds.
  const arrows = arrowsOf(trace);
  const stepT = trace.events[eventIndex]?.t ?? -1;
  const stepArrows = useMemo(
    () => arrowsAt(arrows, trace, stepT, eventIndex),
    [arrows, trace, stepT, eventIndex],
  );
  const [probe, setProbe] = useState<ArrowProbe | null>(null);
  const probeT = probe ? t : null;
  const shownArrows = useMemo(() => {
    const probed = probe && probeT !== null ? arrowsFor(arrows, probe, probeT) : [];
    return [...stepArrows, ...probed.filter((a) => !stepArrows.includes(a))];
  }, [arrows, stepArrows, probe, probeT]);
  const endings = waitEndingsOf(trace);
  const laneProbe = useMemo(() => ({ setProbe, endings }), [endings]);
  // What an asyncio arrow's "☰" tag must not cover: the words and marks of the lane it is on.
  // Only while such an arrow is shown does it follow t (a lane's labels change as time passes).
  const tagged = shownArrows.some((a) => a.kind === 'scheduled' || a.kind === 'schedule');
  const tagT = tagged ? t : -1;
  const marksOf = useMemo(
    () => (row: number) => {
      const r = rows[row];
      if (r?.kind !== 'thread' || tagT < 0) return [];
      const lane = lanes[r.lane]!;
      const at = laneTime(laneSpans[r.lane] ?? { from: 0, to: tagT }, tagT);
      const loop = loops.byThread.get(lane.thread) ?? null;
      return laneMarks(layoutThreadRow(lane, at, axis, callbackLabel, box.charPx, loop));
    },
    [rows, lanes, laneSpans, tagT, axis, callbackLabel, box.charPx, loops],
  );

  // A phone opens zoomed to the step; a step onto a cluster zooms to show it apart.
  const phoneRun = useRef<unknown>(null);
  useEffect(() => {
    if (phoneRun.current === trace || box.width >= PHONE_AXIS_PX || box.height === 0) return;
    phoneRun.current = trace;
    if (store.getState().view === null)
      store.getState().setView(windowAround(t, PHONE_WINDOW_US, domainOf(trace.end)));
  }, [trace, box.width, box.height, store, t]);
  const steps = usePlayer((s) => s.steps);
  const stepsSeen = useRef(steps);
  useEffect(() => {
    if (steps === stepsSeen.current) return;
    stepsSeen.current = steps;
    const closer = clusterWindow(trace, stepT, axis);
    if (closer) store.getState().setView(closer);
  }, [steps, trace, stepT, axis, store]);

  const { first, last } = rowsInView(box, rows.length);
  const futureNow = useMemo(() => new Map(futures.map((f) => [f.id, f])), [futures]);
  const laneByName = useMemo(() => new Map(lanes.map((l) => [l.thread, l])), [lanes]);
  const seekFromPointer = (clientX: number) => {
    const rect = axisRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return;
    store.getState().seek(axis.at(((clientX - rect.left) / rect.width) * axis.width));
  };
  const playheadX = axis.x(t);
  const inWindow = playheadX >= 0 && playheadX <= axis.width;
  const playheadText = `${formatSeconds(t, 3)} s`;
  // The ticks whose labels the playhead's tag leaves clear, as text: AxisTicks renders again
  // only when that set changes, not on every frame the playhead moves.
  const labelled = (
    inWindow ? labelledTicks(axis, playheadX, playheadText, box.charPx) : axis.ticks
  )
    .map((tick) => tick.t)
    .join(' ');

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
        <ZoomBar />
      </div>
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
            <AxisTicks axis={axis} labelled={labelled} />
            <NoteMarker axis={axis} />
            {inWindow && (
              <PlayheadTime
                text={playheadText}
                x={playheadX}
                width={axis.width}
                charPx={box.charPx}
              />
            )}
          </div>
        </div>
        <div className="tl-overview-row">
          <div className="tl-label tl-axis-label">whole run</div>
          <Overview />
        </div>
        <div
          className="tl-viewport"
          ref={viewportRef}
          tabIndex={0}
          role="region"
          aria-label="Timeline lanes: scroll for more; Ctrl + wheel zooms, a sideways wheel pans"
        >
          <div className="tl-content" style={{ height: rows.length * box.rowPx }}>
            <ul
              className="tl-lanes"
              aria-label="Lanes"
              style={{ height: rows.length * box.rowPx }}
              {...completionHover(setProbe)}
            >
              {rows.slice(first, last).map((r, k) => {
                const top = (first + k) * box.rowPx;
                if (r.kind === 'group')
                  return (
                    <GroupRow
                      key={r.key}
                      group={r.group}
                      folded={r.folded}
                      counts={countsText(
                        groupCounts(r.group, laneByName, futureNow, t),
                        r.group.of,
                      )}
                      top={top}
                      onToggle={toggleGroup}
                    />
                  );
                if (r.kind === 'task')
                  return (
                    <TaskRow
                      key={r.key}
                      task={loops.tasks[r.index]!}
                      t={t}
                      axis={axis}
                      top={top}
                      charPx={box.charPx}
                      slot={threads.find((th) => th.name === r.thread)?.slot ?? 0}
                    />
                  );
                if (r.kind === 'thread') {
                  const lane = lanes[r.lane]!;
                  return (
                    <ThreadRow
                      key={r.key}
                      lane={lane}
                      info={threads[r.lane] ?? fallbackInfo(lane.thread, r.lane)}
                      t={laneTime(laneSpans[r.lane] ?? { from: 0, to: t }, t)}
                      axis={axis}
                      top={top}
                      charPx={box.charPx}
                      rowPx={box.rowPx}
                      callbackLabel={callbackLabel}
                      probe={laneProbe}
                      cut={snapshot.cut === null ? null : eventIndex}
                      mask={mask}
                      loop={loops.byThread.get(lane.thread) ?? null}
                    />
                  );
                }
                const now = futureNow.get(r.future);
                // A settled future's lane no longer changes with t: keep its props equal.
                const settled = now?.transitions.some(
                  (x) => x.state !== 'PENDING' && x.state !== 'RUNNING',
                );
                return now ? (
                  <FutureRow
                    key={r.key}
                    future={now}
                    t={settled ? 0 : t}
                    axis={axis}
                    top={top}
                    charPx={box.charPx}
                  />
                ) : (
                  <UnbornFutureRow key={r.key} name={allFutures[r.index]!.name} top={top} />
                );
              })}
            </ul>
            <CauseArrows
              arrows={shownArrows}
              rowOf={rowOf}
              futureRowOf={futureRowOf}
              rows={rows.length}
              rowPx={box.rowPx}
              axis={axis}
              marksOf={marksOf}
            />
            <div className="tl-overlay" aria-hidden="true">
              {highlight && (
                <div
                  className="tl-highlight"
                  style={{
                    left: axis.x(highlight.t),
                    top: box.rowPx * Math.max(rowOf.get(highlight.thread) ?? 0, 0),
                  }}
                >
                  <span aria-hidden="true">◆</span>
                </div>
              )}
              {inWindow && (
                <div className="tl-playhead" style={{ transform: `translateX(${playheadX}px)` }} />
              )}
            </div>
          </div>
        </div>
        {/* Measured, never seen: a row's height and a label's characters (useLaneViewport). */}
        <span className="tl-measure" ref={probeRef} aria-hidden="true">
          <span className="tl-lane-label tl-callout">on_done_future(fut3) raised</span>
          <span className="tl-lane-label tl-callout">
            <code>{"{'success': True, 'result': 16}"}</code>
          </span>
        </span>
      </div>
      <Legend />
      {loops.loops.length > 0 && <LoopLegend />}
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

/**
 * The axis's ticks and their labels; `labelled` lists (space-separated) the times of those whose
 * labels show: under the playhead's tag a tick keeps its mark only.
 */
const AxisTicks = memo(function AxisTicks({ axis, labelled }: { axis: Axis; labelled: string }) {
  const shown = new Set(labelled.split(' '));
  return axis.ticks.map((tick) => {
    // The first and last labels stay inside the axis instead of being cut at its edges.
    const edge =
      tick.x < TICK_EDGE_PX
        ? ' tl-tick-start'
        : tick.x > axis.width - TICK_EDGE_PX
          ? ' tl-tick-end'
          : '';
    const under = shown.has(String(tick.t)) ? '' : ' tl-tick-under-tag';
    return (
      <span key={tick.t} className={`tl-tick${edge}${under}`} style={{ left: tick.x }}>
        {tick.text}
      </span>
    );
  });
});

/** The playhead's time on the axis, beside the line it heads: left of it near the end. */
function PlayheadTime(props: { text: string; x: number; width: number; charPx: number }) {
  const { text } = props;
  const toLeft = playheadTagToLeft(props.x, props.width, text, props.charPx);
  return (
    <span
      className={`tl-playhead-time${toLeft ? ' to-left' : ''}`}
      style={{ transform: `translateX(${props.x}px)` }}
    >
      {text}
    </span>
  );
}

/** The key to the lanes' shapes and patterns, so the picture explains itself. Never changes. */
const Legend = memo(function Legend() {
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
});
