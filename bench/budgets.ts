/**
 * The browser budgets in one place, each the largest value that passes. Issue 14 set the
 * timeline's (measured in headless Chromium on a 2-core machine, as a user opens the link).
 *
 * @example
 *   { name: 'Lab 50 calls at 8×: long tasks > 50 ms', value: 0, unit: '', budget: LONG_TASK_BUDGET }
 */

/** One frame at 60 Hz: every frame interval, zoom step and pan step. */
export const FRAME_BUDGET_MS = 16.7;
/** Tasks over 50 ms while playing: none. */
export const LONG_TASK_BUDGET = 0;
/** Main-thread CPU per frame of the 50-call Lab at 8×: room left for the browser's own work. */
export const CPU_PER_FRAME_BUDGET_MS = 5;
/** The slowest Time-slider key: two frames. */
export const SLIDER_KEY_BUDGET_MS = 32;
/** A playground run's trace handed to the player → its first frame, for 1,000 pool jobs. */
export const TRACE_TO_FIRST_FRAME_BUDGET_MS = 300;
/** Elements in the page while 1,000 pool jobs play: only the lanes in view may be drawn. */
export const DOM_NODES_BUDGET = 2500;
/** Export SVG / Export PNG of any built-in scenario's frame (issue 16). */
export const EXPORT_FRAME_BUDGET_MS = 300;
/** Issue 16: a 10-second fetch_square clip at 2× exported as WebM, click to saved file (5 s is real time). */
export const CLIP_WALL_BUDGET_MS = 10_000;
/** Issue 16: the GIF export's own chunk (gifenc and the encoder around it), gzipped. */
export const GIF_CHUNK_BUDGET_KB = 20;
