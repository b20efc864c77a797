/**
 * Hover and keyboard focus on a lane's parts, to show their cause arrows when they are not the
 * current step's: a blocked segment (its wake) and a callback (what made it run); and hover on
 * a future's end (what its completion caused, `completionHover`).
 *
 * Tab order: one tab stop per lane that has a blocked segment, however many it has (a worker
 * of a 1,000-job pool waits for work a thousand times). Left/Right move between the lane's
 * blocked segments, Home/End go to its first/last; the stop stays where the reader left it.
 * By default the stop is the latest one shown: nearest the playhead, what was just waited on.
 *
 * @example
 *   const probe = useLaneProbe(lane, t, props.probe);
 *   <div className="tl-track" {...probe.track}>…<div {...probe.segment(s)} /></div>
 */
import { useState } from 'react';
import type { HTMLAttributes, KeyboardEvent, PointerEvent } from 'react';
import { endingText, waitKey, type ArrowProbe, type WaitEnding } from '../../layout/causeArrows';
import type { CallbackSpan, Segment, ThreadLane } from '../../store/selectors/threadSegments';

/** What the timeline gives each lane: the same object for a whole trace (lanes are memoised). */
export interface LaneProbeContext {
  /** Shows the arrows of a hovered or focused part; null when none is. */
  setProbe: (probe: ArrowProbe | null) => void;
  /** How each wait ended (`waitEndingsOf`), to name a blocked segment's waker. */
  endings: ReadonlyMap<string, WaitEnding>;
}

const KEYS = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];

/** Without a `context` (a lane drawn alone) the lane's parts stay plain. */
export function useLaneProbe(lane: ThreadLane, t: number, context?: LaneProbeContext) {
  const [stop, setStop] = useState<number | null>(null);
  const blocked = lane.segments.filter((s) => s.kind === 'blocked' && s.start <= t);
  const tabStop = blocked.some((s) => s.start === stop) ? stop : (blocked.at(-1)?.start ?? null);

  const probeOf = (target: EventTarget): ArrowProbe | null => {
    const el = target instanceof Element ? target : null;
    const wait = el?.closest<HTMLElement>('[data-probe-wait]')?.dataset.probeWait;
    if (wait !== undefined) return { kind: 'wait', thread: lane.thread, t: Number(wait) };
    const callback = el?.closest<HTMLElement>('[data-probe-callback]')?.dataset.probeCallback;
    if (callback !== undefined)
      return { kind: 'callback', thread: lane.thread, t: Number(callback) };
    return null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const start = (e.target as HTMLElement).dataset.probeStart;
    if (start === undefined || !KEYS.includes(e.key)) return;
    e.preventDefault();
    const i = blocked.findIndex((s) => s.start === Number(start));
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? blocked.length - 1
          : Math.min(Math.max(i + (e.key === 'ArrowLeft' ? -1 : 1), 0), blocked.length - 1);
    const to = blocked[next];
    if (!to) return;
    setStop(to.start);
    e.currentTarget.querySelector<HTMLElement>(`[data-probe-start="${to.start}"]`)?.focus();
  };

  const track: HTMLAttributes<HTMLElement> = context
    ? {
        onKeyDown,
        onFocus: (e) => {
          const start = (e.target as HTMLElement).dataset.probeStart;
          if (start !== undefined) setStop(Number(start));
          context.setProbe(probeOf(e.target));
        },
        onBlur: () => context.setProbe(null),
        onPointerOver: (e: PointerEvent) => context.setProbe(probeOf(e.target)),
        onPointerLeave: () => context.setProbe(null),
      }
    : {};

  /** A blocked segment: focusable, named with its label and how it ended. */
  const segment = (s: Segment): HTMLAttributes<HTMLElement> & Record<string, unknown> => {
    if (!context || s.kind !== 'blocked') return {};
    const ending = s.end <= t ? context.endings.get(waitKey(lane.thread, s.end)) : undefined;
    return {
      role: 'img',
      tabIndex: s.start === tabStop ? 0 : -1,
      'aria-label': ending ? `${s.label}, ${endingText(ending)}` : s.label,
      'data-probe-start': s.start,
      'data-probe-wait': s.end,
    };
  };

  /** A callback's callout: hovering the callback shows what made it run. */
  const callback = (c: CallbackSpan): Record<string, unknown> =>
    context ? { 'data-probe-callback': c.start } : {};

  return { track, segment, callback };
}

/**
 * Hover on a future lane's completion (its ● ▲ ✕ and the result beside it, both marked
 * `data-completion`) shows what that completion caused: the waiters it woke, the callbacks it
 * ran. Spread on the lane list; each future's row says its id (`data-future`). Thread lanes
 * handle their own.
 */
export function completionHover(
  setProbe: (probe: ArrowProbe | null) => void,
): HTMLAttributes<HTMLElement> {
  return {
    onPointerOver: (e) => {
      const target = e.target instanceof Element ? e.target : null;
      const row = target?.closest<HTMLElement>('[data-future]');
      if (!row) return;
      const future = target?.closest('[data-completion]') ? Number(row.dataset.future) : null;
      setProbe(future === null ? null : { kind: 'completion', future });
    },
    onPointerLeave: () => setProbe(null),
  };
}
