import { useEffect, useRef, type RefObject } from 'react';

interface Geometry {
  /** The time axis's left edge (the label column's width) and width, in the scroll box. */
  left: number;
  width: number;
  clientWidth: number;
  scrollWidth: number;
  scrollLeft: number;
}

/**
 * On a narrow screen the lanes scroll sideways: keeps the playhead (at `pct` % of the axis) in
 * view. The playhead's position comes from the time scale and the box's geometry, which is
 * measured only when the box or the axis resizes (and its scroll offset when it scrolls), so
 * moving the playhead never forces a layout. It scrolls only when the playhead leaves the
 * visible window.
 *
 * @example useKeepInView(scrollRef, overlayRef, scale.pct(t));
 */
export function useKeepInView(
  scrollRef: RefObject<HTMLElement | null>,
  axisRef: RefObject<HTMLElement | null>,
  pct: number,
): void {
  const geometry = useRef<Geometry | null>(null);
  useEffect(() => {
    const box = scrollRef.current;
    const axis = axisRef.current;
    if (!box || !axis) return;
    const measure = () => {
      geometry.current = {
        left: axis.offsetLeft,
        width: axis.clientWidth,
        clientWidth: box.clientWidth,
        scrollWidth: box.scrollWidth,
        scrollLeft: box.scrollLeft,
      };
    };
    const onScroll = () => {
      if (geometry.current) geometry.current.scrollLeft = box.scrollLeft;
    };
    measure();
    box.addEventListener('scroll', onScroll, { passive: true });
    // Resize callbacks run after layout, so measuring there costs no extra layout.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(box);
    observer?.observe(axis);
    return () => {
      box.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scrollRef, axisRef]);
  useEffect(() => {
    const g = geometry.current;
    const box = scrollRef.current;
    if (!g || !box || g.scrollWidth <= g.clientWidth) return;
    const x = g.left + (pct / 100) * g.width;
    if (x < g.scrollLeft + g.left + 24 || x > g.scrollLeft + g.clientWidth - 24) {
      const next = Math.max(0, x - g.left - (g.clientWidth - g.left) * 0.6);
      box.scrollLeft = next;
      g.scrollLeft = Math.min(next, g.scrollWidth - g.clientWidth);
    }
  }, [pct, scrollRef]);
}
