/**
 * How far a learner's program may run: shared by the page's bridge and the worker's session.
 * Its own module because session.ts carries our Python side as text (85 kB), which the page
 * must not download just to read these numbers (only the worker needs that text).
 *
 * @example
 *   worker.postMessage({ type: 'run', id, source, limits: DEFAULT_LIMITS });
 */
/** How far a program may go before it is stopped. */
export interface RunLimits {
  /** Executed lines of the learner's file, over all threads. */
  maxSteps: number;
  /** Characters written to stdout and stderr together. */
  maxOutput: number;
  /** Virtual cost of one executed line (default 1000 µs, the core's DEFAULT_LINE_COST_US). */
  lineCostUs?: number;
}

export const DEFAULT_LIMITS: RunLimits = { maxSteps: 200_000, maxOutput: 100_000 };
