import { describe, expect, it } from 'vitest';
import type { Trace, TraceEvent, TraceEventType, WaitCall } from '../../src/core/trace';
import { narrate } from '../../src/scenarios/narrate';
import { runScenario } from '../../src/scenarios/run';
import { SCENARIO_IDS } from '../../src/scenarios/registry';
import type { LabParams } from '../../src/scenarios/types';
import { futureList } from '../../src/scenarios/narrateWaits';
import { poolScene, WAIT_CALLS, waitScene } from '../fixtures/waitScenes';

/** Lab runs chosen to produce every kind of event the Lab can: raise, cancel, timeout, overflow. */
const LABS: LabParams[] = [
  {
    numbers: ['2', '3', '4'],
    delays: [3, 1, 2],
    outcomes: ['ok', 'fail', 'ok'],
    observe: 'both',
    timeout: null,
  },
  {
    numbers: ['2', '1e308', '4', '5'],
    delays: [3, 1, 2, 4],
    outcomes: ['raise', 'ok', 'cancel', 'ok'],
    observe: 'result',
    timeout: 1.5,
  },
  {
    numbers: ['2', '1e200'],
    delays: [1, 1],
    outcomes: ['cancel', 'ok'],
    observe: 'callbacks',
    timeout: null,
  },
];

const traces: Trace[] = [
  ...SCENARIO_IDS.filter((id) => id !== 'lab').map((id) => runScenario(id).trace),
  ...LABS.map((lab) => runScenario('lab', lab).trace),
];

describe('narrate', () => {
  it('gives every event of every real trace one plain sentence', () => {
    const seen = new Set<TraceEventType>();
    for (const trace of traces) {
      trace.events.forEach((e, i) => {
        const sentence = narrate(trace, i);
        seen.add(e.type);
        expect(sentence, `${e.type} #${i}`).toMatch(/^\S.*\S$/);
        expect(sentence).not.toMatch(/undefined|null|NaN|\[object/);
        expect(sentence.split('\n')).toHaveLength(1);
      });
    }
    // Every type these scenarios can produce was narrated (the rest need other producers).
    expect([...seen].sort()).toEqual(
      [
        'callback.add',
        'callback.invoke',
        'callback.return',
        'cell.start',
        'display',
        'executor.submit',
        'future.create',
        'future.state',
        'line',
        'program.end',
        'stdout',
        'thread.finish',
        'thread.sleep',
        'thread.start',
        'wait.begin',
        'wait.end',
        'timer.create',
        'timer.fire',
        'timer.start',
        // The asyncio scenarios' event loops (issue 17).
        'loop.start',
        'loop.turn',
        'loop.close',
        'handle.schedule',
        'handle.run',
        'task.create',
        'task.step',
        'task.suspend',
        'task.done',
      ].sort(),
    );
  });

  it('when a timer completes a future with no callbacks, says only that it stores the result', () => {
    // network_request_async waits with result(): nothing is registered on fut2 (issue 15).
    const trace = runScenario('network-request').trace;
    const i = trace.events.findIndex((e) => e.type === 'timer.fire' && e.thread === 'Thread-2');
    expect(narrate(trace, i)).toBe(
      "fut2's timer fires on Thread-2: set_result stores the result; no callbacks are registered, so none run.",
    );
    const sentences = traces.flatMap((t) => t.events.map((_, k) => narrate(t, k)));
    expect(sentences.join('\n')).not.toContain('runs the done-callbacks');
  });

  it('when a timer completes a future with a callback, names the callback it runs', () => {
    const trace = runScenario('fetch-square').trace;
    const i = trace.events.findIndex((e) => e.type === 'timer.fire' && e.thread === 'Thread-2');
    expect(narrate(trace, i)).toBe(
      "fut2's timer fires on Thread-2: set_result stores the result and runs its done-callback on_done_future right there, on Thread-2.",
    );
  });

  it('explains where a callback runs, blocking, timeouts and cancellation', () => {
    const fetch = runScenario('fetch-square').trace;
    const sentences = fetch.events.map((_, i) => narrate(fetch, i));
    expect(sentences).toContain(
      'Thread-3 calls on_done_future(fut3): a done-callback runs on the thread that completed the future.',
    );
    expect(sentences).toContain(
      'on_done_future is registered on fut1: it will run on whichever thread completes fut1.',
    );
    const lab = runScenario('lab', LABS[1] as LabParams).trace;
    const labSentences = lab.events.map((_, i) => narrate(lab, i));
    expect(labSentences).toContain(
      'MainThread blocks in fut1.result(): it waits until fut1 is done, or at most 1.5 s (the timeout).',
    );
    expect(labSentences).toContain(
      'MainThread stops waiting for fut1: the timeout has passed, so TimeoutError is raised.',
    );
    expect(
      labSentences.some((s) => s.startsWith('MainThread cancels fut3: it was still pending')),
    ).toBe(true);
    expect(
      labSentences.some((s) =>
        /^fut1's timer fires on Thread-1: set_exception stores the exception/.test(s),
      ),
    ).toBe(true);
  });

  it('narrates events it has never seen in the scenarios, from any producer', () => {
    const base = { seq: 0, t: 0, thread: 'Thread-1', line: null } as const;
    const trace = {
      version: 2,
      source: '',
      end: 0,
      events: [
        {
          ...base,
          type: 'callback.raise',
          future: 1,
          callback: 1,
          exception: "ValueError('oops')",
          logged: true,
        },
        { ...base, type: 'timer.cancel', timer: 1, effective: true },
        { ...base, type: 'stderr', text: 'Traceback (most recent call last):\n  …\n' },
        {
          ...base,
          type: 'deadlock',
          waiting: [{ thread: 'MainThread', future: 1, what: 'result()' }],
        },
        {
          ...base,
          seq: 4,
          type: 'wait.begin',
          call: 'join',
          on: 'Thread-2',
          futures: [],
          until: null,
        },
        { ...base, seq: 5, thread: 'Thread-2', type: 'thread.finish' },
        {
          ...base,
          seq: 6,
          type: 'wait.end',
          call: 'join',
          reason: 'woken',
          cause: { seq: 5, thread: 'Thread-2', by: 'thread end' },
        },
      ],
    } as unknown as Trace;
    expect(trace.events.map((_, i) => narrate(trace, i))).toEqual([
      "callback #1 raised ValueError('oops'): concurrent.futures logs it on stderr and the remaining callbacks still run.",
      'The Timer on its thread is cancelled before it fires: its function will never run.',
      'Thread-1 writes to stderr: “Traceback (most recent call last):”.',
      'Deadlock: MainThread waits for future #1, and nothing left running can ever finish it.',
      'Thread-1 waits in Thread-2.join() until Thread-2 has finished.',
      'Thread-2 has nothing left to do and finishes.',
      'Thread-2 has finished, so Thread-2.join() returns on Thread-1.',
    ]);
    expect(narrate(trace, 99)).toBe('');
  });
});

/** What a learner reads as each blocking call begins, and as its waker ends it. */
const TOLD: Record<WaitCall, [begin: string, end: string]> = {
  result: [
    'MainThread blocks in fut1.result(): it waits until fut1 is done.',
    'fut1 finished on Thread-1 (set_result), so fut1.result() returns the result on MainThread.',
  ],
  exception: [
    'MainThread blocks in fut1.exception(): it waits until fut1 is done.',
    'fut1 raised ValueError on Thread-1 (set_exception), so fut1.exception() returns the exception on MainThread.',
  ],
  wait: [
    'MainThread blocks in wait() over fut1, fut2 and fut3: it waits until one of them is done.',
    'fut2 finished on ThreadPoolExecutor-0_1 (set_result), so wait() wakes MainThread.',
  ],
  as_completed: [
    'MainThread blocks in as_completed() over fut1…fut8: it waits until one of them is done.',
    'fut3 finished on ThreadPoolExecutor-0_2 (set_result), so as_completed() wakes MainThread.',
  ],
  join: [
    'MainThread waits in Thread-3.join() until Thread-3 has finished.',
    'Thread-3 has finished, so Thread-3.join() returns on MainThread.',
  ],
  shutdown: [
    "MainThread waits in shutdown(wait=True) at the end of the with block: it returns once ThreadPoolExecutor-0's workers have finished every queued job and exited.",
    "ThreadPoolExecutor-0_0, the pool's last worker, has finished, so shutdown(wait=True) returns on MainThread.",
  ],
  work: [
    'ThreadPoolExecutor-0_1 has no job: it waits for work.',
    "MainThread's submit() puts fut4 in the queue, so ThreadPoolExecutor-0_1 wakes up to take it.",
  ],
  'Event.wait': [
    'MainThread waits in ready.wait() until another thread sets ready.',
    'Thread-1 called ready.set(), so MainThread wakes up.',
  ],
  'Condition.wait': [
    "MainThread waits in cond.wait(): it releases cond's lock and waits until another thread calls cond.notify().",
    'Thread-1 called cond.notify(), so MainThread wakes up.',
  ],
  'Lock.acquire': [
    'MainThread blocks in lock.acquire(): another thread holds lock, so it waits until that thread releases it.',
    'Thread-1 called lock.release(), so MainThread acquires lock and carries on.',
  ],
  'Semaphore.acquire': [
    'MainThread blocks in sem.acquire(): sem has no permits left, so it waits until another thread calls sem.release().',
    'Thread-1 called sem.release(), so MainThread acquires sem and carries on.',
  ],
  'Queue.get': [
    'MainThread blocks in jobs.get(): jobs is empty, so it waits until another thread puts an item in it.',
    'Thread-1 called jobs.put(), so MainThread gets the item and carries on.',
  ],
  'Queue.put': [
    'MainThread blocks in jobs.put(): jobs is full, so it waits until another thread takes an item out.',
    'Thread-1 called jobs.get(), so there is room and MainThread puts its item.',
  ],
  select: [
    'The event loop on MainThread has nothing ready to run: MainThread waits in select() until another thread wakes it.',
    'Thread-1 called call_soon_threadsafe(), so the event loop on MainThread wakes up.',
  ],
};

/** The scene of `call` with its wait's end (and begin, for `until`) changed to a timeout. */
function timedOut(call: WaitCall) {
  const { trace, begin, end } = waitScene(call);
  const events = trace.events.map((e) =>
    e.seq === begin.seq
      ? { ...begin, until: end.t }
      : e.seq === end.seq
        ? { ...end, reason: 'timeout' as const, cause: null }
        : e,
  );
  return { trace: { ...trace, events }, begin, end };
}

describe('narrate: the wait family', () => {
  it.each(WAIT_CALLS)('%s: says what it waits for, then who woke it and why', (call) => {
    const { trace, begin, end } = waitScene(call);
    expect([narrate(trace, begin.seq), narrate(trace, end.seq)]).toEqual(TOLD[call]);
  });

  it.each([
    [
      'result',
      'MainThread stops waiting for fut1: the timeout has passed, so TimeoutError is raised.',
    ],
    [
      'as_completed',
      'MainThread stops waiting in as_completed(): the timeout has passed, so as_completed() raises TimeoutError.',
    ],
    [
      'wait',
      'MainThread stops waiting in wait(): the timeout has passed, so wait() returns, with some futures still not done.',
    ],
    [
      'join',
      "MainThread stops waiting for Thread-3: join()'s timeout has passed, and Thread-3 is still running.",
    ],
    [
      'Event.wait',
      'MainThread stops waiting in ready.wait(): the timeout has passed, so wait() returns False.',
    ],
    [
      'Lock.acquire',
      'MainThread stops waiting in lock.acquire(): the timeout has passed, so acquire() returns False.',
    ],
    [
      'Queue.get',
      'MainThread stops waiting in jobs.get(): the timeout has passed, so get() raises queue.Empty.',
    ],
    [
      'Queue.put',
      'MainThread stops waiting in jobs.put(): the timeout has passed, so put() raises queue.Full.',
    ],
  ] as const)('%s: a timeout says so, and what the call does then', (call, sentence) => {
    const { trace, begin, end } = timedOut(call);
    expect(narrate(trace, begin.seq)).toMatch(/, or at most 0\.002 s \(the timeout\)\.$/);
    expect(narrate(trace, end.seq)).toBe(sentence);
  });

  it('reads return_when from the program: wait() over several futures waits for all by default', () => {
    const { trace, begin } = waitScene('wait');
    const source = (code: string) => ({
      ...trace,
      source: trace.source.replace(/^done.*$/m, code),
    });
    expect(narrate(source('done, _ = wait([fut1, fut2, fut3])'), begin.seq)).toMatch(
      /: it waits until all of them are done\.$/,
    );
    expect(
      narrate(source('done, _ = wait(\n  futs, return_when=FIRST_EXCEPTION)'), begin.seq),
    ).toMatch(/: it waits until one of them raises an exception, or all of them are done\.$/);
  });

  it('names the last worker to finish only when it is: shutdown joins every worker in turn', () => {
    const { trace, end } = waitScene('shutdown');
    // Another worker ends after the one the wake names (CPython's shutdown joins them in order).
    const other = { ...end, type: 'thread.finish', thread: 'ThreadPoolExecutor-0_1' } as const;
    const events = [...trace.events.slice(0, end.seq), other, ...trace.events.slice(end.seq)].map(
      (e, seq) => ({ ...e, seq }) as TraceEvent,
    );
    expect(narrate({ ...trace, events }, end.seq + 1)).toBe(
      "ThreadPoolExecutor-0_0 has finished, and so have the pool's other workers, so shutdown(wait=True) returns on MainThread.",
    );
  });

  it('says a job that returns nothing stores None', () => {
    const trace = poolScene();
    const done = trace.events.findIndex((e) => e.type === 'future.state' && e.to === 'FINISHED');
    const none = {
      ...trace,
      events: trace.events.map((e, i) =>
        i === done && e.type === 'future.state'
          ? { ...e, outcome: { kind: 'result' as const, type: 'NoneType', repr: 'None' } }
          : e,
      ),
    };
    expect(narrate(none, done)).toMatch(
      /^fut1 finishes on ThreadPoolExecutor-0_0: set_result stores None, /,
    );
  });

  it('lists futures as a sentence does, and a long list as first…last', () => {
    expect(futureList(['fut1'])).toBe('fut1');
    expect(futureList(['fut1', 'fut2'])).toBe('fut1 and fut2');
    expect(futureList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(futureList(['fut1', 'fut2', 'fut3', 'fut4'])).toBe('fut1…fut4');
    expect(futureList(['fut1', 'fut3', 'fut4', 'fut8'])).toBe('fut1…fut8 (4 futures)');
    expect(futureList(['f', 'f', 'f'])).toBe('3 futures');
  });

  it('tells a submit and a worker taking the job from the queue', () => {
    const trace = poolScene();
    const sentences = trace.events.map((_, i) => narrate(trace, i));
    expect(sentences).toContain(
      'MainThread submits work(3) to the pool: fut1 waits in the queue until a worker is free.',
    );
    expect(sentences).toContain(
      'ThreadPoolExecutor-0_0 takes fut2 from the queue: it is now running and can no longer be cancelled.',
    );
  });

  it('still tells a deadlock, naming what each thread waits in', () => {
    const { trace, begin } = waitScene('result');
    const deadlock = {
      seq: begin.seq + 1,
      t: begin.t,
      thread: 'MainThread',
      line: null,
      type: 'deadlock',
      waiting: [
        { thread: 'MainThread', future: 1, what: 'fut1.result()' },
        // A thread with no wait of its own in the trace is told by the deadlock's words.
        { thread: 'Thread-1', future: null, what: 'lock.acquire()' },
      ],
    } as TraceEvent;
    const stuck = { ...trace, events: [...trace.events.slice(0, begin.seq + 1), deadlock] };
    expect(narrate(stuck, deadlock.seq)).toBe(
      'Deadlock: MainThread waits in fut1.result(); Thread-1 waits for lock.acquire(), and nothing left running can ever finish it.',
    );
  });
});
