import { formatSeconds } from '../../core/seconds';
import type { Cause, CallbackId, FutureId, ThreadName, Trace, VirtualUs } from '../../core/trace';
import { waitLabel } from '../../core/waitText';

/** What a thread is doing during a segment. */
export type SegmentKind = 'running' | 'sleeping' | 'blocked';

export interface Segment {
  kind: SegmentKind;
  start: VirtualUs;
  /** The seq of the event that began it: a step inside the instant `start` may not show it yet (absent: shown with its instant). */
  startSeq?: number;
  end: VirtualUs;
  /** The seq of the event that ended it (absent: it runs to the trace's end, or was built by hand). */
  endSeq?: number;
  /** Words for the segment: "running", "sleeping 5.0 s", "blocked in fut1.result()", "waiting for work". */
  label: string;
  /** For a sleep, when it was due to end (the countdown's target); for a wait, its timeout's deadline. */
  until: VirtualUs | null;
  /** For a wait that ended: why (`woken` or `timeout`); null for other segments and for a wait still on at the trace's end. */
  reason: 'woken' | 'timeout' | null;
  /** For a woken wait: who woke it (the waker's event, thread and call); null otherwise. */
  wake: Cause | null;
  /** For a wait that ended: the `wait.end` event's seq; null otherwise. */
  wakeSeq: number | null;
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
  /** The seq of its `thread.finish`, if it finished: a step before it still shows the thread. */
  finishedSeq?: number | null;
}

/** A segment not yet closed: everything but its end and what ended it. */
type OpenSegment = Omit<Segment, 'end' | 'endSeq' | 'reason' | 'wake' | 'wakeSeq'>;

/** How a segment ended: only a wait's end says more than "the thread moved on". */
type Ending = Pick<Segment, 'reason' | 'wake' | 'wakeSeq'>;
const MOVED_ON: Ending = { reason: null, wake: null, wakeSeq: null };

/**
 * Each thread's whole life as segments (running / sleeping / blocked), the callbacks it ran
 * and what it printed, for the entire trace; the timeline clips them at the playhead.
 *
 * Every wait (`wait.begin` … `wait.end`, any blocking call) is one `blocked` segment labelled
 * as `waitLabel` says ("blocked in as_completed()", "waiting for work"); a waiting thread's own
 * events before its `wait.end` never turn it back to running, so a segment never flips.
 *
 * @example
 *   threadSegments(trace)[1].segments[0]; // { kind: 'sleeping', label: 'sleeping 5.0 s', … }
 */
export function threadSegments(trace: Trace): ThreadLane[] {
  const lanes = new Map<ThreadName, ThreadLane>();
  const open = new Map<ThreadName, OpenSegment>();
  /** Threads inside a wait right now (between its wait.begin and its wait.end). */
  const waiting = new Set<ThreadName>();
  const running = new Map<ThreadName, CallbackSpan>();
  const laneOf = (thread: ThreadName) => {
    let lane = lanes.get(thread);
    if (!lane) {
      lane = {
        thread,
        segments: [],
        callbacks: [],
        outputs: [],
        finishedAt: null,
        finishedSeq: null,
      };
      lanes.set(thread, lane);
    }
    return lane;
  };
  const close = (
    thread: ThreadName,
    t: VirtualUs,
    endSeq: number | undefined,
    ending: Ending = MOVED_ON,
  ) => {
    const o = open.get(thread);
    if (!o) return;
    // A zero-length segment (started and changed at one instant) has nothing to show, except a
    // wait: stepping through that instant shows the thread blocked until its wake's own step.
    if (t > o.start || o.kind === 'blocked')
      laneOf(thread).segments.push({
        ...o,
        end: t,
        ...(endSeq === undefined ? {} : { endSeq }),
        ...ending,
      });
    open.delete(thread);
  };
  const begin = (
    thread: ThreadName,
    t: VirtualUs,
    startSeq: number,
    kind: SegmentKind,
    label: string,
    until: VirtualUs | null = null,
  ) => {
    close(thread, t, startSeq);
    open.set(thread, { kind, start: t, startSeq, label, until });
  };
  for (const e of trace.events) {
    if (e.type === 'program.end' || e.type === 'deadlock') continue;
    laneOf(e.thread);
    switch (e.type) {
      case 'thread.sleep': {
        if (waiting.has(e.thread)) continue;
        const why = e.reason === 'cell-pause' ? 'waiting for the next cell' : 'sleeping';
        begin(
          e.thread,
          e.t,
          e.seq,
          'sleeping',
          `${why} ${formatSeconds(e.until - e.t)} s`,
          e.until,
        );
        continue;
      }
      case 'wait.begin':
        waiting.add(e.thread);
        begin(e.thread, e.t, e.seq, 'blocked', waitLabel(e), e.until);
        continue;
      case 'wait.end':
        waiting.delete(e.thread);
        // Only a wait's own segment carries its wake (a stray end without a begin changes nothing).
        if (open.get(e.thread)?.kind === 'blocked')
          close(e.thread, e.t, e.seq, { reason: e.reason, wake: e.cause, wakeSeq: e.seq });
        break;
      case 'thread.finish':
        waiting.delete(e.thread);
        close(e.thread, e.t, e.seq);
        laneOf(e.thread).finishedAt = e.t;
        laneOf(e.thread).finishedSeq = e.seq;
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
    // Any other event means the thread is executing code, unless it is still inside a wait:
    // only the wait's end lets it run again.
    if (waiting.has(e.thread)) continue;
    if (open.get(e.thread)?.kind !== 'running') begin(e.thread, e.t, e.seq, 'running', 'running');
  }
  for (const thread of [...open.keys()]) close(thread, trace.end, undefined);
  for (const [thread, span] of running) laneOf(thread).callbacks.push({ ...span, end: trace.end });
  return [...lanes.values()];
}
