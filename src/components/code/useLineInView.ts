import { useEffect, type RefObject } from 'react';

/**
 * Keeps source line `line` of the code box in view, scrolling only the box, never the page.
 * Where the browser has IntersectionObserver the check runs in its callback, after the frame's
 * layout, so a new current line never forces a layout in the middle of playback.
 *
 * @example useLineInView(scrollRef, lines[0]?.line ?? null);
 */
export function useLineInView(boxRef: RefObject<HTMLElement | null>, line: number | null): void {
  useEffect(() => {
    const box = boxRef.current;
    const row = box?.querySelector<HTMLElement>(`[data-line="${line}"]`);
    if (!box || !row) return;
    if (typeof IntersectionObserver === 'undefined') {
      const top = row.offsetTop - box.offsetTop;
      if (top < box.scrollTop || top + row.offsetHeight > box.scrollTop + box.clientHeight)
        box.scrollTop = Math.max(0, top - box.clientHeight / 3);
      return;
    }
    const observer = new IntersectionObserver(
      ([entry]) => {
        observer.disconnect();
        if (!entry || entry.intersectionRatio >= 1) return;
        // Layout is clean here, so these reads cost nothing; `top` is as in the fallback above.
        const top = box.scrollTop + entry.boundingClientRect.top - box.getBoundingClientRect().top;
        box.scrollTop = Math.max(0, top - box.clientHeight / 3);
      },
      { root: box, threshold: 1 },
    );
    observer.observe(row);
    return () => observer.disconnect();
  }, [boxRef, line]);
}
