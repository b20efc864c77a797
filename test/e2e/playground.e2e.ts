import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Trace } from '../../src/core/trace';
import type { FromWorker } from '../../src/playground/protocol';
import { closeBrowser, openApp } from './page';
import { POOL_100 } from './pool100';
import { SEED_FETCH_SQUARE as SEED } from '../seed/seed';

afterAll(closeBrowser);

interface WorkerRun {
  messages: FromWorker[];
  loadMs: number;
  runMs: number[];
}

/** In the page: start the built worker, load Pyodide from the site, run `sources` in turn. */
function runInWorker(page: Page, sources: string[]): Promise<WorkerRun> {
  return page.evaluate(async (programs) => {
    const worker = new Worker(new URL('playground-worker.js', document.baseURI), {
      type: 'module',
    });
    const messages: FromWorker[] = [];
    const started = performance.now();
    let loadMs = 0;
    const runMs: number[] = [];
    const next = () =>
      new Promise<FromWorker>((resolve) => {
        worker.onmessage = (e: MessageEvent<FromWorker>) => {
          messages.push(e.data);
          if (e.data.type !== 'progress') resolve(e.data);
        };
      });
    worker.postMessage({ type: 'init', indexURL: new URL('pyodide/', document.baseURI).href });
    const ready = await next();
    if (ready.type !== 'ready') return { messages, loadMs: -1, runMs };
    loadMs = performance.now() - started;
    for (const [i, source] of programs.entries()) {
      const t0 = performance.now();
      worker.postMessage({ type: 'run', id: i, source, limits: { maxSteps: 1e5, maxOutput: 1e5 } });
      await next();
      runMs.push(performance.now() - t0);
    }
    worker.terminate();
    return { messages, loadMs, runMs };
  }, sources);
}

const traceOf = (run: WorkerRun, id: number): Trace => {
  const m = run.messages.find((x) => x.type === 'result' && x.id === id);
  if (!m || m.type !== 'result' || !m.outcome.ok) throw new Error(JSON.stringify(m));
  return m.outcome.trace;
};

describe('the playground worker in Chromium, from the built site', () => {
  it('loads Pyodide from the same origin and runs the seed program in virtual time', async () => {
    const { page, watch } = await openApp();
    const run = await runInWorker(page, [SEED, SEED, POOL_100, 'if True\n    print(1)\n']);
    expect(run.loadMs).toBeGreaterThan(0);
    const trace = traceOf(run, 0);
    const printed = trace.events.filter((e) => e.type === 'stdout');
    expect(printed.map((e) => [e.thread, e.type === 'stdout' && e.text])).toEqual([
      ['Thread-1', 'Result is: 4\n'],
      ['Thread-2', 'Result is: 9\n'],
      ['Thread-3', 'Result is: 16\n'],
    ]);
    expect(trace.events.at(-1)).toMatchObject({ type: 'program.end', exitCode: 0 });
    // A re-run gives the same trace (fresh thread names, fresh virtual clock).
    const again = JSON.stringify(traceOf(run, 1).events).replace(/0x[0-9a-f]+/g, '0x');
    expect(again).toBe(JSON.stringify(trace.events).replace(/0x[0-9a-f]+/g, '0x'));
    const pool = traceOf(run, 2);
    const out = pool.events.filter((e) => e.type === 'stdout');
    expect(out.map((e) => e.type === 'stdout' && e.text)).toEqual(['100 [0, 1, 2] 99\n']);
    expect(new Set(pool.events.map((e) => e.thread)).size).toBe(101);
    const broken = run.messages.find((m) => m.type === 'result' && m.id === 3);
    expect(broken).toMatchObject({
      outcome: {
        ok: false,
        error: { kind: 'syntax', message: "SyntaxError: expected ':'", line: 1 },
      },
    });
    // The download was reported for a progress bar, and nothing came from another host.
    expect(run.messages.some((m) => m.type === 'progress')).toBe(true);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
    // A second worker in the same page: the browser has the runtime's files and code cached.
    const second = await runInWorker(page, [SEED]);
    expect(traceOf(second, 0).events.filter((e) => e.type === 'stdout')).toHaveLength(3);
    const [seedCold, seedWarm, pool100] = run.runMs.map((ms) => ms.toFixed(0));
    console.log(
      `playground timings (Chromium): load cold ${run.loadMs.toFixed(0)} ms, ` +
        `warm ${second.loadMs.toFixed(0)} ms; seed run ${seedCold} ms, re-run ${seedWarm} ms; ` +
        `100-thread pool ${pool100} ms`,
    );
    await page.context().close();
  });
});
