/**
 * Scrolls the element `ref` holds wholly into view, above what the page's scroll-padding keeps
 * clear (the pinned transport), once the browser has laid it out and again each time its size
 * changes (a Predict dialog grows when its feedback appears, and would grow under the bar).
 *
 * Why wait for layout: a dialog that opens as the playhead moves changes the transport's
 * narration in the same render, and the transport's height reaches the scroll-padding through
 * a ResizeObserver (the shell's useBarHeight); a scroll straight away would use the old height.
 * This element's ResizeObserver reports come after that layout and after the transport's older
 * observer, so by then the padding is current. Focus inside the element with `preventScroll`,
 * or the browser first centres the focused control and the element's top may end up off screen.
 * Returns a function that stops watching.
 *
 * @example
 *   useEffect(() => scrollIntoViewOnResize(dialogRef), []);
 */
import type { RefObject } from 'react';

export function scrollIntoViewOnResize(ref: RefObject<HTMLElement | null>): () => void {
  const element = ref.current;
  // jsdom, in the unit tests, has neither ResizeObserver nor scrolling.
  if (!element || typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(() => {
    element.scrollIntoView({ block: 'nearest' });
    // Taller than the room above the transport (presenter type on a phone): its top shows, and
    // then the control with focus, if that is still below.
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && element.contains(focused) && focused !== element)
      focused.scrollIntoView({ block: 'nearest' });
  });
  observer.observe(element);
  return () => observer.disconnect();
}
