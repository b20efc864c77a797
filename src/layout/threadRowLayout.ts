import { countdown, timeLeft } from '../core/seconds';
import type {
  CallbackSpan,
  OutputMark,
  Segment,
  ThreadLane,
} from '../store/selectors/threadSegments';
import type { Axis } from './axis';
import { placeLabels, type Interval, type LabelRequest, type PlacedLabel } from './labels';
import { waitLabel } from '../core/waitText';
import type { LoopLane } from './loopModel';
import { layoutLoopRow, type LoopRowLayout } from './loopRowLayout';

/** A print keeps its words on the lane for this long: a later one replaces it. */
export const PRINT_WORDS_US = 500_000;

/** The narrowest a part is drawn, so an instant still shows. */
export const MIN_PART_PX = 4;

/** How a segment box is drawn: its kind, many thin parts as one busy box, or an idle event loop. */
export type SegmentLook = Segment['kind'] | 'busy' | 'idle';

/** An event loop waiting in select() for its next timer: not running, not blocked in the program. */
const LOOP_IDLE = waitLabel({ call: 'select', on: '' });

export interface SegmentBox extends Interval {
  /** The segment, or the first of the parts drawn as this one box. */
  seg: Segment;
  look: SegmentLook;
  /** The words for its tooltip: its label, and the countdown while it is the current sleep. */
  title: string;
  /**
   * How many segments this box draws: more than one where they are too thin to tell apart at
   * this zoom (a pool worker's thousand jobs on a whole-run axis), drawn as one busy stretch.
   */
  parts: number;
}

/** Segments thinner than this, touching, are drawn as one busy box until the reader zooms in. */
export const MERGE_PX = 3;

export interface CallbackBox extends Interval {
  span: CallbackSpan;
  /** The callout's full text: `on_done_future(fut3) → prints Result is: 9`. */
  text: string;
}

export interface PrintMark {
  seq: number;
  x: number;
  stream: OutputMark['stream'];
}

/** One thread lane laid out at a moment: everything in pixels of the axis. */
export interface ThreadRowLayout {
  segments: SegmentBox[];
  callbacks: CallbackBox[];
  prints: PrintMark[];
  /** Callouts and in-segment words, none overlapping another or a mark. */
  labels: PlacedLabel[];
  /** On an event loop's thread: its turns and the handles it ran; else null. */
  loop: LoopRowLayout | null;
}

/**
 * A thread's lane at `t` on an axis: its segments clipped to the playhead and the window, the
 * callbacks it ran, its print marks, and the labels placed without collisions (newest first,
 * so what just happened keeps its words).
 *
 * @example layoutThreadRow(lane, t, axis, label, 7).labels[0].text; // 'on_done_future(fut1) → prints Result is: 4'
 */
export function layoutThreadRow(
  lane: ThreadLane,
  t: number,
  axis: Axis,
  callbackLabel: (future: number, callback: number) => string,
  charPx: number,
  loop: LoopLane | null = null,
): ThreadRowLayout {
  const box = (start: number, end: number): Interval | null => {
    const lo = axis.x(start);
    const hi = axis.x(Math.min(end, t));
    if (hi < -MIN_PART_PX || lo > axis.width + MIN_PART_PX) return null;
    const x = Math.max(lo, -MIN_PART_PX);
    return { x, w: Math.max(Math.min(hi, axis.width + MIN_PART_PX) - x, MIN_PART_PX) };
  };
  const segments: SegmentBox[] = [];
  const requests: (LabelRequest & { at: number })[] = [];
  for (const seg of lane.segments) {
    if (seg.start > t) break;
    const b = box(seg.start, seg.end);
    if (!b) continue;
    const last = segments[segments.length - 1];
    const thin = axis.x(Math.min(seg.end, t)) - axis.x(seg.start) < MERGE_PX;
    if (thin && last && (last.parts > 1 || last.w <= MIN_PART_PX) && b.x <= last.x + last.w + 1) {
      last.w = Math.max(last.w, b.x + b.w - last.x);
      last.parts += 1;
      last.look = 'busy';
      last.title = `${last.parts} parts, too close to tell apart: zoom in`;
      continue;
    }
    const active = seg.start <= t && t < seg.end;
    const idle = seg.kind === 'blocked' && seg.label === LOOP_IDLE;
    const left =
      seg.kind === 'sleeping' && active && seg.until !== null
        ? ` · ${timeLeft(seg.until - t)}`
        : idle && active && seg.until !== null
          ? ` · next timer in ${countdown(seg.until - t)} s`
          : '';
    segments.push({ ...b, seg, look: idle ? 'idle' : seg.kind, title: seg.label + left, parts: 1 });
    if (seg.kind !== 'running' && !thin)
      requests.push({
        key: `s${seg.start}`,
        full: `${seg.kind === 'sleeping' ? '░ ' : idle ? '◌ ' : '⋯ '}${seg.label}${left}`,
        at: seg.start,
        anchor: b,
        mode: 'inside',
        within: { x: b.x + 2, w: b.w - 4 },
      });
  }
  const callbacks: CallbackBox[] = [];
  for (const span of lane.callbacks) {
    if (span.start > t) continue;
    const b = box(span.start, span.end);
    if (!b) continue;
    const printed = lane.outputs
      .filter((o) => o.callback === span.callback && o.t <= t)
      .map((o) => ` → ${o.stream === 'stderr' ? 'stderr ' : 'prints '}${o.text}`)
      .join('');
    const text = `${callbackLabel(span.future, span.callback)}${span.raised ? ' raised' : ''}${printed}`;
    callbacks.push({ ...b, span, text });
    requests.push({
      key: `c${span.callback}`,
      full: text,
      at: span.start,
      anchor: b,
      mode: 'beside',
    });
  }
  const prints: PrintMark[] = [];
  let latest: OutputMark | null = null;
  for (const o of lane.outputs) {
    if (o.t > t) break;
    if (o.callback !== null) continue;
    latest = o;
    const x = axis.x(o.t);
    if (x >= -MIN_PART_PX && x <= axis.width + MIN_PART_PX)
      prints.push({ seq: o.seq, x, stream: o.stream });
  }
  // Only a print made in the last half second keeps its words, so it never hides the lane
  // for long; every line stays in the Console.
  if (latest && t - latest.t < PRINT_WORDS_US) {
    const words =
      latest.stream === 'stderr' ? 'stderr: ' : latest.stream === 'display' ? 'Out: ' : 'prints ';
    requests.push({
      key: `p${latest.seq}`,
      full: words + latest.text,
      at: latest.t,
      anchor: { x: axis.x(latest.t) - 1, w: 3 },
      mode: 'beside',
    });
  }
  const looped = loop ? layoutLoopRow(loop, t, axis, box) : null;
  if (looped) requests.push(...looped.requests);
  // The newest first: what just happened keeps its words when room runs out.
  requests.sort((a, b) => b.at - a.at);
  const markers: Interval[] = [
    ...callbacks.map((c) => ({ x: c.x, w: c.w })),
    ...prints.map((p) => ({ x: p.x - 1, w: 3 })),
  ];
  return {
    segments,
    callbacks,
    prints,
    labels: placeLabels(requests, markers, axis.width, charPx),
    loop: looped?.layout ?? null,
  };
}
