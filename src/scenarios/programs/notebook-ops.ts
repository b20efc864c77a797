/**
 * What only a notebook does, as program operations: a cell `In [n]` begins, IPython shows a
 * cell's value as `Out[n]`, and the learner pauses between cells while the kernel's other
 * threads (the Timers) keep running. The core models Python, not IPython, so these live with
 * the notebook scenarios and write their trace events through `py.record` and `py.idle`.
 *
 * @example
 *   yield* cell(py, 6, 12);
 *   yield* display(py, 6, yield* fut.result()); // Out[6]: 'Hello'
 *   yield* pauseBetweenCells(py, 1);
 */
import { repr, type EventBody, type Gen, type Py, type PyValue } from '../../core';

/**
 * A notebook cell `In [n]` begins, at its first line `firstLine`: the event carries that line,
 * not the previous cell's, so the code pointer is on the cell the narration says starts.
 */
// eslint-disable-next-line require-yield -- uniform generator API: `yield* cell(py, n, first)`
export function* cell(py: Py, n: number, firstLine: number): Gen {
  // `record` stamps the thread's current line (the previous cell's last); the body's own line
  // overrides it (EventBody leaves `line` out because the core stamps it).
  py.record({ type: 'cell.start', cell: n, line: firstLine } as EventBody);
}

/** IPython shows the cell's value as `Out[cell]` (its repr). None shows nothing. */
// eslint-disable-next-line require-yield -- uniform generator API: `yield* display(py, n, v)`
export function* display(py: Py, cellNumber: number, value: PyValue): Gen {
  if (value !== null) py.record({ type: 'display', cell: cellNumber, text: repr(value) });
}

/** The learner's pause between notebook cells: the main thread idles `s` seconds. */
export function* pauseBetweenCells(py: Py, s: number): Gen {
  yield* py.idle(s, 'cell-pause');
}
