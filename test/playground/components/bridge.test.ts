// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Trace } from '../../../src/core/trace';
import type { FromWorker, ToWorker } from '../../../src/playground/protocol';

/** Stands in for the Pyodide worker: records messages, answers when the test says. */
class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: ToWorker[] = [];
  terminated = false;
  constructor(public url: URL) {
    FakeWorker.all.push(this);
  }
  postMessage(message: ToWorker) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  send(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

const TRACE: Trace = { version: 2, source: 'pass\n', events: [], end: 0 as Trace['end'] };
const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const settle = async () => {
  for (let i = 0; i < 10; i++) await flush();
};

/** The worker the bridge started last, once its (asynchronous) start has happened. */
const started = async () => {
  await settle();
  return FakeWorker.all.at(-1)!;
};

let bridge: typeof import('../../../src/playground/bridge');

beforeEach(async () => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('WebAssembly', { Suspending: function Suspending() {} });
  vi.resetModules();
  bridge = await import('../../../src/playground/bridge');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('runPython, the page side of the playground', () => {
  test('loads the runtime from the site origin, reports progress, then returns the trace', async () => {
    const progress: number[] = [];
    const result = bridge.runPython('pass\n', { onProgress: (f) => progress.push(f) });
    const worker = await started();
    expect(worker.received[0]).toEqual({
      type: 'init',
      indexURL: new URL('pyodide/', document.baseURI).href,
    });
    worker.send({ type: 'progress', loaded: 50, total: 100 });
    worker.send({ type: 'ready', loadMs: 1234, from: 'fresh' });
    await settle();
    const run = worker.received[1];
    expect(run).toMatchObject({ type: 'run', source: 'pass\n' });
    worker.send({
      type: 'result',
      id: (run as { id: number }).id,
      outcome: { ok: true, trace: TRACE },
      runMs: 5,
    });
    expect(await result).toEqual(TRACE);
    expect(progress).toEqual([0.5, 1]);
    expect(bridge.timings).toEqual({ loadMs: 1234, runMs: 5 });
  });

  test('without stack switching it answers with one sentence and starts no worker', async () => {
    vi.stubGlobal('WebAssembly', {});
    const result = await bridge.runPython('pass\n');
    expect(result).toMatchObject({ kind: 'unsupported' });
    expect(bridge.isErrorReport(result) && 'message' in result && result.message).toMatch(
      /^This browser cannot run your own Python here yet \(.*\); the built-in scenarios still work\.$/,
    );
    expect(FakeWorker.all).toEqual([]);
  });

  test('a run past the wall-clock guard terminates the worker and says so; the next run starts afresh', async () => {
    vi.useFakeTimers();
    const result = bridge.runPython('sum(range(10**12))\n', { wallClockMs: 3000 });
    const first = await started();
    first.send({ type: 'ready', loadMs: 1, from: 'fresh' });
    await settle();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await result).toMatchObject({ kind: 'budget', budget: 'wallclock' });
    expect(first.terminated).toBe(true);
    void bridge.runPython('pass\n');
    await settle();
    expect(FakeWorker.all).toHaveLength(2);
  });

  test('Cancel while the runtime downloads stops the worker and says so; Run starts again', async () => {
    const result = bridge.runPython('pass\n');
    const first = await started();
    bridge.cancelPlayground();
    expect(first.terminated).toBe(true);
    expect(await result).toEqual({ kind: 'internal', message: bridge.CANCELLED_MESSAGE });
    void bridge.runPython('pass\n');
    await settle();
    expect(FakeWorker.all).toHaveLength(2);
  });

  test('Cancel once the runtime is ready does nothing', async () => {
    const ready = bridge.preparePlayground();
    const worker = await started();
    worker.send({ type: 'ready', loadMs: 1, from: 'snapshot' });
    expect(await ready).toBeNull();
    bridge.cancelPlayground();
    expect(worker.terminated).toBe(false);
  });

  test('runs are queued: the second program is sent only after the first one answered', async () => {
    const a = bridge.runPython('a = 1\n');
    const b = bridge.runPython('b = 2\n');
    const worker = await started();
    worker.send({ type: 'ready', loadMs: 1, from: 'fresh' });
    await settle();
    expect(worker.received.filter((m) => m.type === 'run')).toHaveLength(1);
    worker.send({ type: 'result', id: 1, outcome: { ok: true, trace: TRACE }, runMs: 1 });
    await a;
    await settle();
    const runs = worker.received.filter((m) => m.type === 'run');
    expect(runs.map((m) => m.type === 'run' && m.source)).toEqual(['a = 1\n', 'b = 2\n']);
    worker.send({ type: 'result', id: 2, outcome: { ok: true, trace: TRACE }, runMs: 1 });
    expect(await b).toEqual(TRACE);
  });

  test('a runtime that fails to load gives a plain message, and a later run tries again', async () => {
    const result = bridge.runPython('pass\n');
    (await started()).send({
      type: 'fatal',
      message: 'The Python runtime could not be downloaded.',
    });
    expect(await result).toEqual({
      kind: 'internal',
      message: 'The Python runtime could not be downloaded.',
    });
    void bridge.runPython('pass\n');
    await settle();
    expect(FakeWorker.all).toHaveLength(2);
  });
});
