/**
 * Figures from recorded playbacks (`recordPlayback` in probes.ts), shared by the Lab and the
 * 1,000-job timeline: the p95 frame interval of each run, and the long tasks of all runs.
 *
 * @example
 *   perRunP95Figure('Lab 50 calls at 8×: frame p95, worst of 5 runs', records);
 *   // value 16.8 (the worst run), note 'p95 per run: 16.67, 16.70, 16.80, … ms; 4 of 5 within budget; …'
 */
import { FRAME_BUDGET_MS, LONG_TASK_BUDGET } from './budgets';
import type { PlaybackRecord } from './probes';
import type { Figure } from './report';
import { percentile, round1, round2 } from './stats';

/**
 * The worst run's p95 is the figure: it is within budget exactly when every run's is. The
 * note lists each run's as compared (rounded to 0.01 ms), so a reader sees how many missed.
 */
export function perRunP95Figure(name: string, records: PlaybackRecord[]): Figure {
  const figure = { name, unit: 'ms', budget: FRAME_BUDGET_MS };
  const empty = records.findIndex((r) => r.frameIntervals.length === 0);
  if (records.length === 0 || empty >= 0) {
    const why = records.length === 0 ? 'no playback recorded' : `run ${empty + 1} saw no frames`;
    return { ...figure, value: null, note: why };
  }
  const p95s = records.map((r) => round2(percentile(r.frameIntervals, 95)));
  const frames = records.reduce((sum, r) => sum + r.frameIntervals.length, 0);
  const unfinished = records.filter((r) => !r.reachedEnd).length;
  const within = p95s.filter((p) => p <= FRAME_BUDGET_MS).length;
  const perRun =
    records.length === 1
      ? ''
      : `p95 per run: ${p95s.map((p) => p.toFixed(2)).join(', ')} ms; ` +
        `${within} of ${records.length} within budget; `;
  return {
    ...figure,
    value: Math.max(...p95s),
    note:
      `${perRun}${frames} frames` +
      (unfinished > 0 ? `; ${unfinished} run(s) stopped at the time limit, before the end` : ''),
  };
}

/** Every task over 50 ms in any of the runs counts. */
export function longTaskFigure(name: string, records: PlaybackRecord[]): Figure {
  const longTasks = records.flatMap((r) => r.longTasks);
  return {
    name,
    value: longTasks.length,
    unit: '',
    budget: LONG_TASK_BUDGET,
    ...(longTasks.length > 0 && { note: `longest ${round1(Math.max(...longTasks))} ms` }),
  };
}
