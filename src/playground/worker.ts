/// <reference lib="webworker" />
/**
 * The playground's module Web Worker: loads Pyodide from the site's origin, then runs one
 * learner program at a time and posts back its trace. The page never freezes meanwhile.
 *
 * @example
 *   const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
 *   worker.postMessage({ type: 'init', indexURL: new URL('pyodide/', document.baseURI).href });
 */
import type { PyodideInterface } from 'pyodide';
import type { FromWorker, PhaseName, Phases, ToWorker } from './protocol';
import { hasJspi, UNSUPPORTED_MESSAGE, type RunOutcome } from './report';
import { runProgram, type PyodideLike } from './session';
import { dropStaleRuntimes, RUNTIME_CACHE } from './runtime-cache';
import { cacheStore } from './snapshot-cache';
import { SNAPSHOT_KEY, startPython } from './start';

declare const self: DedicatedWorkerGlobalScope;

// Sizes of pyodide 314.0.7's files, for the progress bar when a server sends no length.
const EXPECTED_BYTES = 9_598_218 + 2_545_637 + 1_250_344 + 119_077;

let python: Promise<PyodideLike> | null = null;

const post = (message: FromWorker) => self.postMessage(message);

/** Epoch ms of each step of the start (the page turns them into its own times). */
const phases: Phases = {};
const phase = (name: PhaseName) => (phases[name] = performance.timeOrigin + performance.now());
phase('workerStart');

/**
 * The runtime file at `url` straight from the service worker's cache, when it holds it: no
 * trip through the service worker, which is busy serving the page's own files meanwhile.
 * Null when absent or unreadable (then the file is fetched as usual, through it).
 */
async function fromRuntimeCache(url: string): Promise<Response | null> {
  if (typeof caches === 'undefined') return null;
  try {
    // CacheStorage.match with a name: it never creates the cache, as caches.open would.
    return (await caches.match(url, { cacheName: RUNTIME_CACHE })) ?? null;
  } catch {
    return null;
  }
}

/**
 * Counts the bytes of the runtime's files as they stream in, for the progress bar. The count
 * reads a clone, and Pyodide gets the original Response: a synthetic one piped through a JS
 * TransformStream feeds the wasm's streaming compile only as fast as this thread, busy with
 * Pyodide's own start, runs the transform (on a loaded 2-core machine, second and third
 * visits were ~1 s slower with it), and has no URL for a code cache. Files the service worker
 * cached are read from its cache directly.
 */
function countDownloads(indexURL: string): void {
  const realFetch = self.fetch.bind(self);
  const seen = new Map<string, number>();
  let loaded = 0;
  const count = async (url: string, response: Response): Promise<void> => {
    seen.set(url, Number(response.headers.get('content-length')) || 0);
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      loaded += value.byteLength;
      const known = [...seen.values()].reduce((a, b) => a + b, 0);
      post({ type: 'progress', loaded, total: Math.max(EXPECTED_BYTES, known, loaded) });
    }
  };
  self.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(indexURL)) return realFetch(input, init);
    const response = (await fromRuntimeCache(url)) ?? (await realFetch(input, init));
    if (response.body) count(url, response.clone()).catch(() => undefined);
    return response;
  };
}

async function load(indexURL: string): Promise<PyodideLike> {
  if (!hasJspi(WebAssembly)) throw new Error(UNSUPPORTED_MESSAGE);
  const started = performance.now();
  countDownloads(indexURL);
  const store = cacheStore();
  // Look the snapshot up while pyodide.mjs loads, not after it.
  const stored = store
    ?.read(SNAPSHOT_KEY)
    .catch(() => null)
    .finally(() => phase('snapshotFound'));
  // Pyodide imports its 1.2 MB pyodide.asm.mjs only once pyodide.mjs has loaded and set itself
  // up: start fetching and compiling it now (the module map gives Pyodide this same module).
  void import(/* @vite-ignore */ `${indexURL}pyodide.asm.mjs`).catch(() => undefined);
  // Loaded at run time from the site's own pyodide/ folder, not bundled (it is 13 MB).
  const module = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as {
    loadPyodide: (options: { indexURL?: string }) => Promise<PyodideInterface>;
  };
  phase('pyodideImported');
  const { py, from, snapshot } = await startPython({
    loadPyodide: (options) => module.loadPyodide(options).finally(() => phase('started')),
    indexURL,
    store: store && { read: () => stored ?? Promise.resolve(null), write: store.write },
  });
  phase('ready');
  post({ type: 'ready', loadMs: performance.now() - started, from, phases });
  // Stored after `ready`: the first run does not wait for 31 MB to be written. A failed
  // write (quota, private mode) only means the next visit starts normally again.
  if (snapshot && store) store.write(SNAPSHOT_KEY, snapshot).catch(() => undefined);
  if (typeof caches !== 'undefined') dropStaleRuntimes(caches).catch(() => undefined);
  return py;
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'init') {
      python ??= load(message.indexURL);
      await python;
      return;
    }
    if (!python) throw new Error('The Python runtime was not started.');
    const py = await python;
    const started = performance.now();
    const outcome = await runProgram(py, message.source, message.limits).catch(
      (error: unknown): RunOutcome => ({
        ok: false,
        error: { kind: 'internal', message: `The playground failed: ${String(error)}` },
      }),
    );
    post({ type: 'result', id: message.id, outcome, runMs: performance.now() - started });
  } catch (error) {
    post({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
  }
};
