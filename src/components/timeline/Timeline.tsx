import { useEffect, useMemo, useRef } from 'react';
import { usePlayer } from '../../store/player';
import type { Highlighted } from '../../store/selectors/highlighted';
import type { Snapshot } from '../../store/snapshot';
import { formatSeconds } from '../futureState';
import { GrowUp } from '../motion';
import { futuresAt } from '../../store/selectors/futuresAt';
import { FutureRow, UnbornFutureRow } from './FutureRow';
import { timeScale } from './scale';
import { ThreadRow } from './ThreadRow';
import './timeline.css';

/**
 * The hero view: one shared axis in seconds, a lane per thread, then a lane per future, and
 * the playhead across all of them. A connector joins each future to the thread that ran its
 * callback, at the moment it ran. Drag along the axis (mouse or touch) to move the playhead.
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
  const { trace, t, lanes, threads, futures } = snapshot;
  const scale = useMemo(() => timeScale(trace.end), [trace.end]);
  // Every future's lane exists from the start, so lanes never jump as futures are created.
  const allFutures = useMemo(() => futuresAt(trace, trace.end), [trace]);
  const axisRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const playheadRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // On a narrow screen the lanes scroll sideways: keep the playhead in view.
    const box = scrollRef.current;
    const head = playheadRef.current;
    const axis = axisRef.current;
    if (!box || !head || !axis || box.scrollWidth <= box.clientWidth) return;
    const x = axis.offsetLeft + head.offsetLeft;
    const label = axis.offsetLeft;
    if (x < box.scrollLeft + label + 24 || x > box.scrollLeft + box.clientWidth - 24)
      box.scrollLeft = Math.max(0, x - label - (box.clientWidth - label) * 0.6);
  }, [t]);
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const e of trace.events) {
      if (e.type === 'future.create') map.set(`f${e.future}`, e.name);
      if (e.type === 'callback.add') map.set(`c${e.callback}`, e.name);
    }
    return map;
  }, [trace]);
  const callbackLabel = (future: number, callback: number) =>
    `${names.get(`c${callback}`) ?? 'callback'}(${names.get(`f${future}`) ?? 'future'})`;

  const seekFromPointer = (clientX: number) => {
    const box = axisRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    usePlayer.getState().seek(Math.round(scale.at((clientX - box.left) / box.width)));
  };

  const rowOf = new Map(lanes.map((l, i) => [l.thread, i]));
  const connectors = lanes.flatMap((lane) =>
    lane.callbacks
      .filter((c) => c.start <= t)
      .map((c) => {
        const from = lanes.length + allFutures.findIndex((f) => f.id === c.future);
        const to = rowOf.get(lane.thread) ?? 0;
        return {
          color: threads[to] ? `var(--thread-${threads[to].slot % 6})` : 'var(--fg)',
          key: `${lane.thread}-${c.callback}`,
          x: scale.pct(c.start),
          top: Math.min(from, to),
          rows: Math.abs(from - to),
        };
      }),
  );
  return (
    <section className="panel timeline" aria-labelledby="timeline-heading">
      <div className="tl-heading">
        <h2 id="timeline-heading">Timeline</h2>
        {highlight && (
          <p className="tl-highlight-note">
            <span aria-hidden="true">◆ </span>Highlighted: {highlight.text} at{' '}
            {formatSeconds(highlight.t)} s
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
              {scale.ticks.map((tick) => (
                <span key={tick} className="tl-tick" style={{ left: `${scale.pct(tick)}%` }}>
                  {formatSeconds(tick, 1)}
                </span>
              ))}
            </div>
          </div>
          <ul className="tl-lanes" aria-label="Lanes">
            {lanes.map((lane, i) => (
              <ThreadRow
                key={lane.thread}
                lane={lane}
                info={threads[i] ?? { name: lane.thread, kind: 'worker', slot: i }}
                t={t}
                scale={scale}
                callbackLabel={callbackLabel}
              />
            ))}
            {allFutures.map((whole) => {
              const now = futures.find((f) => f.id === whole.id);
              return now ? (
                <FutureRow key={whole.id} future={now} t={t} scale={scale} />
              ) : (
                <UnbornFutureRow key={whole.id} name={whole.name} />
              );
            })}
          </ul>
          <div className="tl-overlay" aria-hidden="true">
            {connectors.map((c) => (
              <GrowUp
                key={c.key}
                className="tl-connector"
                style={{
                  left: `${c.x}%`,
                  top: `calc(var(--axis-h) + var(--row-h) * ${c.top + 0.5})`,
                  height: `calc(var(--row-h) * ${c.rows})`,
                  color: c.color,
                }}
              />
            ))}
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
            <div className="tl-playhead" ref={playheadRef} style={{ left: `${scale.pct(t)}%` }}>
              <span className={`tl-playhead-time${scale.pct(t) > 85 ? ' to-left' : ''}`}>
                {formatSeconds(t)} s
              </span>
            </div>
          </div>
        </div>
      </div>
      <Legend />
    </section>
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
        <span className="key-link" aria-hidden="true" /> callback runs here
      </li>
    </ul>
  );
}
