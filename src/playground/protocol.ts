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
  | { type: 'ready'; loadMs: number; from: 'snapshot' | 'fresh'; phases?: Phases }
  | { type: 'result'; id: number; outcome: RunOutcome; runMs: number }
  /** The runtime cannot load or broke; the worker is unusable. */
  | { type: 'fatal'; message: string };

/**
 * When each step of the worker's start ended, in ms since the page's navigation began
 * (`performance.timeOrigin` differs between page and worker, so the worker sends epoch times
 * and the page subtracts its own origin). For the bench's breakdown of a visit's wait.
 */
export type Phases = Partial<Record<PhaseName, number>>;
export type PhaseName = 'workerStart' | 'snapshotFound' | 'pyodideImported' | 'started' | 'ready';
