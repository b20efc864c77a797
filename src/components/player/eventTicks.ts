import type { Trace } from '../../core/trace';
import { stepsOf } from '../../store/selectors/steps';

/** The ticks' drawing width: a tick's x is its time as a share of the run, in thousandths. */
export const TICKS_WIDTH = 1000;

/**
 * Where the Time slider's event ticks go: one x (0…{@link TICKS_WIDTH}) per distinct time
 * at which a step starts, in order. Times closer than a thousandth of the run share one tick:
 * on any slider a screen holds they are under one pixel apart, and a 1,000-job run would
 * otherwise draw thousands.
 *
 * @example tickXs(trace); // [0, 625, 1000] for steps at 0 s, 5 s and 8 s of an 8 s run
 */
export function tickXs(trace: Trace): number[] {
  if (trace.end <= 0) return [];
  const xs: number[] = [];
  for (const step of stepsOf(trace)) {
    const x = Math.round((step.t / trace.end) * TICKS_WIDTH);
    if (xs[xs.length - 1] !== x) xs.push(x);
  }
  return xs;
}

/** The ticks as one SVG path of vertical strokes (one node, however many ticks). */
export const ticksPath = (xs: readonly number[]): string => xs.map((x) => `M${x} 0V1`).join('');
