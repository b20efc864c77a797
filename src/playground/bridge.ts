/**
 * The page's side of the playground: one Web Worker running Pyodide, started on first use.
 *
 * @example
 *   const result = await runPython(source, { onProgress: (f) => setProgress(f) });
 *   if (isErrorReport(result)) showMessage(result.message); else onTrace(result, source);
 */
import type { Trace } from '../core/trace';
import type { FromWorker, Phases, ToWorker } from './protocol';
import {
  BUDGET_MESSAGES,
  hasJspi,
  UNSUPPORTED_MESSAGE,
  type ErrorReport,
  type RunOutcome,
} from './report';
import { DEFAULT_LIMITS, type RunLimits } from './limits';

export interface RunOptions {
  /** Called while the runtime downloads, with the fraction done (0…1); 1 when ready. */
  onProgress?: (fraction: number) => void;
  limits?: RunLimits;
  /** Real time a run may take before the worker is terminated (the wall-clock guard). */
  wallClockMs?: number;
}

/** Real-time measurements of the last load and run, in milliseconds (for bench and tests). */
export const timings: { loadMs: number | null; runMs: number | null } = {
  loadMs: null,
  runMs: null,
};

const DEFAULT_WALL_CLOCK_MS = 10_000;

interface Runtime {
  worker: Worker;
  ready: Promise<void>;
  progress: Set<(fraction: number) => void>;
  pending: Map<number, (outcome: RunOutcome) => void>;
  /** Settles `ready` with an error (Cancel, or a worker that was stopped). */
  fail: (error: Error) => void;
  isReady: boolean;
}

/** What a cancelled load resolves `preparePlayground` with. */
export const CANCELLED_MESSAGE = 'Loading Python was cancelled. Press Run to load it again.';

let runtime: Runtime | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

/** True when a result is an ErrorReport rather than a Trace. */
export function isErrorReport(result: Trace | ErrorReport): result is ErrorReport {
  return 'kind' in result;
}

/** The worker's epoch times as ms since this page's navigation began (the bench's clock). */
function pageTimes(phases: Phases): Phases {
  const times: Phases = {};
  for (const [name, at] of Object.entries(phases) as [keyof Phases, number][])
    times[name] = Math.round(at - performance.timeOrigin);
  return times;
}

function startRuntime(): Runtime {
  // Built as playground-worker.js by build/pyodide.ts; the dev server serves the source.
  // @vite-ignore: else the build also copies worker.ts itself into assets/, used by nothing.
  const url = import.meta.env.DEV
    ? new URL(/* @vite-ignore */ './worker.ts', import.meta.url)
    : new URL('playground-worker.js', document.baseURI);
  // Marks for `npm run bench`: where a visit's wait goes (worker start → runtime ready).
  performance.mark('fv:playground-start');
  const worker = new Worker(url, { type: 'module' });
  const progress = new Set<(fraction: number) => void>();
  const pending = new Map<number, (outcome: RunOutcome) => void>();
  let fail: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    fail = reject;
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'progress') progress.forEach((f) => f(Math.min(m.loaded / m.total, 0.99)));
      if (m.type === 'ready') {
        timings.loadMs = m.loadMs;
        const phases = m.phases && pageTimes(m.phases);
        performance.mark('fv:playground-ready', {
          detail: { from: m.from, loadMs: m.loadMs, phases },
        });
        progress.forEach((f) => f(1));
        resolve();
      }
      if (m.type === 'result') {
        timings.runMs = m.runMs;
        pending.get(m.id)?.(m.outcome);
        pending.delete(m.id);
      }
      if (m.type === 'fatal') {
        reject(new Error(m.message));
        const failed: RunOutcome = { ok: false, error: { kind: 'internal', message: m.message } };
        pending.forEach((settle) => settle(failed));
        pending.clear();
      }
    };
    worker.onerror = (event) => {
      event.preventDefault(); // reported to the learner below, not as an uncaught error
      reject(new Error(`The Python runtime could not start: ${event.message || 'worker error'}`));
    };
  });
  ready.catch(() => undefined);
  const indexURL = new URL('pyodide/', document.baseURI).href;
  worker.postMessage({ type: 'init', indexURL } satisfies ToWorker);
  const started: Runtime = { worker, ready, progress, pending, fail, isReady: false };
  ready.then(
    () => (started.isReady = true),
    () => undefined,
  );
  return started;
}

function stopRuntime(reason = 'The Python runtime was stopped.'): void {
  runtime?.worker.terminate();
  runtime?.fail(new Error(reason));
  runtime = null;
}

/**
 * Cancel while the runtime downloads: stops the worker (its downloads end with it); the
 * waiting `preparePlayground` resolves with CANCELLED_MESSAGE. Does nothing once ready.
 */
export function cancelPlayground(): void {
  if (runtime && !runtime.isReady) stopRuntime(CANCELLED_MESSAGE);
}

/**
 * Starts downloading the runtime now (e.g. when the playground opens), so Run is quick.
 * Resolves with an ErrorReport if this browser cannot run it, else with null when ready.
 */
export async function preparePlayground(
  onProgress?: (fraction: number) => void,
): Promise<ErrorReport | null> {
  if (!hasJspi(globalThis.WebAssembly ?? {}))
    return { kind: 'unsupported', message: UNSUPPORTED_MESSAGE };
  runtime ??= startRuntime();
  const current = runtime;
  if (onProgress) current.progress.add(onProgress);
  try {
    await current.ready;
    return null;
  } catch (error) {
    if (runtime === current) stopRuntime();
    return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
  } finally {
    if (onProgress) current.progress.delete(onProgress);
  }
}

async function runNow(source: string, options: RunOptions): Promise<Trace | ErrorReport> {
  const problem = await preparePlayground(options.onProgress);
  if (problem) return problem;
  const current = runtime!;
  const id = nextId++;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const wallClockMs = options.wallClockMs ?? DEFAULT_WALL_CLOCK_MS;
  const outcome = await new Promise<RunOutcome>((resolve) => {
    const guard = setTimeout(() => {
      // A program stuck inside one line (say sum(range(10**12))) never yields: only
      // terminating the worker stops it. The next run starts a fresh one.
      if (runtime === current) stopRuntime();
      const message = BUDGET_MESSAGES.wallclock;
      resolve({ ok: false, error: { kind: 'budget', budget: 'wallclock', message, trace: null } });
    }, wallClockMs);
    current.pending.set(id, (result) => {
      clearTimeout(guard);
      resolve(result);
    });
    current.worker.postMessage({ type: 'run', id, source, limits } satisfies ToWorker);
  });
  return outcome.ok ? outcome.trace : outcome.error;
}

/**
 * Runs a learner's program on CPython (Pyodide) in a Web Worker, in virtual time.
 * Runs are queued: one program at a time.
 */
export function runPython(source: string, options: RunOptions = {}): Promise<Trace | ErrorReport> {
  const result = queue.then(() => runNow(source, options));
  queue = result.catch(() => undefined);
  return result;
}
