import { useLayoutEffect, useState, type RefObject } from 'react';
import { LABEL_CHROME_PX } from '../../layout/labels';

/** What the timeline measures of itself, in CSS pixels. */
export interface LaneBox {
  /** The time axis's width (the lanes' track column). */
  width: number;
  rowPx: number;
  /** A label character's average width. */
  charPx: number;
  /** The lane viewport's visible height and scroll offset. */
  height: number;
  top: number;
}

/** Before the first measure (and in a DOM without layout): a projector-sized guess. */
const GUESS: LaneBox = { width: 800, rowPx: 43, charPx: 7, height: 0, top: 0 };

/**
 * Measures the lane viewport, its axis, a row and a label's characters when they resize, and
 * the scroll offset when the lanes scroll (never per frame), so the layout model is given pixels.
 *
 * @example const box = useLaneViewport(viewportRef, axisRef, probeRef);
 */
export function useLaneViewport(
  viewportRef: RefObject<HTMLElement | null>,
  axisRef: RefObject<HTMLElement | null>,
  probeRef: RefObject<HTMLElement | null>,
): LaneBox {
  const [box, setBox] = useState(GUESS);
  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    const axis = axisRef.current;
    const probe = probeRef.current;
    if (!viewport || !axis) return;
    const read = () => {
      const next: LaneBox = {
        width: axis.clientWidth || GUESS.width,
        rowPx: probe?.offsetHeight || GUESS.rowPx,
        charPx: probe ? widestChar(probe) || GUESS.charPx : GUESS.charPx,
        height: viewport.clientHeight,
        top: viewport.scrollTop,
      };
      setBox((old) =>
        (Object.keys(next) as (keyof LaneBox)[]).every((k) => old[k] === next[k]) ? old : next,
      );
    };
    read();
    // A scroll moves the rows in view only: no need to measure the fonts and boxes again.
    const scrolled = () => {
      const top = viewport.scrollTop;
      setBox((old) => (old.top === top ? old : { ...old, top }));
    };
    viewport.addEventListener('scroll', scrolled, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read);
    observer?.observe(viewport);
    observer?.observe(axis);
    return () => {
      viewport.removeEventListener('scroll', scrolled);
      observer?.disconnect();
    };
  }, [viewportRef, axisRef, probeRef]);
  return box;
}

/**
 * A label character's width: the widest average over the probe's samples (a callout's bold
 * words, a value in monospace), less a label's padding and border.
 */
function widestChar(probe: HTMLElement): number {
  let widest = 0;
  for (const sample of probe.children) {
    const chars = sample.textContent?.length ?? 0;
    const width = sample.getBoundingClientRect().width - LABEL_CHROME_PX;
    if (chars > 0 && width > 0) widest = Math.max(widest, width / chars);
  }
  return Math.ceil(widest * 100) / 100;
}

/** Rows drawn beyond the visible ones, so a scroll never shows a gap. */
const OVERSCAN = 6;
/** Where nothing is measured (a DOM without layout), this many rows are drawn. */
const UNMEASURED_ROWS = 60;

/**
 * The rows to put in the DOM: those in view and a few around them.
 *
 * @example rowsInView(box, 1000); // { first: 0, last: 24 }
 */
export function rowsInView(box: LaneBox, count: number): { first: number; last: number } {
  if (box.height === 0) return { first: 0, last: Math.min(count, UNMEASURED_ROWS) };
  const first = Math.max(0, Math.floor(box.top / box.rowPx) - OVERSCAN);
  const last = Math.min(count, Math.ceil((box.top + box.height) / box.rowPx) + OVERSCAN);
  return { first, last };
}
