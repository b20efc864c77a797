/**
 * The Lab's second ordering. Timers due within 50 ms of each other may fire in either order in
 * CPython (spec P-3: started back to back with one interval, they fired out of start order on
 * some versions; T-4: each wakes 1–50 ms late). When the Lab's Timers are due that close, the
 * Lab says so, as the equal-delays scenario does, and offers the other ordering: each such
 * group fires in reverse, every Timer a few milliseconds late.
 *
 * @example
 *   const late = reversedTies(trace); // [2000, 1000, 0] for delays=5 (three Timers due together)
 *   labProgram(lab, late);            // the same source, its Timers firing the other way round
 */
import type { Trace } from '../core/trace';

/** Timers due within this of the first of their group are due together (spec P-3). */
export const TIE_WINDOW_US = 50_000;

/** How much later each Timer of a reversed group wakes than the one after it. */
const STEP_US = 1_000;

/**
 * How late (µs) each Timer, by creation order, wakes in the reversed ordering; null when no two
 * Timers of `trace` are due together. Groups are greedy: a Timer joins the group whose first
 * Timer is due less than TIE_WINDOW_US before it.
 */
export function reversedTies(trace: Trace): number[] | null {
  const ordinal = new Map<number, number>();
  const starts: { ordinal: number; due: number }[] = [];
  for (const e of trace.events) {
    if (e.type === 'timer.create') ordinal.set(e.timer, ordinal.size);
    else if (e.type === 'timer.start')
      starts.push({ ordinal: ordinal.get(e.timer) ?? 0, due: e.due });
  }
  // Fire order: by due time, ties by start order (the core's rule, spec P-3 guidance).
  const byDue = [...starts].sort((a, b) => a.due - b.due || a.ordinal - b.ordinal);
  const late = new Array<number>(ordinal.size).fill(0);
  let tied = false;
  for (let i = 0; i < byDue.length;) {
    let j = i + 1;
    while (j < byDue.length && byDue[j]!.due - byDue[i]!.due < TIE_WINDOW_US) j++;
    const group = byDue.slice(i, j);
    if (group.length > 1) {
      tied = true;
      const last = group[group.length - 1]!.due;
      // The last due fires first; each earlier one STEP_US after the one it now follows.
      group.forEach((timer, k) => {
        late[timer.ordinal] = last - timer.due + (group.length - 1 - k) * STEP_US;
      });
    }
    i = j;
  }
  return tied ? late : null;
}

/** The printed output of a run, for telling whether two orderings differ where it shows. */
export const stdoutOf = (trace: Trace): string =>
  trace.events.map((e) => (e.type === 'stdout' ? e.text : '')).join('');
