import { describe, expect, test } from 'vitest';
import type { EventOf, TraceEvent } from '../../src/core/trace';
import { brokenWaitRules, causeEvent, eventsOf, waitsOf, type WaitPair } from './waits';

const ISSUE_PROGRAM = [
  'from concurrent.futures import ThreadPoolExecutor, as_completed',
  'import time',
  'def work(i):',
  '    time.sleep(1 + i % 3)',
  '    return i * i',
  'with ThreadPoolExecutor(max_workers=4) as ex:',
  '    futs = [ex.submit(work, i) for i in range(8)]',
  '    for f in as_completed(futs):',
  '        print(f.result())',
].join('\n');

/** Thread-1 (finish) completes `a` at 0.2 s and `b` at 0.4 s, the way `how` says. */
const finisher = (how: string) => [
  'import threading, time',
  'from concurrent.futures import Future, wait, as_completed',
  'a = Future()',
  'b = Future()',
  'def finish():',
  '    time.sleep(0.2)',
  `    a.${how}`,
  '    time.sleep(0.2)',
  `    b.${how}`,
  'threading.Thread(target=finish).start()',
];

const stateOf = (events: readonly TraceEvent[], pair: WaitPair) =>
  events[pair.end.cause!.seq] as EventOf<'future.state'>;

describe('a future the program waits for is one wait, woken by its completion', () => {
  test.each([
    ['result', 'set_result(1)', 'set_result'],
    ['exception', 'set_exception(ValueError(1))', 'set_exception'],
  ] as const)('b.%s() waits until b.%s', async (call, how, by) => {
    const events = await eventsOf([...finisher(how), `print(b.${call}())`].join('\n'));
    const [wait, ...more] = waitsOf(events);
    expect(more).toEqual([]);
    expect(wait?.begin).toMatchObject({ call, on: 'b', futures: [2], until: null });
    expect(wait?.end).toMatchObject({
      call,
      reason: 'woken',
      cause: { by, thread: 'Thread-1 (finish)' },
    });
    expect(stateOf(events, wait!)).toMatchObject({
      type: 'future.state',
      future: 2,
      to: 'FINISHED',
    });
    expect(brokenWaitRules(events)).toEqual([]);
  });

  test('result(timeout) that runs out ends at its deadline with no cause', async () => {
    const src = [
      'from concurrent.futures import Future, TimeoutError',
      'fut = Future()',
      'try:',
      '    fut.result(timeout=0.3)',
      'except TimeoutError:',
      '    print("timed out")',
    ].join('\n');
    const [wait, ...more] = waitsOf(await eventsOf(src));
    expect(more).toEqual([]);
    expect(wait?.begin).toMatchObject({
      call: 'result',
      on: 'fut',
      until: wait!.begin.t + 300_000,
    });
    expect(wait?.end).toMatchObject({ reason: 'timeout', cause: null, t: wait!.begin.t + 300_000 });
  });

  test('wait() over two futures is ONE wait, ended by the last completion', async () => {
    const events = await eventsOf([...finisher('set_result(1)'), 'wait([b, a])'].join('\n'));
    const [wait, ...more] = waitsOf(events);
    expect(more).toEqual([]);
    expect(wait?.begin).toMatchObject({ call: 'wait', on: 'b, a', futures: [2, 1] });
    expect(wait?.end.cause).toMatchObject({ by: 'set_result', thread: 'Thread-1 (finish)' });
    expect(stateOf(events, wait!)).toMatchObject({ future: 2, to: 'FINISHED' });
    expect(brokenWaitRules(events)).toEqual([]);
  });

  test('as_completed() names only the futures still pending at each blocking next', async () => {
    const src = [
      ...finisher('set_result(1)'),
      'for f in as_completed([a, b]):',
      '    print(f is a)',
    ];
    const events = await eventsOf(src.join('\n'));
    const waits = waitsOf(events);
    expect(waits.map((w) => [w.begin.call, w.begin.on, w.begin.futures])).toEqual([
      ['as_completed', 'a, b', [1, 2]],
      ['as_completed', 'b', [2]],
    ]);
    expect(waits.map((w) => stateOf(events, w).future)).toEqual([1, 2]);
    expect(brokenWaitRules(events)).toEqual([]);
  });
});

describe('the issue program: as_completed over a pool of four', () => {
  test('MainThread waits once per blocking next, each woken by a worker finishing a future', async () => {
    const events = await eventsOf(ISSUE_PROGRAM);
    const waits = waitsOf(events, 'as_completed').filter((w) => w.begin.thread === 'MainThread');
    expect(waits.map((w) => w.begin.futures)).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8],
      [2, 3, 5, 6, 7, 8],
      [3, 5, 6, 7, 8],
      [6, 8],
      [8],
    ]);
    for (const w of waits) {
      const done = stateOf(events, w);
      expect(done).toMatchObject({
        type: 'future.state',
        to: 'FINISHED',
        thread: w.end.cause?.thread,
      });
      expect(w.end.cause?.thread).toMatch(/^ThreadPoolExecutor-0_\d$/);
      // The loop body ran between two waits: one wait is one blocking next.
      const printed = events.filter((e) => e.type === 'stdout' && e.seq > w.end.seq);
      expect(printed.length).toBeGreaterThan(0);
    }
    expect(brokenWaitRules(events)).toEqual([]);
  });

  test('workers wait for work after their last job until shutdown, and shutdown is one wait', async () => {
    const events = await eventsOf(ISSUE_PROGRAM);
    const idle = waitsOf(events, 'work');
    expect(idle.map((w) => w.begin.thread).sort()).toEqual(
      [0, 1, 2, 3].map((i) => `ThreadPoolExecutor-0_${i}`),
    );
    // shutdown() wakes one idle worker; each one that ends passes it on to the next.
    expect(idle.map((w) => [w.begin.on, w.end.cause?.by, causeEvent(events, w)])).toEqual([
      ['ThreadPoolExecutor-0', 'shutdown()', 'line on MainThread'],
      ...idle.slice(1).map((w, i) => {
        const previous = idle[i]!.begin.thread;
        return ['ThreadPoolExecutor-0', 'shutdown()', `wait.end on ${previous}`];
      }),
    ]);
    const [shutdown, ...more] = waitsOf(events, 'shutdown');
    expect(more).toEqual([]);
    expect(shutdown?.begin).toMatchObject({
      thread: 'MainThread',
      on: 'ThreadPoolExecutor-0',
      line: 6,
    });
    const lastWorkerEnd = events
      .filter((e) => e.type === 'thread.finish' && e.thread !== 'MainThread')
      .at(-1);
    expect(shutdown?.end.cause).toMatchObject({ by: 'thread end', seq: lastWorkerEnd?.seq });
    expect(
      waitsOf(events).every((w) => ['as_completed', 'work', 'shutdown'].includes(w.begin.call)),
    ).toBe(true);
  });
});

describe('the executor', () => {
  test('executor.submit follows its future.create, before the worker it starts', async () => {
    const src = [
      'from concurrent.futures import ThreadPoolExecutor',
      'ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool")',
      'job = ex.submit(pow, 2, 8)',
      'ex.shutdown(wait=True)',
    ].join('\n');
    const events = await eventsOf(src);
    const kinds = events.filter((e) => e.type !== 'line').map((e) => `${e.type} on ${e.thread}`);
    const submit = kinds.indexOf('executor.submit on MainThread');
    expect(kinds.slice(submit - 1, submit + 2)).toEqual([
      'future.create on MainThread',
      'executor.submit on MainThread',
      'thread.start on pool_0',
    ]);
    expect(events.find((e) => e.type === 'executor.submit')).toMatchObject({
      future: 1,
      executor: 'pool',
      fn: 'pow',
      line: 3,
    });
    const [shutdown, ...more] = waitsOf(events, 'shutdown');
    expect(more).toEqual([]);
    expect(shutdown?.begin).toMatchObject({ on: 'pool', line: 4 });
    expect(shutdown?.end).toMatchObject({ reason: 'woken', cause: { by: 'thread end' } });
    expect(causeEvent(events, shutdown!)).toBe('thread.finish on pool_0');
  });

  test('an idle worker is woken by the submit that gives it work', async () => {
    const src = [
      'import time',
      'from concurrent.futures import ThreadPoolExecutor',
      'ex = ThreadPoolExecutor(max_workers=1)',
      'ex.submit(print, "a")',
      'time.sleep(0.1)',
      'ex.submit(print, "b")',
      'ex.shutdown()',
    ].join('\n');
    const events = await eventsOf(src);
    const idle = waitsOf(events, 'work');
    expect(idle.map((w) => [w.end.cause?.by, causeEvent(events, w)])).toEqual([
      ['submit()', 'executor.submit on MainThread'],
      ['shutdown()', 'line on MainThread'],
    ]);
    expect(brokenWaitRules(events)).toEqual([]);
  });
});

describe('callback.invoke names what made the callback run', () => {
  test("the future's completion, or the add itself on a future already done", async () => {
    const src = [
      ...finisher('set_result(1)'),
      'a.add_done_callback(print)',
      'b.result()',
      'b.add_done_callback(print)',
    ].join('\n');
    const events = await eventsOf(src);
    const invokes = events.filter((e) => e.type === 'callback.invoke');
    expect(
      invokes.map((e) => [e.callback, e.cause?.by, e.cause && events[e.cause.seq]?.type]),
    ).toEqual([
      [1, 'set_result', 'future.state'],
      [2, 'add_done_callback', 'callback.add'],
    ]);
  });
});

describe('a statement that makes many futures names none of them after its variable', () => {
  test('total = sum(ex.map(…)): the waits are on fut1, fut2, …; fut = ex.submit(…) keeps fut', async () => {
    const events = await eventsOf(
      [
        'import time',
        'from concurrent.futures import ThreadPoolExecutor',
        'def job(n):',
        '    time.sleep(n / 10)',
        '    return n',
        'with ThreadPoolExecutor(max_workers=2) as ex:',
        '    total = sum(ex.map(job, [2, 1]))',
        '    fut = ex.submit(job, 3)',
        '    print(total, fut.result())',
      ].join('\n'),
    );
    const names = events.flatMap((e) => (e.type === 'future.create' ? [e.name] : []));
    expect(names).toEqual(['fut1', 'fut2', 'fut']);
    const results = waitsOf(events).filter((w) => w.begin.call === 'result');
    expect(results.map((w) => w.begin.on)).toEqual(['fut1', 'fut']);
  });
});
