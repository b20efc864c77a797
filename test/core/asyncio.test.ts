/**
 * The asyncio model's behaviour: a done-callback is scheduled (not run) when its future
 * completes, and runs on the loop's thread on a later turn; a task suspends at `await` while
 * no thread waits; the idle loop waits in select until its next timer. Reprs are CPython's
 * (checked against 3.8.18 … 3.13.0 by hand, and by test/python/asyncio-cpython.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { consoleText } from '../../src/core';
import { fetchSquare, ofType, simulateAt } from './asyncio-fixtures';

describe('fetch_square with an asyncio.Future', () => {
  const trace = simulateAt(fetchSquare);

  it('prints the pending future with its callback, then the result', () => {
    expect(consoleText(trace)).toBe(
      '<Future pending cb=[on_done_future() at /path/script.py:3]>\nResult is: 4\n',
    );
  });

  it('schedules on_done_future when set_result runs, and runs it on the next turn', () => {
    const state = ofType(trace, 'future.state').find((e) => e.to === 'FINISHED' && e.future === 2);
    expect(state?.repr).toBe(
      '<Future finished result=4 cb=[on_done_future() at /path/script.py:3, Task.task_wakeup()]>',
    );
    const scheduled = ofType(trace, 'handle.schedule').filter((e) => e.via === 'done-callback');
    expect(scheduled[0]).toMatchObject({
      fn: 'on_done_future',
      when: null,
      cause: { seq: state?.seq, by: 'set_result' },
    });
    // The handle that ran set_result is the last one run before the state change.
    const setTurn = ofType(trace, 'handle.run')
      .filter((e) => e.seq < (state?.seq ?? 0))
      .at(-1);
    const cbRun = ofType(trace, 'handle.run').find((e) => e.handle === scheduled[0]?.handle);
    expect(cbRun?.turn).toBe((setTurn?.turn ?? 0) + 1);
    expect(cbRun?.thread).toBe('MainThread');
    const add = ofType(trace, 'callback.add').find((e) => e.name === 'on_done_future');
    expect(add?.immediate).toBe(false);
  });

  it('suspends the task at await fut, with no thread waiting on the future', () => {
    const suspend = ofType(trace, 'task.suspend')[0];
    expect(suspend).toMatchObject({ task: 1, on: 'fut', futures: [2] });
    const waits = ofType(trace, 'wait.begin');
    expect(waits.map((w) => w.call)).toEqual(['select']);
  });

  it('idles in select until the timer is due 5 s later, then wakes by the timeout', () => {
    const [begin] = ofType(trace, 'wait.begin');
    const [end] = ofType(trace, 'wait.end');
    const timer = ofType(trace, 'handle.schedule').find((e) => e.via === 'call_later');
    expect(begin?.until).toBe(timer?.when);
    expect(end).toMatchObject({ call: 'select', reason: 'timeout', t: timer?.when });
  });

  it("names asyncio.run's task Task-1, and its cleanup tasks after it", () => {
    expect(ofType(trace, 'task.create').map((e) => [e.name, e.coro])).toEqual([
      ['Task-1', 'fetch_square(2)'],
      ['Task-2', 'shutdown_asyncgens()'],
      ['Task-3', 'shutdown_default_executor()'],
    ]);
  });

  it('skips shutdown_default_executor on 3.8, as asyncio.run did then', () => {
    const t38 = simulateAt(fetchSquare, '3.8');
    expect(ofType(t38, 'task.create').map((e) => e.name)).toEqual(['Task-1', 'Task-2']);
  });

  it('starts and closes one loop, and ends the program', () => {
    expect(ofType(trace, 'loop.start')).toHaveLength(1);
    expect(ofType(trace, 'loop.close')).toHaveLength(1);
    expect(trace.events.at(-1)?.type).toBe('program.end');
  });
});
