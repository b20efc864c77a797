import { describe, expect, test } from 'vitest';
import type { WaitCall } from '../../src/core/trace';
import { brokenWaitRules, causeEvent, eventsOf, waitsOf } from './waits';

/** A program whose MainThread blocks once in `call` until `waker` (Thread-1) ends it. */
interface Case {
  call: WaitCall;
  on: string;
  by: string;
  program: string[];
  waker?: string;
}

const waker = (body: string[]) => [
  'def wake():',
  '    time.sleep(0.5)',
  ...body.map((line) => `    ${line}`),
  'threading.Thread(target=wake).start()',
];

const CASES: Case[] = [
  {
    call: 'Event.wait',
    on: 'ready',
    by: 'Event.set()',
    program: ['ready = threading.Event()', ...waker(['ready.set()']), 'ready.wait()'],
  },
  {
    call: 'Condition.wait',
    on: 'cond',
    by: 'notify()',
    // The waker keeps the lock one more line: taking it back is part of the same wait.
    program: [
      'cond = threading.Condition()',
      ...waker(['with cond:', '    cond.notify()', '    print("notified")']),
      'with cond:',
      '    cond.wait()',
    ],
  },
  {
    call: 'Condition.wait',
    on: 'cond',
    by: 'notify_all()',
    program: [
      'cond = threading.Condition()',
      'items = []',
      ...waker(['with cond:', '    items.append(1)', '    cond.notify_all()']),
      'with cond:',
      '    cond.wait_for(lambda: items)',
    ],
  },
  {
    call: 'Lock.acquire',
    on: 'lock',
    by: 'release()',
    program: [
      'lock = threading.Lock()',
      'lock.acquire()',
      ...waker(['lock.release()']),
      'with lock:',
      '    pass',
    ],
  },
  {
    call: 'Lock.acquire',
    on: 'guard',
    by: 'release()',
    waker: 'Thread-1 (hold)',
    program: [
      'guard = threading.RLock()',
      'def hold():',
      '    guard.acquire()',
      '    time.sleep(0.5)',
      '    guard.release()',
      'threading.Thread(target=hold).start()',
      'time.sleep(0.1)',
      'guard.acquire()',
    ],
  },
  {
    call: 'Semaphore.acquire',
    on: 'slots',
    by: 'release()',
    program: [
      'slots = threading.BoundedSemaphore(1)',
      'slots.acquire()',
      ...waker(['slots.release()']),
      'slots.acquire()',
    ],
  },
  {
    call: 'Queue.get',
    on: 'jobs',
    by: 'put()',
    program: ['jobs = queue.Queue()', ...waker(['jobs.put(1)']), 'print(jobs.get())'],
  },
  {
    call: 'Queue.put',
    on: 'jobs',
    by: 'get()',
    program: [
      'jobs = queue.Queue(maxsize=1)',
      'jobs.put(1)',
      ...waker(['jobs.get()']),
      'jobs.put(2)',
    ],
  },
];

describe('a threading / queue primitive the program blocks in is one wait', () => {
  test.each(CASES)('$call on $on, woken by $by', async (c) => {
    const { call, on, by, program, waker = 'Thread-1 (wake)' } = c;
    const events = await eventsOf(['import queue, threading, time', ...program].join('\n'));
    const waits = waitsOf(events);
    expect(waits.map((w) => [w.begin.thread, w.begin.call, w.begin.on, w.begin.until])).toEqual([
      ['MainThread', call, on, null],
    ]);
    const [wait] = waits;
    expect(wait?.end).toMatchObject({ reason: 'woken', cause: { by, thread: waker } });
    expect(causeEvent(events, wait!)).toBe(`line on ${waker}`);
    expect(brokenWaitRules(events)).toEqual([]);
  });

  test('a timeout ends the wait at its deadline with no cause', async () => {
    const src = [
      'import queue, threading',
      'jobs = queue.Queue()',
      'try:',
      '    jobs.get(timeout=0.25)',
      'except queue.Empty:',
      '    print("empty")',
    ].join('\n');
    const events = await eventsOf(src);
    const [wait, ...more] = waitsOf(events);
    expect(more).toEqual([]);
    expect(wait?.begin).toMatchObject({
      call: 'Queue.get',
      on: 'jobs',
      until: wait!.begin.t + 250_000,
    });
    expect(wait?.end).toMatchObject({ reason: 'timeout', cause: null, t: wait!.begin.t + 250_000 });
    expect(brokenWaitRules(events)).toEqual([]);
  });

  test('a primitive that does not block, or is made without a name, is told as such', async () => {
    const src = [
      'import threading, time',
      'ready = threading.Event()',
      'ready.set()',
      'ready.wait()',
      'lock = threading.Lock()',
      'lock.acquire()',
      'print(lock.acquire(blocking=False), lock.acquire(timeout=0))',
      'events = [threading.Event()]',
      'threading.Timer(0.2, events[0].set).start()',
      'events[0].wait()',
    ].join('\n');
    const events = await eventsOf(src);
    expect(waitsOf(events).map((w) => [w.begin.call, w.begin.on, w.end.cause?.by])).toEqual([
      ['Event.wait', 'Event', 'Event.set()'],
    ]);
  });

  test('library-internal locks and conditions never show; a Timer still sleeps', async () => {
    const src = [
      'import threading',
      'from concurrent.futures import Future',
      'fut = Future()',
      'threading.Timer(0.2, fut.set_result, args=(1,)).start()',
      'print(fut.result())',
    ].join('\n');
    const events = await eventsOf(src);
    expect(waitsOf(events).map((w) => `${w.begin.thread} ${w.begin.call}`)).toEqual([
      'MainThread result',
    ]);
    expect(events.filter((e) => e.type === 'thread.sleep')).toMatchObject([
      { thread: 'Thread-1', reason: 'timer' },
    ]);
  });
});
