/**
 * asyncio on the timeline's layout model (issue 17), over the hand-built trace of
 * test/fixtures/asyncioTrace.ts: the loop's turns and steps on MainThread's lane, the idle loop
 * as its own look, each task a lane of its own under the loop's thread, and set_result's arrow
 * to a *scheduled* callback that runs on a later turn.
 */
import { describe, expect, it } from 'vitest';
import { axisOf } from '../../src/layout/axis';
import { arrowsAt, arrowsOf } from '../../src/layout/causeArrows';
import { overlaps } from '../../src/layout/labels';
import { loopModelOf, taskActivity } from '../../src/layout/loopModel';
import { layoutTimeline, type LaidRow } from '../../src/layout/timelineLayout';
import { loopThreadActivity } from '../../src/layout/threadActivity';
import { timelineOf } from '../../src/layout/timelineData';
import { domainOf } from '../../src/layout/zoomWindow';
import { traceSteps } from '../../src/store/selectors/steps';
import { traceIndex } from '../../src/core/traceIndex';
import { wholeTrace } from '../../src/store/snapshot';
import { asyncioTrace, TIMER_DUE } from '../fixtures/asyncioTrace';
import { runScenario } from '../../src/scenarios';

const CHAR_PX = 7;
const trace = asyncioTrace();
const whole = (width = 1000) => axisOf({ from: 0, to: domainOf(trace.end) }, width);
/** A window around the first turns, where the loop's work is (the run is mostly one idle wait). */
const early = (width = 1000) => axisOf({ from: 0, to: 200 }, width);
const seqOf = (type: string, pick: (e: Record<string, unknown>) => boolean = () => true) =>
  trace.events.find((e) => e.type === type && pick(e as unknown as Record<string, unknown>))!.seq;

function threadRow(laid: LaidRow[], thread: string) {
  const r = laid.find((l) => l.spec.kind === 'thread' && l.spec.thread === thread);
  if (!r || !('lane' in r)) throw new Error(`no lane for ${thread}`);
  return r;
}

describe('the loop and its tasks as rows', () => {
  it('puts each task in a lane of its own right under the thread its loop runs on', () => {
    const { rows } = layoutTimeline({ trace, t: trace.end, axis: whole(), charPx: CHAR_PX });
    const keys = rows.map((r) => r.key);
    expect(keys.slice(0, 4)).toEqual(['t:MainThread', 'k:1', 'k:2', 't:ThreadPoolExecutor-0_0']);
    const model = loopModelOf(trace);
    expect(model.tasks.map((k) => k.name)).toEqual(['Task-1 · main()', 'Task-2 · fetch_square(2)']);
    // A task is not a thread: the thread lanes are only the two threads.
    const threads = traceIndex(trace)
      .derive(wholeTrace)
      .lanes.map((l) => l.thread);
    expect(threads).toEqual(['MainThread', 'ThreadPoolExecutor-0_0']);
  });

  it('draws a task once, as a task: its own future has no lane, and arrows to it end there', () => {
    const { rows } = layoutTimeline({ trace, t: trace.end, axis: whole(), charPx: CHAR_PX });
    const taskFutures = loopModelOf(trace).tasks.map((k) => k.future);
    const futureRows = rows.flatMap((r) => (r.kind === 'future' ? [r.future] : []));
    expect(futureRows.length).toBeGreaterThan(0);
    expect(futureRows.filter((id) => taskFutures.includes(id))).toEqual([]);
    const taskRows = rows.flatMap((r) => (r.kind === 'task' ? [r.future] : []));
    expect(taskRows).toEqual(taskFutures);
  });

  it("gives asyncio.run's own clean-up tasks no lane (their steps stay on the loop's)", () => {
    const run = runScenario('fetch-square-asyncio').trace;
    const model = loopModelOf(run);
    expect(model.tasks.map((k) => k.coro)).toEqual([
      'main()',
      'shutdown_asyncgens()',
      'shutdown_default_executor()',
    ]);
    const { rows } = layoutTimeline({
      trace: run,
      t: run.end,
      axis: axisOf({ from: 0, to: domainOf(run.end) }, 1000),
      charPx: CHAR_PX,
    });
    expect(rows.filter((r) => r.kind === 'task').map((r) => r.key)).toEqual(['k:1']);
  });

  it('draws a task from its creation to its coroutine’s end, and says what it does', () => {
    const task2 = loopModelOf(trace).tasks[1]!;
    expect(task2.created).toBe(30);
    expect(task2.done).toBe(TIMER_DUE + 40);
    expect(taskActivity(task2, 10)).toBe('not created yet');
    expect(taskActivity(task2, 50)).toBe('scheduled: starts on a later turn');
    expect(taskActivity(task2, 75)).toBe('running on MainThread');
    expect(taskActivity(task2, 500_000)).toBe('awaiting fut');
    expect(taskActivity(task2, TIMER_DUE + 5)).toBe('scheduled: resumes on a later turn');
    expect(taskActivity(task2, TIMER_DUE + 35)).toBe('running on MainThread');
    expect(taskActivity(task2, trace.end)).toBe('done');
    const { laid } = layoutTimeline({ trace, t: 500_000, axis: whole(), charPx: CHAR_PX });
    const row = laid.find((l) => l.spec.key === 'k:2')!;
    if (!('task' in row)) throw new Error('task row expected');
    expect(row.row.parts.map((p) => p.part.kind)).toEqual(['scheduled', 'running', 'awaiting']);
    expect(row.row.labels.map((l) => l.text)).toContain('‖ awaiting fut');
    expect(row.row.doneX).toBeNull();
  });
});

describe("the loop's thread lane", () => {
  it('marks every turn by then, numbered in its words', () => {
    const { laid } = layoutTimeline({ trace, t: 150, axis: early(), charPx: CHAR_PX });
    const loop = threadRow(laid, 'MainThread').row.loop!;
    expect(loop.turns.map((x) => x.turn)).toEqual([1, 2, 3, 4]);
    expect(loop.turns[2]!.title).toBe('turn 3 of the event loop: runs 1 ready callback');
  });

  it('draws each task step as a labelled span, and a done-callback once, as the callback', () => {
    const { laid } = layoutTimeline({ trace, t: 150, axis: early(), charPx: CHAR_PX });
    const row = threadRow(laid, 'MainThread').row;
    expect(row.loop!.steps.map((s) => s.step.label)).toEqual([
      'main() step',
      'fetch_square(2) step',
      '_call_set_state',
      'main() step',
    ]);
    // Each step's words inside its span, where the span is wide enough.
    const stepWords = row.labels.filter((l) => l.key.startsWith('h')).sort((a, b) => a.x - b.x);
    expect(stepWords.map((l) => l.full)).toEqual([
      'main() step',
      'fetch_square(2) step',
      '_call_set_state',
      'main() step',
    ]);
    const end = layoutTimeline({ trace, t: trace.end, axis: whole(), charPx: CHAR_PX });
    const last = threadRow(end.laid, 'MainThread').row;
    expect(last.callbacks.map((c) => c.text)).toEqual([
      'on_done_future(fut) → prints Result is: 4',
    ]);
    expect(last.loop!.steps.some((s) => s.step.via === 'done-callback')).toBe(false);
  });

  it('draws the loop waiting in select() as idle, not as running and not as blocked', () => {
    const t = 500_000;
    const { laid } = layoutTimeline({ trace, t, axis: whole(), charPx: CHAR_PX });
    const { row, lane } = threadRow(laid, 'MainThread');
    const idle = row.segments.filter((s) => s.look === 'idle');
    expect(idle).toHaveLength(1);
    expect(row.segments.some((s) => s.look === 'blocked')).toBe(false);
    expect(row.labels.find((l) => l.key.startsWith('s'))?.full).toBe(
      '◌ event loop idle · next timer in 0.6 s',
    );
    const loop = loopModelOf(trace).byThread.get('MainThread')!;
    expect(loopThreadActivity(lane, loop, t)).toBe('event loop idle');
    const { callbackLabel } = timelineOf(trace);
    expect(loopThreadActivity(lane, loop, TIMER_DUE + 15, null, callbackLabel)).toBe(
      'turn 6: running on_done_future(fut)',
    );
    expect(loopThreadActivity(lane, loop, 75)).toBe('turn 2: running fetch_square(2) step');
  });

  it('places no label over another or over a callback, at every step, wide and narrow', () => {
    for (const axis of [whole(), whole(240), early(), early(300)])
      for (const step of traceSteps(trace)) {
        const { laid } = layoutTimeline({ trace, t: step.t, axis, charPx: CHAR_PX });
        for (const r of laid) {
          if ('counts' in r || !r.row) continue;
          const marks = 'lane' in r ? r.row.callbacks.map((m) => ({ x: m.x, w: m.w })) : [];
          r.row.labels.forEach((a, i) => {
            for (const b of r.row!.labels.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
            for (const m of marks) expect(overlaps(a, m), `${a.full} at ${step.t}`).toBe(false);
          });
        }
      }
  });
});

describe('scheduled, not immediate: the arrows', () => {
  const arrows = arrowsOf(trace);

  it('goes from set_result to the queued callback on the loop’s lane, at the completion', () => {
    const futDone = seqOf('future.state', (e) => e.future === 5);
    const atCompletion = arrowsAt(arrows, trace, TIMER_DUE);
    const schedule = atCompletion.filter((a) => a.kind === 'schedule');
    expect(schedule.map((a) => a.from.seq)).toEqual([futDone, futDone]);
    expect(schedule.every((a) => a.to.thread === 'MainThread' && a.to.t === TIMER_DUE)).toBe(true);
    expect(schedule[0]!.sentence).toBe(
      'set_result on MainThread schedules on_done_future(fut) on the event loop: it runs on a later turn, not at once',
    );
    // No callback runs at the completion: nothing immediate.
    expect(atCompletion.some((a) => a.kind === 'callback')).toBe(false);
  });

  it('then from the queue to the later turn that runs it', () => {
    const run = seqOf('handle.run', (e) => e.handle === 6);
    const scheduled = arrows.find((a) => a.kind === 'scheduled' && a.to.seq === run)!;
    expect(scheduled.from.t).toBe(TIMER_DUE);
    expect(scheduled.to.t).toBe(TIMER_DUE + 10);
    expect(scheduled.sentence).toBe(
      'on_done_future(fut), scheduled at 1.0 s, runs on MainThread in turn 6 of the event loop',
    );
    expect(scheduled.completes).toBe(5);
    expect(arrows.some((a) => a.kind === 'callback')).toBe(false);
  });

  it('draws a worker’s call_soon_threadsafe arriving on the loop’s lane', () => {
    const fromWorker = arrows.find((a) => a.kind === 'schedule' && a.from.thread !== 'MainThread')!;
    expect(fromWorker.from.thread).toBe('ThreadPoolExecutor-0_0');
    expect(fromWorker.to.thread).toBe('MainThread');
  });
});
