import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Trace, VirtualUs } from '../../core/trace';
import { domainOf, fitWindow } from '../../layout/zoomWindow';
import { usePlayer, usePlayerShallow, usePlayerStore } from '../../store/PlayerProvider';
import { selectT, selectTrace, selectZoom } from '../../store/selectors/player';
import { DENSITY_BINS, DENSITY_HEIGHT, densityPath } from './overviewDensity';
import { windowValueText } from './zoomText';
import './zoom.css';

/** One arrow key moves the window by this fraction of its width. */
const KEY_PAN = 0.1;

const pct = (t: number, domain: number) =>
  `${(Math.min(Math.max(t / domain, 0), 1) * 100).toFixed(3)}%`;

/**
 * A slim strip of the whole run above the lanes: where events cluster (a density line), the
 * playhead, and the zoom window as a rectangle. Click to centre the window there, drag it to
 * move it; as a slider ("Zoom window") ← / → move it by a tenth of its width and Home / End
 * take it to the run's start / end. When the whole run is shown the rectangle covers it all
 * and there is nothing to move.
 *
 * @example <Overview />            // as wide as its container: put it over the axis
 * @example <Overview width={840} /> // the axis' width in px
 */
export function Overview({ width }: { width?: number | string }) {
  const { view, end } = usePlayerShallow(selectZoom);
  const trace = usePlayer(selectTrace);
  const store = usePlayerStore();
  const domain = domainOf(end);
  const shown = view ?? fitWindow(end);
  const span = shown.to - shown.from;
  // Where in the window the pointer holds it while dragging, in µs from its start.
  const grip = useRef(0);

  const timeAt = (el: HTMLElement, clientX: number): number | null => {
    const box = el.getBoundingClientRect();
    return box.width > 0 ? ((clientX - box.left) / box.width) * domain : null;
  };
  const moveTo = (from: number) => {
    const w = store.getState().view ?? fitWindow(end);
    const size = w.to - w.from;
    store.getState().setView({ from: from as VirtualUs, to: (from + size) as VirtualUs });
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const at = timeAt(e.currentTarget, e.clientX);
    if (at === null) return;
    const w = store.getState().view ?? fitWindow(end);
    // Pressed on the window: drag it from there. Elsewhere: centre it under the pointer first.
    grip.current = at >= w.from && at <= w.to ? at - w.from : (w.to - w.from) / 2;
    moveTo(at - grip.current);
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture?.(e.pointerId)) return;
    const at = timeAt(e.currentTarget, e.clientX);
    if (at !== null) moveTo(at - grip.current);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const player = store.getState();
    const keys: Record<string, () => void> = {
      ArrowLeft: () => player.panBy(-span * KEY_PAN),
      ArrowRight: () => player.panBy(span * KEY_PAN),
      Home: () => view && moveTo(0),
      End: () => view && moveTo(domain),
    };
    const act = keys[e.key];
    if (!act || e.altKey || e.ctrlKey || e.metaKey) return;
    // The page's own ← / → step the playhead: on this slider they move the window instead.
    e.preventDefault();
    e.stopPropagation();
    act();
  };

  return (
    <div
      className="overview"
      role="slider"
      tabIndex={0}
      aria-label="Zoom window"
      aria-valuemin={0}
      aria-valuemax={secondsOf(Math.max(Math.floor(domain) - span, 0))}
      aria-valuenow={secondsOf(shown.from)}
      aria-valuetext={windowValueText(view, end)}
      style={width === undefined ? undefined : { width }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onKeyDown={onKeyDown}
    >
      <DensityLine trace={trace} />
      <div
        className="overview-window"
        data-testid="overview-window"
        style={{ left: pct(shown.from, domain), width: pct(span, domain) }}
      />
      <OverviewPlayhead domain={domain} />
    </div>
  );
}

const secondsOf = (t: number) => Math.round(t) / 1_000_000;

/** The density line: drawn again only for a new trace. */
const DensityLine = memo(function DensityLine({ trace }: { trace: Trace }) {
  return (
    <svg
      className="overview-density"
      viewBox={`0 0 ${DENSITY_BINS} ${DENSITY_HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <path d={densityPath(trace)} fill="currentColor" opacity={0.45} />
    </svg>
  );
});

/** The playhead's mark: the only part that changes on every frame of playback. */
function OverviewPlayhead({ domain }: { domain: number }) {
  const t = usePlayer(selectT);
  return (
    <div
      className="overview-playhead"
      data-testid="overview-playhead"
      style={{ left: pct(t, domain) }}
    />
  );
}
