/**
 * Messages between the page and the playground's Web Worker.
 *
 * @example
 *   worker.postMessage({ type: 'run', id: 1, source, limits } satisfies ToWorker);
 */
import type { RunOutcome } from './report';
import type { RunLimits } from './session';

export type ToWorker =
  /** Load Pyodide from `indexURL` (the site's own `pyodide/` folder). */
  | { type: 'init'; indexURL: string }
  | { type: 'run'; id: number; source: string; limits: RunLimits };

export type FromWorker =
  /** Bytes of the runtime downloaded so far, of about `total`. */
  | { type: 'progress'; loaded: number; total: number }
  /** Started from a stored memory snapshot, or normally (then a snapshot is stored). */
  | { type: 'ready'; loadMs: number; from: 'snapshot' | 'fresh' }
  | { type: 'result'; id: number; outcome: RunOutcome; runMs: number }
  /** The runtime cannot load or broke; the worker is unusable. */
  | { type: 'fatal'; message: string };
