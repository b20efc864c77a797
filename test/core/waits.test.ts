/* eslint-disable require-yield -- DSL function bodies are generators even when they never park */
/**
 * The trace's wait family (wait.begin / wait.end) for every blocking call the core models, the
 * cause each wake names, and the invariant the timeline relies on: a thread in a wait does
 * nothing else until the wait ends.
 */
import { describe, expect, it } from 'vitest';
import { issueProgramTrace } from '../fixtures/issueProgram';
import { consoleText } from '../../src/core';
import type { EventOf, PyFuture, Trace, TraceEvent, WaitCall } from '../../src/core';
import { run } from './helpers';

const S = 1_000_000;
type Begin = EventOf<'wait.begin'>;
type End = EventOf<'wait.end'>;

/** Each wait of the trace: its begin and the end that closes it on the same thread. */
function waits(trace: Trace): { begin: Begin; end: End | null }[] {
  const open = new Map<string, Begin>();
  const out: { begin: Begin; end: End | null }[] = [];
  for (const e of trace.events) {
    if (e.type === 'wait.begin') {
      // A wait never starts while the thread is already waiting.
      expect(open.has(e.thread), `${e.thread} waits twice at seq ${e.seq}`).toBe(false);
      open.set(e.thread, e);
    } else if (e.type === 'wait.end') {
      const begin = open.get(e.thread);
      expect(begin, `wait.end without a begin at seq ${e.seq}`).toBeDefined();
      expect(e.call).toBe(begin!.call);
      out.push({ begin: begin!, end: e });
      open.delete(e.thread);
    } else if (open.has(e.thread) && e.type !== 'deadlock' && e.type !== 'program.end') {
      throw new Error(`${e.thread} does ${e.type} at seq ${e.seq} while it waits`);
    }
  }
  for (const begin of open.values()) out.push({ begin, end: null });
  return out.sort((a, b) => a.begin.seq - b.begin.seq);
}

const at = (trace: Trace, seq: number): TraceEvent => trace.events[seq]!;
const calls = (trace: Trace): WaitCall[] => waits(trace).map((w) => w.begin.call);

describe('every blocking call is one wait, and every wake names its cause', () => {
  it('result(): MainThread waits on fut, woken by set_result on the Timer thread', () => {
    const trace = run(function* (py) {
      const fut = py.Future('fut');
      const t = py.Timer(
        2,
        py.fn('done', function* () {
          yield* fut.set_result(4n);
        }),
      );
      yield* t.start();
      yield* py.print(yield* fut.result());
    });
    const [w] = waits(trace);
    expect(w!.begin).toMatchObject({
      thread: 'MainThread',
      call: 'result',
      on: 'fut',
      until: null,
    });
    expect(w!.end).toMatchObject({
      t: 2 * S,
      reason: 'woken',
      cause: { thread: 'Thread-1', by: 'set_result' },
    });
    const cause = at(trace, w!.end!.cause!.seq);
    expect(cause).toMatchObject({ type: 'future.state', to: 'FINISHED', thread: 'Thread-1' });
  });

  it('exception(timeout) that passes: a timeout, with no cause', () => {
    const trace = run(function* (py) {
      try {
        yield* py.Future('late').exception(0.5);
      } catch (e) {
        py.except(e, py.exc.TimeoutError);
      }
    });
    const [w] = waits(trace);
    expect(w!.begin).toMatchObject({ call: 'exception', on: 'late', until: 0.5 * S });
    expect(w!.end).toMatchObject({ t: 0.5 * S, reason: 'timeout', cause: null });
  });

  it('a call that does not block is no wait: result() of a finished future', () => {
    const trace = run(function* (py) {
      const f = py.Future('f');
      yield* f.set_result(1n);
      yield* py.print(yield* f.result());
    });
    expect(waits(trace)).toEqual([]);
  });

  it("join(): woken by the thread's end", () => {
    const trace = run(function* (py) {
      const t = py.Thread(
        py.fn('nap', function* () {
          yield* py.sleep(1);
        }),
      );
      yield* t.start();
      yield* t.join();
    });
    const [w] = waits(trace);
    expect(w!.begin).toMatchObject({ thread: 'MainThread', call: 'join', on: 'Thread-1 (nap)' });
    expect(w!.end!.cause).toMatchObject({ thread: 'Thread-1 (nap)', by: 'thread end' });
    expect(at(trace, w!.end!.cause!.seq).type).toBe('thread.finish');
  });

  it('Event.wait(): woken by Event.set() on the other thread, pointing at its line', () => {
    const trace = run(function* (py) {
      const ready = py.Event('ready');
      const t = py.Thread(
        py.fn('setter', function* () {
          yield* py.sleep(1);
          yield* py.line(7);
          yield* ready.set();
        }),
      );
      yield* t.start();
      yield* ready.wait();
    });
    const [w] = waits(trace);
    expect(w!.begin).toMatchObject({ call: 'Event.wait', on: 'ready' });
    expect(w!.end!.cause).toMatchObject({ thread: 'Thread-1 (setter)', by: 'Event.set()' });
    expect(at(trace, w!.end!.cause!.seq)).toMatchObject({
      type: 'line',
      line: 7,
      thread: 'Thread-1 (setter)',
    });
  });

  it('wait(ALL_COMPLETED) over three futures is one wait, ended by the last completion', () => {
    const trace = run(function* (py) {
      const fs: PyFuture[] = [];
      for (const [name, delay] of [
        ['a', 1],
        ['b', 3],
        ['c', 2],
      ] as const) {
        const f = py.Future(name);
        yield* py.Timer(delay, f.method('set_result'), [1n]).start();
        fs.push(f);
      }
      yield* py.wait(fs);
    });
    const ws = waits(trace);
    expect(ws).toHaveLength(1);
    expect(ws[0]!.begin).toMatchObject({ call: 'wait', on: 'a, b, c', futures: [1, 2, 3] });
    expect(ws[0]!.end).toMatchObject({ t: 3 * S, cause: { thread: 'Thread-2', by: 'set_result' } });
  });

  it('wait(FIRST_COMPLETED) ends at the first completion', () => {
    const trace = run(function* (py) {
      const fs: PyFuture[] = [];
      for (const [name, delay] of [
        ['a', 2],
        ['b', 1],
      ] as const) {
        const f = py.Future(name);
        yield* py.Timer(delay, f.method('set_result'), [1n]).start();
        fs.push(f);
      }
      yield* py.wait(fs, null, 'FIRST_COMPLETED');
    });
    const [w] = waits(trace);
    expect(w!.end).toMatchObject({ t: 1 * S, cause: { thread: 'Thread-2' } });
  });
});

describe('executors: submit, running, work, as_completed, map, shutdown', () => {
  it('MainThread is in as_completed() from its first blocking next() to the last result, woken by the worker that finished each', () => {
    const trace = issueProgramTrace();
    const main = waits(trace).filter((w) => w.begin.thread === 'MainThread');
    expect(
      main.map((w) => w.begin.call).filter((c) => c === 'as_completed').length,
    ).toBeGreaterThan(0);
    for (const { end } of main.filter((w) => w.begin.call === 'as_completed')) {
      const finished = at(trace, end!.cause!.seq);
      expect(finished).toMatchObject({ type: 'future.state', to: 'FINISHED' });
      expect(finished.thread).toMatch(/^ThreadPoolExecutor-0_\d$/);
      expect(end!.cause!.thread).toBe(finished.thread);
    }
    expect(main.at(-1)!.begin.call).toBe('shutdown');
    expect(consoleText(trace).split('\n').filter(Boolean)).toHaveLength(8);
  });

  it('each job: submit on MainThread, then RUNNING on the worker that takes it, before FINISHED', () => {
    const trace = issueProgramTrace();
    const submits = trace.events.filter((e) => e.type === 'executor.submit');
    expect(submits.map((e) => [e.thread, e.fn, e.executor])).toEqual(
      Array.from({ length: 8 }, () => ['MainThread', 'work', 'ThreadPoolExecutor-0']),
    );
    for (const s of submits) {
      const states = trace.events.filter((e) => e.type === 'future.state' && e.future === s.future);
      expect(states.map((e) => (e.type === 'future.state' ? e.to : ''))).toEqual([
        'RUNNING',
        'FINISHED',
      ]);
      expect(states[0]!.thread).toBe(states[1]!.thread);
    }
    // The first submit comes before the first worker starts (CPython: put, then adjust the pool).
    const firstStart = trace.events.find((e) => e.type === 'thread.start' && e.kind === 'worker')!;
    expect(submits[0]!.seq).toBeLessThan(firstStart.seq);
  });

  it('idle workers wait for work after their last job, until shutdown wakes them one by one', () => {
    const trace = issueProgramTrace();
    const work = waits(trace).filter((w) => w.begin.call === 'work');
    expect(work.length).toBeGreaterThanOrEqual(4);
    for (const { begin, end } of work) {
      expect(begin.on).toBe('ThreadPoolExecutor-0');
      expect(end!.cause!.by).toBe('shutdown()');
    }
    // The first is woken by MainThread's shutdown, each next one by the worker before it.
    const wakers = work.map((w) => w.end!.cause!.thread);
    expect(wakers[0]).toBe('MainThread');
    expect(calls(trace).filter((c) => c === 'shutdown')).toEqual(['shutdown']);
  });

  it('a worker that is waiting for work is woken by submit()', () => {
    const trace = run(function* (py) {
      const job = py.fn('job', function* () {
        return 1n;
      });
      const ex = py.ThreadPoolExecutor(1);
      yield* (yield* ex.submit(job)).result();
      yield* py.sleep(1);
      yield* (yield* ex.submit(job)).result();
      yield* ex.shutdown();
    });
    const woken = waits(trace).find(
      (w) => w.begin.call === 'work' && w.end?.cause?.by === 'submit()',
    );
    expect(woken).toBeDefined();
    expect(at(trace, woken!.end!.cause!.seq)).toMatchObject({
      type: 'executor.submit',
      thread: 'MainThread',
    });
  });

  it('as_completed(): a future that finishes while the loop body runs is given next, with no wait', () => {
    const trace = run(function* (py) {
      const fs: PyFuture[] = [];
      for (const [name, delay] of [
        ['a', 1],
        ['b', 1.5],
        ['c', 4],
      ] as const) {
        const f = py.Future(name);
        yield* py.Timer(delay, f.method('set_result'), [name]).start();
        fs.push(f);
      }
      const it = py.as_completed(fs);
      for (let f = yield* it.next(); f; f = yield* it.next()) {
        yield* py.print(yield* f.result());
        yield* py.sleep(1); // b finishes meanwhile, after a
      }
    });
    expect(consoleText(trace)).toBe('a\nb\nc\n');
    const main = waits(trace).filter((w) => w.begin.call === 'as_completed');
    expect(main.map((w) => [w.begin.on, w.end!.t / S])).toEqual([
      ['a, b, c', 1],
      ['c', 4],
    ]);
  });

  it('map() gives results in call order while the jobs finish out of order', () => {
    const trace = run(function* (py) {
      const work = py.fn('work', function* (d) {
        yield* py.sleep(Number(d));
        return d as bigint;
      });
      const ex = py.ThreadPoolExecutor(3);
      const results = yield* ex.map(work, [3n, 1n, 2n]);
      for (let r = yield* results.next(); r; r = yield* results.next()) yield* py.print(r.value);
      yield* ex.shutdown();
    });
    expect(consoleText(trace)).toBe('3\n1\n2\n');
    const finishes = trace.events.flatMap((e) =>
      e.type === 'future.state' && e.to === 'FINISHED' ? [e.future] : [],
    );
    expect(finishes).toEqual([2, 3, 1]);
    const first = waits(trace).find((w) => w.begin.thread === 'MainThread')!;
    expect(first.begin).toMatchObject({ call: 'result', on: 'fut1' });
  });
});

describe('callbacks name their cause the same way', () => {
  it('a callback run by set_result points at the completion; one added late, at its add', () => {
    const trace = run(function* (py) {
      const f = py.Future('f');
      const cb = py.fn('cb', function* () {});
      yield* f.add_done_callback(cb);
      yield* f.set_result(1n);
      yield* f.add_done_callback(cb);
    });
    const invokes = trace.events.filter((e) => e.type === 'callback.invoke');
    expect(invokes.map((e) => e.cause?.by)).toEqual(['set_result', 'add_done_callback']);
    expect(at(trace, invokes[0]!.cause!.seq)).toMatchObject({
      type: 'future.state',
      to: 'FINISHED',
    });
    expect(at(trace, invokes[1]!.cause!.seq)).toMatchObject({
      type: 'callback.add',
      immediate: true,
    });
  });
});
