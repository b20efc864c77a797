import { useEffect, type RefObject } from 'react';

/** The CSS custom property on `<html>` that holds the transport bar's height, in px. */
export const BAR_HEIGHT_VAR = '--transport-h';

/**
 * Keeps `--transport-h` on the document root equal to the pinned bar's height, so the page can
 * keep what it scrolls to (a focused control, a docked Predict dialog) clear of the bar. The bar
 * is taller on a phone, where its controls wrap, and changes height with its narration: a
 * ResizeObserver reports each change after layout, so nothing here reads layout per frame.
 *
 * @example
 *   const bar = useRef<HTMLElement>(null);
 *   useBarHeight(bar);
 *   return <section ref={bar} className="transport">…</section>;
 */
export function useBarHeight(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    // No ResizeObserver (jsdom in the unit tests): the CSS falls back to its default height.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize?.[0];
      const height = box ? box.blockSize : element.offsetHeight;
      root.style.setProperty(BAR_HEIGHT_VAR, `${Math.ceil(height)}px`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(BAR_HEIGHT_VAR);
    };
  }, [bar]);
}
