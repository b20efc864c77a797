import { useEffect, useRef, type RefObject } from 'react';

/**
 * Scrolls the log to its newest line whenever the number of lines changes. Where the browser
 * has ResizeObserver the scroll happens in its callback, after the frame's layout (a new line
 * changes the list's height), so a print never forces a layout in the middle of playback.
 *
 * @example useStickToBottom(logRef, listRef, lines.length);
 */
export function useStickToBottom(
  boxRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
  count: number,
): void {
  const pending = useRef(false);
  useEffect(() => {
    const box = boxRef.current;
    const list = listRef.current;
    if (!box || !list || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (!pending.current) return;
      pending.current = false;
      box.scrollTop = box.scrollHeight;
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, [boxRef, listRef]);
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    if (typeof ResizeObserver === 'undefined') box.scrollTop = box.scrollHeight;
    else pending.current = true;
  }, [boxRef, count]);
}
