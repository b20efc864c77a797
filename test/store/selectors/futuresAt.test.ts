import { describe, expect, it } from 'vitest';
import { futuresAt } from '../../../src/store/selectors/futuresAt';
import { fetchSquareTrace } from '../../fixtures/fetchSquareTrace';
import { poolScene, waitScene } from '../../fixtures/waitScenes';

const trace = fetchSquareTrace();
/** When the main thread has run every cell: all three futures made, none done yet. */
const mainDone = trace.events.find(
  (e) => e.type === 'thread.finish' && e.thread === 'MainThread',
)!.t;

describe('futuresAt', () => {
  it('has no futures before the first is created', () => {
    expect(futuresAt(trace, 0)).toEqual([]);
  });
  it('shows all three pending, callbacks registered, once the main thread is done', () => {
    const fs = futuresAt(trace, mainDone);
    expect(fs.map((f) => f.name)).toEqual(['fut1', 'fut2', 'fut3']);
    expect(fs.map((f) => f.state)).toEqual(['PENDING', 'PENDING', 'PENDING']);
    expect(fs[0]!.repr).toBe('<Future at 0x7f5a1c537ac8 state=pending>');
    expect(fs[0]!.callbacks).toEqual([
      expect.objectContaining({ name: 'on_done_future', status: 'registered', thread: null }),
    ]);
  });
  it('finishes each future on its own timer thread, with its dict result', () => {
    const fs = futuresAt(trace, trace.end);
    expect(fs.map((f) => f.repr)).toEqual([
      '<Future at 0x7f5a1c537ac8 state=finished returned dict>',
      '<Future at 0x7f5a1c537b58 state=finished returned dict>',
      '<Future at 0x7f5a1c537be8 state=finished returned dict>',
    ]);
    expect(fs.map((f) => f.outcome?.repr)).toEqual([
      "{'success': True, 'result': 4}",
      "{'success': True, 'result': 9}",
      "{'success': True, 'result': 16}",
    ]);
    expect(fs.map((f) => f.callbacks[0]!.thread)).toEqual(['Thread-1', 'Thread-2', 'Thread-3']);
    expect(fs.every((f) => f.callbacks[0]!.status === 'fired')).toBe(true);
    expect(fs[0]!.transitions.map((x) => x.state)).toEqual(['PENDING', 'FINISHED']);
  });
  it('shows a callback as running between its invoke and its return', () => {
    const invoke = trace.events.find((e) => e.type === 'callback.invoke')!;
    const [fut1] = futuresAt(trace, invoke.t);
    expect(fut1!.state).toBe('FINISHED');
    expect(fut1!.callbacks[0]!.status).toBe('running');
  });
  it('is the same going back: scrubbing back from the end to when the main thread is done gives that view', () => {
    futuresAt(trace, trace.end);
    expect(futuresAt(trace, mainDone).map((f) => f.state)).toEqual([
      'PENDING',
      'PENDING',
      'PENDING',
    ]);
  });
});

describe('futuresAt: who waits for a future', () => {
  const waitersAt = (call: 'result' | 'as_completed' | 'wait', at: 'mid' | 'end') => {
    const { trace, begin, end } = waitScene(call);
    const t = at === 'mid' ? (begin.t + end.t) / 2 : end.t;
    return futuresAt(trace, t).map((f): [string, string[]] => [
      f.name,
      f.waiters.map((w) => `${w.thread} in ${w.text}`),
    ]);
  };
  it('names a thread blocked in result() on that future, until it wakes', () => {
    expect(waitersAt('result', 'mid')).toEqual([['fut1', ['MainThread in fut1.result()']]]);
    expect(waitersAt('result', 'end')).toEqual([['fut1', []]]);
  });
  it('names a thread blocked in as_completed() or wait() on every future it waits for', () => {
    const mid = waitersAt('as_completed', 'mid');
    expect(mid).toHaveLength(8);
    expect(mid.every(([, w]) => w.length === 1 && w[0] === 'MainThread in as_completed()')).toBe(
      true,
    );
    expect(waitersAt('wait', 'mid').map(([, w]) => w)).toEqual([
      ['MainThread in wait()'],
      ['MainThread in wait()'],
      ['MainThread in wait()'],
    ]);
    expect(waitersAt('as_completed', 'end').every(([, w]) => w.length === 0)).toBe(true);
  });
});

describe('futuresAt: an executor future in its pool', () => {
  const trace = poolScene();
  const at = (t: number) => futuresAt(trace, t).map((f) => [f.name, f.state, f.executor, f.worker]);
  it('is pending in its executor, with no worker, until a worker takes it', () => {
    expect(at(250)).toEqual([
      ['fut1', 'PENDING', 'ThreadPoolExecutor-0', null],
      ['fut2', 'PENDING', 'ThreadPoolExecutor-0', null],
    ]);
  });
  it('names the worker from the moment it runs, and keeps it once finished', () => {
    expect(at(300)[0]).toEqual([
      'fut1',
      'RUNNING',
      'ThreadPoolExecutor-0',
      'ThreadPoolExecutor-0_0',
    ]);
    expect(at(1000)).toEqual([
      ['fut1', 'FINISHED', 'ThreadPoolExecutor-0', 'ThreadPoolExecutor-0_0'],
      ['fut2', 'RUNNING', 'ThreadPoolExecutor-0', 'ThreadPoolExecutor-0_0'],
    ]);
  });
  it('has no executor nor worker for a future made by hand', () => {
    const [fut1] = futuresAt(waitScene('result').trace, 0);
    expect([fut1!.executor, fut1!.worker]).toEqual([null, null]);
  });
});
