/**
 * asyncio's cause arrows (issue 17): an asyncio Future's completion does not run its callbacks,
 * it *schedules* them. So its arrows come in two: `schedule`, from the `set_result` (or any
 * scheduling call) to the handle joining the loop's queue, drawn on the loop's lane at that
 * moment; and `scheduled`, from there to the later turn where the loop runs it (`handle.run`),
 * drawn dashed with a queue glyph and the word "scheduled" — unlike the threads' callback arrow,
 * which goes at once from the completion to the callback.
 *
 * @example
 *   loopArrows(trace).map((a) => a.kind); // ['scheduled', 'schedule', 'scheduled', …]
 */
import type { Cause, FutureId, HandleId, Trace } from '../core/trace';
import { formatSeconds } from '../core/seconds';
import type { ArrowEnd, CauseArrow } from './causeArrows';
import { loopModelOf } from './loopModel';

/** The words for what a handle runs: `on_done_future(fut)`, `Task-2's step`, `Future.set_result`. */
type HandleWords = (handle: HandleId) => string;

/**
 * The schedule and scheduled arrows of every handle, ordered by target event (`to.seq`).
 * `completion` maps a completing `future.state` event's seq to its future.
 */
export function loopArrows(trace: Trace, completion: ReadonlyMap<number, FutureId>): CauseArrow[] {
  const model = loopModelOf(trace);
  const loopThread = new Map(model.loops.map((l) => [l.loop, l.thread]));
  const names = new Map<string, string>();
  const taskName = new Map<number, string>();
  for (const e of trace.events) {
    if (e.type === 'future.create') names.set(`f${e.future}`, e.name);
    if (e.type === 'callback.add') names.set(`c${e.callback}`, e.name);
    if (e.type === 'task.create') taskName.set(e.task, `${e.name}'s step (${e.coro})`);
  }
  const words: HandleWords = (handle) => {
    const s = model.schedules.get(handle);
    if (!s) return 'a callback';
    if (s.task !== undefined) return taskName.get(s.task) ?? s.fn;
    if (s.callback !== undefined)
      return `${names.get(`c${s.callback}`) ?? s.fn}(${names.get(`f${s.future}`) ?? 'future'})`;
    return s.fn;
  };
  const at = new Map<number, ArrowEnd>();
  const scheduledAt = new Map<HandleId, ArrowEnd>();
  const arrows: CauseArrow[] = [];
  const completes = (cause: Cause | null) => (cause ? (completion.get(cause.seq) ?? null) : null);
  for (const e of trace.events) {
    at.set(e.seq, { seq: e.seq, thread: e.thread, t: e.t });
    if (e.type === 'handle.schedule') {
      // Drawn on the loop's lane, whichever thread scheduled it (call_soon_threadsafe).
      const queue: ArrowEnd = { seq: e.seq, thread: loopThread.get(e.loop) ?? e.thread, t: e.t };
      scheduledAt.set(e.handle, queue);
      const from = e.cause && at.get(e.cause.seq);
      if (!e.cause || !from) continue;
      arrows.push({
        key: `schedule-${e.seq}`,
        kind: 'schedule',
        from,
        to: queue,
        sentence: `${e.cause.by} on ${e.cause.thread} schedules ${words(e.handle)} on the event loop: it runs on a later turn, not at once`,
        woke: null,
        completes: completes(e.cause),
      });
    }
    if (e.type === 'handle.run') {
      const from = scheduledAt.get(e.handle);
      const s = model.schedules.get(e.handle);
      if (!from || !s) continue;
      const when = `${formatSeconds(from.t, 3)} s`;
      const timer = s.when !== null ? ` with ${s.via}` : '';
      arrows.push({
        key: `scheduled-${e.seq}`,
        kind: 'scheduled',
        from,
        to: { seq: e.seq, thread: e.thread, t: e.t },
        sentence: `${words(e.handle)}, scheduled at ${when}${timer}, runs on ${e.thread} in turn ${e.turn} of the event loop`,
        woke: null,
        completes: completes(s.cause),
      });
    }
  }
  return arrows;
}
