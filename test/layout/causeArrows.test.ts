import { describe, expect, it } from 'vitest';
import { issueProgramTrace } from '../fixtures/issueProgram';
import { us, type Trace, type TraceEvent, type WaitCall } from '../../src/core/trace';
import {
  arrowsAt,
  arrowsFor,
  arrowsOf,
  causeArrows,
  endingText,
  waitEndingsOf,
  waitKey,
} from '../../src/layout/causeArrows';
import { fetchSquareTrace } from '../fixtures/fetchSquareTrace';

type Body = TraceEvent extends infer E
  ? E extends TraceEvent
    ? Omit<E, 'seq' | 't' | 'line' | 'thread'>
    : never
  : never;

/** A trace from [t in µs, thread, event] rows, numbered in order. */
function traceOf(rows: [number, string, Body][]): Trace {
  const events = rows.map(
    ([t, thread, body], seq) => ({ ...body, seq, t: us(t), thread, line: null }) as TraceEvent,
  );
  return { version: 2, source: '', events, end: events[events.length - 1]!.t };
}

const W0 = 'ThreadPoolExecutor-0_0';
const W1 = 'ThreadPoolExecutor-0_1';
const POOL = 'ThreadPoolExecutor-0';
const created = (future: number, name: string): Body => ({
  type: 'future.create',
  future,
  name,
  address: '0x1',
  repr: '<Future>',
});
const state = (future: number, from: string, to: string): Body =>
  ({ type: 'future.state', future, from, to, repr: '', outcome: null }) as Body;
const begin = (call: WaitCall, on: string, futures: number[] = []): Body => ({
  type: 'wait.begin',
  call,
  on,
  futures,
  until: null,
});
/** A wait.end woken by event `seq` on `thread`, done by `by`. */
const woken = (call: WaitCall, seq: number, thread: string, by: string): Body => ({
  type: 'wait.end',
  call,
  reason: 'woken',
  cause: { seq, thread, by },
});
const submit = (future: number): Body => ({
  type: 'executor.submit',
  future,
  executor: POOL,
  fn: 'job',
});
const add = (callback: number, name: string, immediate: boolean): Body => ({
  type: 'callback.add',
  future: 1,
  callback,
  name,
  immediate,
});
const invoke = (callback: number, seq: number, thread: string, by: string): Body => ({
  type: 'callback.invoke',
  future: 1,
  callback,
  cause: { seq, thread, by },
});

/**
 * A pool of two workers: W0 idles until fut1 is submitted (the submit wakes it); fut2 starts
 * W1 fresh. MainThread waits in as_completed(); W1's set_result of fut2 wakes it. fut1 has a
 * callback run by W0's set_result, and one added after it is done (it runs at once on Main).
 */
const pool = traceOf([
  /* 0 */ [0, W0, { type: 'thread.start', kind: 'worker', daemon: false }],
  /* 1 */ [0, W0, begin('work', POOL)],
  /* 2 */ [10, 'MainThread', created(1, 'fut1')],
  /* 3 */ [10, 'MainThread', submit(1)],
  /* 4 */ [10, W0, woken('work', 3, 'MainThread', 'submit()')],
  /* 5 */ [10, W0, state(1, 'PENDING', 'RUNNING')],
  /* 6 */ [20, 'MainThread', created(2, 'fut2')],
  /* 7 */ [20, 'MainThread', submit(2)],
  /* 8 */ [20, W1, { type: 'thread.start', kind: 'worker', daemon: false }],
  /* 9 */ [30, W1, state(2, 'PENDING', 'RUNNING')],
  /* 10 */ [40, 'MainThread', add(1, 'on_done', false)],
  /* 11 */ [50, 'MainThread', begin('as_completed', 'fut1, fut2', [1, 2])],
  /* 12 */ [900, W1, state(2, 'RUNNING', 'FINISHED')],
  /* 13 */ [900, 'MainThread', woken('as_completed', 12, W1, 'set_result')],
  /* 14 */ [1000, W0, state(1, 'RUNNING', 'FINISHED')],
  /* 15 */ [1000, W0, invoke(1, 14, W0, 'set_result')],
  /* 16 */ [1000, W0, { type: 'callback.return', future: 1, callback: 1 }],
  /* 17 */ [1100, 'MainThread', add(2, 'late', true)],
  /* 18 */ [1100, 'MainThread', invoke(2, 17, 'MainThread', 'add_done_callback')],
  /* 19 */ [1100, 'MainThread', { type: 'callback.return', future: 1, callback: 2 }],
  /* 20 */ [1200, 'MainThread', { ...begin('result', 'fut2', [2]), until: us(1300) } as Body],
  /* 21 */ [
    1300,
    'MainThread',
    { type: 'wait.end', call: 'result', reason: 'timeout', cause: null },
  ],
  /* 22 */ [1400, 'MainThread', { type: 'program.end', exitCode: 0 }],
]);

describe('causeArrows', () => {
  it('draws every cause, in the order of its effect, each with its sentence', () => {
    expect(causeArrows(pool).map((a) => [a.kind, a.from.seq, a.to.seq, a.sentence])).toEqual([
      ['submit', 3, 5, `MainThread's submit() hands fut1 to ${W0}`],
      ['submit', 7, 9, `MainThread's submit() hands fut2 to ${W1}`],
      ['wake', 12, 13, `set_result on ${W1} wakes MainThread from as_completed()`],
      ['callback', 14, 15, `set_result on ${W0} runs on_done(fut1) on ${W0}`],
      [
        'callback',
        17,
        18,
        'add_done_callback on MainThread runs late(fut1) at once on MainThread, as fut1 is already done',
      ],
    ]);
  });
  it('gives each end its thread and time, so the arrow can be placed', () => {
    const wake = causeArrows(pool).find((a) => a.kind === 'wake')!;
    expect(wake.from).toEqual({ seq: 12, thread: W1, t: 900 });
    expect(wake.to).toEqual({ seq: 13, thread: 'MainThread', t: 900 });
  });
  it('folds the wake of an idle worker into the submit that woke it: one arrow, which ended the wait', () => {
    const [first, second] = causeArrows(pool);
    expect(first!.woke).toEqual({ seq: 4, thread: W0, t: 10 });
    // fut2 started a new worker: nothing was waiting.
    expect(second!.woke).toBeNull();
  });
  it('keeps the wake when the worker the submit woke is not the one that runs the job', () => {
    const stolen = traceOf([
      [0, W0, begin('work', POOL)],
      [10, 'MainThread', submit(1)],
      [10, W0, woken('work', 1, 'MainThread', 'submit()')],
      [10, W1, state(1, 'PENDING', 'RUNNING')],
    ]);
    expect(causeArrows(stolen).map((a) => a.sentence)).toEqual([
      `MainThread's submit() wakes ${W0} waiting for work`,
      `MainThread's submit() hands the job to ${W1}`,
    ]);
  });
  it('names a thread’s end and a shutdown as the waker; a worker passes the shutdown on', () => {
    const joins = traceOf([
      [0, 'MainThread', begin('join', 'Thread-1')],
      [5, 'Thread-1', { type: 'thread.finish' }],
      [5, 'MainThread', woken('join', 1, 'Thread-1', 'thread end')],
      [6, W0, begin('work', POOL)],
      [6, W1, begin('work', POOL)],
      [7, W0, woken('work', 2, 'MainThread', 'shutdown()')],
      [8, W1, woken('work', 5, W0, 'shutdown()')],
    ]);
    expect(causeArrows(joins).map((a) => a.sentence)).toEqual([
      "Thread-1's end wakes MainThread from Thread-1.join()",
      `MainThread's shutdown() wakes ${W0} waiting for work`,
      `${W0} passing shutdown() on wakes ${W1} waiting for work`,
    ]);
  });
  it('is derived once per trace', () => {
    expect(arrowsOf(pool)).toBe(arrowsOf(pool));
  });
});

describe('arrowsAt', () => {
  const arrows = arrowsOf(pool);
  const at = (t: number, lastSeq?: number) => arrowsAt(arrows, pool, t, lastSeq).map((a) => a.key);
  it('gives the arrows whose effect happens at the current step, and none elsewhere', () => {
    expect(at(900)).toEqual(['wake-13']);
    expect(at(1000)).toEqual(['callback-15']);
    expect(at(50)).toEqual([]);
  });
  it('keeps the step’s arrows while the playhead is between events', () => {
    expect(at(950)).toEqual(['wake-13']);
  });
  it('gives nothing before the first event', () => {
    const late = traceOf([[5, 'MainThread', { type: 'line' }]]);
    expect(arrowsAt([], late, 1)).toEqual([]);
  });
  it('cuts a sub-step at lastSeq', () => {
    expect(at(10, 4)).toEqual([]);
    expect(at(10, 5)).toEqual(['submit-5']);
  });
});

describe('arrowsFor (hover and focus)', () => {
  const arrows = arrowsOf(pool);
  it('gives a blocked segment the wake that ended it, including one folded into a submit', () => {
    const main = arrowsFor(arrows, { kind: 'wait', thread: 'MainThread', t: 900 }, 2000);
    expect(main.map((a) => a.key)).toEqual(['wake-13']);
    const worker = arrowsFor(arrows, { kind: 'wait', thread: W0, t: 10 }, 2000);
    expect(worker.map((a) => a.key)).toEqual(['submit-5']);
  });
  it('gives a callback its arrow', () => {
    const cb = arrowsFor(arrows, { kind: 'callback', thread: W0, t: 1000 }, 2000);
    expect(cb.map((a) => a.key)).toEqual(['callback-15']);
  });
  it('gives a future’s completion every arrow it caused: the waiters it woke, the callbacks it ran', () => {
    const fut2 = arrowsFor(arrows, { kind: 'completion', future: 2 }, 2000);
    expect(fut2.map((a) => a.key)).toEqual(['wake-13']);
    // The callback added late runs because of its add, not of fut1's completion.
    const fut1 = arrowsFor(arrows, { kind: 'completion', future: 1 }, 2000);
    expect(fut1.map((a) => a.key)).toEqual(['callback-15']);
  });
  it('tells nothing that has not happened by the playhead', () => {
    expect(arrowsFor(arrows, { kind: 'wait', thread: 'MainThread', t: 900 }, 899)).toEqual([]);
  });
});

describe('waitEndings', () => {
  it('says who woke a wait, or that it timed out, with the time', () => {
    const endings = waitEndingsOf(pool);
    expect(endingText(endings.get(waitKey('MainThread', 900))!)).toBe(
      `woken by set_result on ${W1} at 0.001 s`,
    );
    expect(endingText(endings.get(waitKey('MainThread', 1300))!)).toBe('timed out at 0.001 s');
  });
});

describe('on traces the core produces', () => {
  /** The issue's program: 8 jobs on 4 workers, sleeping 1 + i % 3 seconds, read as_completed. */
  const issue = issueProgramTrace();
  const arrows = causeArrows(issue);
  const sentences = (kind: string) => arrows.filter((a) => a.kind === kind).map((a) => a.sentence);

  it('hands each job from submit() to the worker that runs it', () => {
    const running = issue.events.filter((e) => e.type === 'future.state' && e.to === 'RUNNING');
    expect(sentences('submit')).toEqual(
      running.map(
        (e) => `MainThread's submit() hands fut${(e as { future: number }).future} to ${e.thread}`,
      ),
    );
    expect(sentences('submit')).toHaveLength(8);
  });
  it('wakes MainThread from as_completed() from the worker that finished, then ends with the shutdown', () => {
    const wakes = sentences('wake');
    const fromAsCompleted = wakes.filter((s) => s.endsWith('wakes MainThread from as_completed()'));
    expect(fromAsCompleted).toHaveLength(5);
    for (const s of fromAsCompleted)
      expect(s).toMatch(/^set_result on ThreadPoolExecutor-0_\d wakes/);
    expect(wakes.filter((s) => s.includes('passing shutdown() on'))).toHaveLength(3);
    expect(wakes.at(-1)).toMatch(
      /^ThreadPoolExecutor-0_\d's end wakes MainThread from shutdown\(wait=True\)$/,
    );
  });
  it('draws the six wakes of the last instant (5.0 s) together; a sub-step cuts them', () => {
    const last = issue.events.findLast((e) => e.type === 'wait.end')!;
    expect(arrowsAt(arrows, issue, last.t)).toHaveLength(6);
    expect(arrowsAt(arrows, issue, last.t, last.seq - 1)).toHaveLength(5);
  });
  it('runs fetch_square’s callbacks from the set_result on their Timer threads', () => {
    expect(sentences('callback')).toEqual([]); // the issue's program adds none
    expect(causeArrows(fetchSquareTrace()).map((a) => a.sentence)).toEqual([
      'set_result on Thread-1 runs on_done_future(fut1) on Thread-1',
      'set_result on Thread-2 runs on_done_future(fut2) on Thread-2',
      'set_result on Thread-3 runs on_done_future(fut3) on Thread-3',
    ]);
  });
});
