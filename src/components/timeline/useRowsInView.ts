import { useEffect, useState, type RefObject } from 'react';

/**
 * Which rows of the lane list (`<li>` children, by index) are on screen or near it, kept by
 * one IntersectionObserver. Null where the browser has none (then every row counts as in
 * view). The timeline renders these rows with the playhead at once and the others a moment
 * later, at low priority: a jump to the end of a 50-call Lab changes a hundred lanes, and
 * the ones out of view need not hold up the frame that answers the key.
 *
 * `rows` is anything that changes whenever the rows do (the trace): the list is observed anew.
 *
 * @example const inView = useRowsInView(listRef, trace); inView?.has(3)
 */
export function useRowsInView(
  listRef: RefObject<HTMLElement | null>,
  rows: unknown,
): ReadonlySet<number> | null {
  const [inView, setInView] = useState<ReadonlySet<number> | null>(null);
  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof IntersectionObserver === 'undefined') return;
    const items = Array.from(list.children);
    const index = new Map(items.map((row, i) => [row, i]));
    const shown = new Set<number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const i = index.get(entry.target);
          if (i === undefined) continue;
          if (entry.isIntersecting) shown.add(i);
          else shown.delete(i);
        }
        setInView(new Set(shown));
      },
      // A screenful of margin: rows scrolled into view are already up to date.
      { rootMargin: '100% 0px' },
    );
    for (const row of items) observer.observe(row);
    return () => observer.disconnect();
  }, [listRef, rows]);
  return inView;
}
