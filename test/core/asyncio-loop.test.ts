/**
 * The event loop's turns, as BaseEventLoop._run_once takes them: what is scheduled during a
 * turn waits for the next one; due timers join the ready queue in `when` order after the
 * handles already there; a cancelled handle never runs; a loop idle in select wakes for a
 * call_soon_threadsafe from another thread (the arrow from that thread).
 */
import { describe, expect, it } from 'vitest';
import { consoleText } from '../../src/core';
import type { PyValue } from '../../src/core';
import { run } from './helpers';
import { ofType } from './asyncio-fixtures';

describe('turns of the loop', () => {
  it('runs a handle scheduled during a turn on the next turn, not the current one', () => {
    const trace = run(function* (py) {
      const say = py.fn('say', function* (what: PyValue) {
        yield* py.print(what);
      });
      const first = py.fn('first', function* () {
        yield* py.print('first');
        const loop = py.asyncio.get_running_loop();
        yield* loop.call_soon(say, ['scheduled by first']);
      });
      const main = py.async('main', function* () {
        const loop = py.asyncio.get_running_loop();
        yield* loop.call_soon(first);
        yield* loop.call_soon(say, ['second']);
        yield* py.await(py.asyncio.sleep(0.5));
      });
      yield* py.asyncio.run(py.callAsync(main));
    });
    expect(consoleText(trace)).toBe('first\nsecond\nscheduled by first\n');
    const turns = ofType(trace, 'loop.turn');
    const runs = ofType(trace, 'handle.run');
    const schedules = ofType(trace, 'handle.schedule');
    const byFirst = schedules.find((s) => s.fn === 'say' && s.seq > (runs[1]?.seq ?? 0));
    const runOfIt = runs.find((r) => r.handle === byFirst?.handle);
    const runOfFirst = runs.find(
      (r) => r.handle === schedules.find((s) => s.fn === 'first')?.handle,
    );
    expect(runOfIt?.turn).toBe((runOfFirst?.turn ?? 0) + 1);
    expect(turns.every((t, i) => t.turn === i + 1)).toBe(true);
  });

  // The order python3 3.11 prints for this program: heapq is not stable, so of two timers due
  // at the same instant the one scheduled later comes out first here.
  it('moves due timers to the ready queue in heap order, after the handles already ready', () => {
    const trace = run(function* (py) {
      const say = py.fn('say', function* (what: PyValue) {
        yield* py.print(what);
      });
      const main = py.async('main', function* () {
        const loop = py.asyncio.get_running_loop();
        const t = loop.time();
        yield* loop.call_at(t + 0.2, say, ['at 0.2']);
        yield* loop.call_later(0.1, say, ['later 0.1']);
        yield* loop.call_at(t + 0.2, say, ['at 0.2 again']);
        yield* loop.call_soon(say, ['soon']);
        yield* py.await(py.asyncio.sleep(0.5));
      });
      yield* py.asyncio.run(py.callAsync(main));
    });
    expect(consoleText(trace)).toBe('soon\nlater 0.1\nat 0.2 again\nat 0.2\n');
  });

  it('never runs a cancelled handle, and says it was cancelled', () => {
    const trace = run(function* (py) {
      const main = py.async('main', function* () {
        const loop = py.asyncio.get_running_loop();
        const h = yield* loop.call_later(0.1, py.printFn, ['never']);
        const s = yield* loop.call_soon(py.printFn, ['never either']);
        yield* h.cancel();
        yield* s.cancel();
        yield* py.print(h.pyRepr().replace(/when=[\d.]+/, 'when=…'));
        yield* py.await(py.asyncio.sleep(0.2));
      });
      yield* py.asyncio.run(py.callAsync(main));
    });
    expect(consoleText(trace)).toBe('<TimerHandle cancelled when=…>\n');
    const cancelled = ofType(trace, 'handle.cancel').map((e) => e.handle);
    expect(cancelled).toHaveLength(2);
    const ran = ofType(trace, 'handle.run').map((e) => e.handle);
    expect(ran.filter((h) => cancelled.includes(h))).toEqual([]);
  });

  it('idles in select until the next timer, then runs it at its due time', () => {
    const trace = run(function* (py) {
      const main = py.async('main', function* () {
        yield* py.await(py.asyncio.sleep(2.5));
      });
      yield* py.asyncio.run(py.callAsync(main));
    });
    const [begin] = ofType(trace, 'wait.begin');
    const [end] = ofType(trace, 'wait.end');
    expect(begin).toMatchObject({ call: 'select', thread: 'MainThread' });
    expect(end?.t).toBe(begin?.until);
    expect((end?.t ?? 0) - (begin?.t ?? 0)).toBeGreaterThanOrEqual(2_400_000);
  });
});

describe('call_soon_threadsafe from another thread', () => {
  const trace = run(function* (py) {
    const main = py.async('main', function* () {
      const loop = py.asyncio.get_running_loop();
      const fut = loop.create_future('fut');
      const producer = py.fn('producer', function* () {
        yield* py.sleep(1.0);
        yield* loop.call_soon_threadsafe(fut.method('set_result'), ['done']);
      });
      const t = py.Thread(producer, [], 'producer');
      yield* t.start();
      yield* py.print(yield* py.await(fut, 'fut'));
      yield* t.join();
    });
    yield* py.asyncio.run(py.callAsync(main));
  });

  it('schedules the handle on the calling thread and wakes the idle loop with that cause', () => {
    const sched = ofType(trace, 'handle.schedule').find((e) => e.via === 'call_soon_threadsafe');
    expect(sched?.thread).toBe('producer');
    const woken = ofType(trace, 'wait.end').find(
      (e) => e.call === 'select' && e.reason === 'woken',
    );
    expect(woken?.thread).toBe('MainThread');
    expect(woken?.cause).toMatchObject({ thread: 'producer', by: 'call_soon_threadsafe()' });
    expect(woken?.t).toBe(sched?.t);
  });

  it('still completes the future on the loop thread', () => {
    const state = ofType(trace, 'future.state').find((e) => e.to === 'FINISHED' && e.future === 2);
    expect(state?.thread).toBe('MainThread');
    expect(consoleText(trace)).toBe('done\n');
  });
});

describe('run_in_executor', () => {
  const program = (python: string) =>
    run(
      function* (py) {
        const blocking = py.fn('blocking', function* () {
          yield* py.sleep(0.5);
          return py.currentThread().name;
        });
        const main = py.async('main', function* () {
          const loop = py.asyncio.get_running_loop();
          const fut = yield* loop.run_in_executor(null, blocking);
          yield* py.print(yield* py.await(fut, 'fut'));
        });
        yield* py.asyncio.run(py.callAsync(main));
      },
      { python },
    );

  it('runs on the default pool asyncio_0 (3.9+) and reports back through call_soon_threadsafe', () => {
    const trace = program('3.11');
    expect(consoleText(trace)).toBe('asyncio_0\n');
    const sched = ofType(trace, 'handle.schedule').find((e) => e.via === 'call_soon_threadsafe');
    expect(sched).toMatchObject({ thread: 'asyncio_0', fn: '_set_state' });
    const invoke = ofType(trace, 'callback.invoke').find((e) => e.thread === 'asyncio_0');
    expect(invoke).toBeDefined();
  });

  it('names the default pool ThreadPoolExecutor-0 on 3.8', () => {
    expect(consoleText(program('3.8'))).toBe('ThreadPoolExecutor-0_0\n');
  });

  it("joins the pool at asyncio.run's end through a _do_shutdown thread (3.9+)", () => {
    const trace = program('3.11');
    const starts = ofType(trace, 'thread.start').map((e) => e.thread);
    expect(starts).toEqual(['MainThread', 'asyncio_0', 'Thread-1 (_do_shutdown)']);
    expect(trace.events.at(-1)?.type).toBe('program.end');
  });
});

describe('mistakes', () => {
  it('reports a future nobody completes as a deadlock of the idle loop', () => {
    const trace = run(function* (py) {
      const main = py.async('main', function* () {
        yield* py.await(py.asyncio.get_running_loop().create_future('never'), 'never');
      });
      yield* py.asyncio.run(py.callAsync(main));
    });
    const end = trace.events.at(-1);
    expect(end?.type).toBe('deadlock');
  });

  it('says clearly when py.await suspends outside a task', () => {
    expect(() =>
      run(function* (py) {
        const loop = py.asyncio.new_event_loop();
        yield* py.await(loop.create_future('f'));
      }),
    ).toThrow(/py.await suspended outside a Task/);
  });
});
