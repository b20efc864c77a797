import { formatSeconds } from '../../core/seconds';
import type { CallbackId, FutureId, ThreadName, Trace, VirtualUs } from '../../core/trace';

/** What a thread is doing during a segment. */
export type SegmentKind = 'running' | 'sleeping' | 'blocked';

export interface Segment {
  kind: SegmentKind;
  start: VirtualUs;
  end: VirtualUs;
  /** Words for the segment: "running", "sleeping 5.0 s", "blocked in fut1.result()". */
  label: string;
  /** For a sleep, when it was due to end (the countdown's target). */
  until: VirtualUs | null;
}

/** A done-callback running on a thread, drawn over the thread's running segment. */
export interface CallbackSpan {
  future: FutureId;
  callback: CallbackId;
  start: VirtualUs;
  end: VirtualUs;
  raised: boolean;
}

/** A `print` (or other output) made by a thread: where the connector to the console starts. */
export interface OutputMark {
  seq: number;
  t: VirtualUs;
  stream: 'stdout' | 'stderr' | 'display';
  text: string;
  /** The callback running on the thread when it printed, if any. */
  callback: CallbackId | null;
}

export interface ThreadLane {
  thread: ThreadName;
  segments: Segment[];
  callbacks: CallbackSpan[];
  outputs: OutputMark[];
  /** When the thread finished, if it did. */
  finishedAt: VirtualUs | null;
}

/**
 * Each thread's whole life as segments (running / sleeping / blocked), the callbacks it ran
 * and what it printed, for the entire trace; the timeline clips them at the playhead.
 *
 * @example
 *   threadSegments(trace)[1].segments[0]; // { kind: 'sleeping', label: 'sleeping 5.0 s', … }
 */
export function threadSegments(trace: Trace): ThreadLane[] {
  const lanes = new Map<ThreadName, ThreadLane>();
  const open = new Map<
    ThreadName,
    { kind: SegmentKind; start: VirtualUs; label: string; until: VirtualUs | null }
  >();
  const running = new Map<ThreadName, CallbackSpan>();
  const names = new Map<FutureId, string>();
  const laneOf = (thread: ThreadName) => {
    let lane = lanes.get(thread);
    if (!lane) {
      lane = { thread, segments: [], callbacks: [], outputs: [], finishedAt: null };
      lanes.set(thread, lane);
    }
    return lane;
  };
  const close = (thread: ThreadName, t: VirtualUs) => {
    const o = open.get(thread);
    if (!o) return;
    // A zero-length segment (started and changed at one instant) has nothing to show.
    if (t > o.start) laneOf(thread).segments.push({ ...o, end: t });
    open.delete(thread);
  };
  const begin = (
    thread: ThreadName,
    t: VirtualUs,
    kind: SegmentKind,
    label: string,
    until: VirtualUs | null = null,
  ) => {
    close(thread, t);
    open.set(thread, { kind, start: t, label, until });
  };
  for (const e of trace.events) {
    if (e.type === 'program.end' || e.type === 'deadlock') continue;
    laneOf(e.thread);
    switch (e.type) {
      case 'future.create':
        names.set(e.future, e.name);
        break;
      case 'thread.sleep': {
        const why = e.reason === 'cell-pause' ? 'waiting for the next cell' : 'sleeping';
        begin(e.thread, e.t, 'sleeping', `${why} ${formatSeconds(e.until - e.t)} s`, e.until);
        continue;
      }
      case 'thread.block':
        begin(
          e.thread,
          e.t,
          'blocked',
          `blocked in ${names.get(e.future) ?? 'future'}.${e.method}()`,
          e.until,
        );
        continue;
      case 'thread.finish':
        close(e.thread, e.t);
        laneOf(e.thread).finishedAt = e.t;
        continue;
      case 'callback.invoke':
        running.set(e.thread, {
          future: e.future,
          callback: e.callback,
          start: e.t,
          end: e.t,
          raised: false,
        });
        break;
      case 'callback.return':
      case 'callback.raise': {
        const span = running.get(e.thread);
        if (span) {
          laneOf(e.thread).callbacks.push({
            ...span,
            end: e.t,
            raised: e.type === 'callback.raise',
          });
          running.delete(e.thread);
        }
        break;
      }
      case 'stdout':
      case 'stderr':
      case 'display':
        laneOf(e.thread).outputs.push({
          seq: e.seq,
          t: e.t,
          stream: e.type,
          text: e.type === 'display' ? e.text : e.text.replace(/\n$/, ''),
          callback: running.get(e.thread)?.callback ?? null,
        });
        break;
    }
    // Any other event means the thread is executing code.
    if (open.get(e.thread)?.kind !== 'running') begin(e.thread, e.t, 'running', 'running');
  }
  for (const thread of [...open.keys()]) close(thread, trace.end);
  for (const [thread, span] of running) laneOf(thread).callbacks.push({ ...span, end: trace.end });
  return [...lanes.values()];
}
