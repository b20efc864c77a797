import type { FutureTransition, FutureView } from '../store/selectors/futuresAt';
import type { Axis } from './axis';
import { placeLabels, type Interval, type PlacedLabel } from './labels';
import { MIN_PART_PX } from './threadRowLayout';

/** The room of a future's end mark (● ▲ ✕, drawn 20 px wide), which labels keep clear of. */
export const DONE_MARK_PX = 24;

/** One future lane laid out at a moment. */
export interface FutureRowLayout {
  /** The dashed pending stretch, from creation to completion (or the playhead); null off screen. */
  pending: Interval | null;
  /** How it ended, once it has: its transition and the mark's centre. */
  done: { at: FutureTransition; x: number } | null;
  labels: PlacedLabel[];
}

/**
 * A future's lane at `t`: pending from its creation, then the mark of how it ended with its
 * value beside it; while pending, who waits for it is written inside the stretch.
 *
 * @example layoutFutureRow(future, axis, 7).labels[0].text; // "{'success': True, 'result': 4}"
 */
export function layoutFutureRow(
  future: FutureView,
  t: number,
  axis: Axis,
  charPx: number,
): FutureRowLayout {
  const done =
    future.transitions.find((x) => x.state !== 'PENDING' && x.state !== 'RUNNING') ?? null;
  const lo = axis.x(future.createdAt);
  const hi = axis.x(done ? done.t : t);
  const visible = hi >= -MIN_PART_PX && lo <= axis.width + MIN_PART_PX;
  const x = Math.max(lo, -MIN_PART_PX);
  const pending = visible
    ? { x, w: Math.max(Math.min(hi, axis.width + MIN_PART_PX) - x, MIN_PART_PX) }
    : null;
  const doneX = done ? axis.x(done.t) : null;
  const mark =
    doneX !== null && doneX >= -DONE_MARK_PX && doneX <= axis.width + DONE_MARK_PX
      ? { x: doneX - DONE_MARK_PX / 2, w: DONE_MARK_PX }
      : null;
  const value = done ? (done.outcome ? done.outcome.repr : doneWords(done.state)) : null;
  const waiting = future.waiters.map((w) => ` · ${w.thread} waits in ${w.method}()`).join('');
  const labels = placeLabels(
    done
      ? mark && value
        ? [{ key: 'value', full: value, anchor: mark, mode: 'beside' as const }]
        : []
      : pending
        ? [
            {
              key: 'pending',
              full: `○ pending${waiting}`,
              anchor: pending,
              mode: 'inside' as const,
              within: { x: pending.x + 2, w: pending.w - 4 },
            },
          ]
        : [],
    mark ? [mark] : [],
    axis.width,
    charPx,
  );
  return { pending, done: done && doneX !== null ? { at: done, x: doneX } : null, labels };
}

const doneWords = (state: FutureTransition['state']) =>
  state === 'CANCELLED' || state === 'CANCELLED_AND_NOTIFIED' ? 'cancelled' : 'done';
