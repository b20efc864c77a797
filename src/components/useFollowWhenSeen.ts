import { useEffect, useRef, useState, type RefObject } from 'react';

/** The pinned transport bar's height on `<html>`, as the page's CSS reads it. */
const BAR = '--transport-h';

/**
 * `value` while the element is in view or its player is paused (`playing` false); while it
 * plays out of view (below the fold, or under the pinned transport bar), the value it showed
 * last. A panel nobody sees during a playback then does no work per frame (the future cards of
 * a 1,000-job pool at 8× replaced ten cards a frame under the bar) and catches up the frame
 * after it comes into view, or as the player stops. Only for panels with no live region, which
 * announce nothing. Where there is no IntersectionObserver (jsdom), the value always follows.
 *
 * @example const shown = useFollowWhenSeen(futures, listRef, playing);
 */
export function useFollowWhenSeen<T>(
  value: T,
  ref: RefObject<Element | null>,
  playing: boolean,
): T {
  const [seen, setSeen] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!playing || !el || typeof IntersectionObserver !== 'function') return;
    // The bar's height as the app last wrote it (useBarHeight), read once per playback.
    const bar = parseFloat(getComputedStyle(document.documentElement).getPropertyValue(BAR)) || 0;
    // Decided before the first frame of the playback; the observer follows scrolling after.
    const box = el.getBoundingClientRect();
    setSeen(box.bottom >= 0 && box.top <= window.innerHeight - bar);
    const observer = new IntersectionObserver(([entry]) => setSeen(entry!.isIntersecting), {
      rootMargin: `0px 0px ${-bar}px 0px`,
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, playing]);
  // The value last shown. A ref, not state: holding it must not cost a render of its own, and a
  // render React drops after writing it only leaves a newer value to show next.
  const shown = useRef(value);
  // eslint-disable-next-line react-hooks/refs -- see above
  if (seen || !playing) shown.current = value;
  // eslint-disable-next-line react-hooks/refs -- see above
  return shown.current;
}
