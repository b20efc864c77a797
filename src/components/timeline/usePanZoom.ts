import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { VirtualUs } from '../../core/trace';
import type { Axis } from '../../layout/axis';
import type { PlayerStore } from '../../store/playerStore';

/** Wheel and pinch: how much one pixel of scroll zooms. */
const ZOOM_PER_PX = 0.0025;
/** A wheel in lines or pages (Firefox, some mice) scrolls about this many pixels per unit. */
const LINE_PX = 16;

/**
 * Zoom and pan on the lanes, as in Perfetto and Go's trace viewer: Ctrl/⌘ + wheel (and a
 * trackpad's pinch, which browsers send as one) zooms around the pointer; a sideways wheel or
 * Shift + wheel pans; dragging the lanes with a mouse pans; two fingers pinch and one drags
 * sideways on a touch screen. An upright wheel still scrolls the lanes and the page.
 *
 * @example usePanZoom(viewportRef, axisRef, axis, store);
 */
export function usePanZoom(
  viewportRef: RefObject<HTMLElement | null>,
  axisRef: RefObject<HTMLElement | null>,
  axis: Axis,
  store: PlayerStore,
): void {
  // The listeners stay put; they read the latest axis here.
  const latest = useRef(axis);
  useLayoutEffect(() => {
    latest.current = axis;
  }, [axis]);
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const usPerPx = () =>
      (latest.current.to - latest.current.from) / Math.max(latest.current.width, 1);
    const timeAt = (clientX: number): VirtualUs => {
      const left = axisRef.current?.getBoundingClientRect().left ?? 0;
      return latest.current.at(clientX - left);
    };
    const onWheel = (e: WheelEvent) => {
      const unit = e.deltaMode === 1 ? LINE_PX : e.deltaMode === 2 ? viewport.clientWidth : 1;
      const dx = e.deltaX * unit;
      const dy = e.deltaY * unit;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        store.getState().zoomBy(Math.exp(-dy * ZOOM_PER_PX), timeAt(e.clientX));
        return;
      }
      const sideways = e.shiftKey ? dy || dx : Math.abs(dx) > Math.abs(dy) ? dx : 0;
      if (sideways === 0 || store.getState().view === null) return;
      e.preventDefault();
      store.getState().panBy(sideways * usPerPx());
    };

    // Pointers down on the lanes (not on a part that takes focus): one drags, two pinch.
    const down = new Map<number, number>();
    let pinch: number | null = null;
    const onDown = (e: PointerEvent) => {
      // A part that takes focus (a wait, a fold button) keeps its own clicks; the lanes'
      // scroll box is focusable too, and dragging anywhere on it pans.
      const part = (e.target as Element).closest('button, a, [tabindex]');
      if (e.button !== 0 || (part && part !== viewport)) return;
      down.set(e.pointerId, e.clientX);
      if (down.size === 2) pinch = spread(down);
    };
    const onMove = (e: PointerEvent) => {
      const was = down.get(e.pointerId);
      if (was === undefined) return;
      down.set(e.pointerId, e.clientX);
      if (down.size === 2 && pinch !== null) {
        const now = spread(down);
        const centre = ([...down.values()][0]! + [...down.values()][1]!) / 2;
        if (pinch > 0 && now > 0) store.getState().zoomBy(now / pinch, timeAt(centre));
        pinch = now;
        return;
      }
      if (store.getState().view !== null) store.getState().panBy((was - e.clientX) * usPerPx());
    };
    const onUp = (e: PointerEvent) => {
      down.delete(e.pointerId);
      pinch = down.size === 2 ? spread(down) : null;
    };
    viewport.addEventListener('wheel', onWheel, { passive: false });
    viewport.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    return () => {
      viewport.removeEventListener('wheel', onWheel);
      viewport.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
  }, [viewportRef, axisRef, store]);
}

/** How far apart two pointers are, in pixels. */
function spread(pointers: ReadonlyMap<number, number>): number {
  const [a, b] = [...pointers.values()];
  return Math.abs((a ?? 0) - (b ?? 0));
}
