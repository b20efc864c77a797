import type { Trace, VirtualUs } from '../../core/trace';
import { traceIndex } from '../../core/traceIndex';

/**
 * The distinct moments at which something happens: where Step, the Time slider and
 * auto-pause stop. Always starts at 0 so Reset is a stop too.
 *
 * @example
 *   eventStops(trace); // [0, 1000, 2000, …, 5_014_000]
 */
export function eventStops(trace: Trace): VirtualUs[] {
  const stops: VirtualUs[] = [0 as VirtualUs];
  for (const e of trace.events) {
    if (e.t > stops[stops.length - 1]!) stops.push(e.t);
  }
  return stops;
}

/** The trace's event stops, from its index (computed once per trace). */
export const stopsOf = (trace: Trace): VirtualUs[] => traceIndex(trace).derive(eventStops);

/** Index of the last stop at or before `t` (0 when `t` is before every stop). */
export function stopIndexAt(stops: readonly VirtualUs[], t: number): number {
  let lo = 0;
  let hi = stops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (stops[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first stop strictly after `t`, or the last stop when there is none. */
export function nextStop(stops: readonly VirtualUs[], t: number): VirtualUs {
  const i = stopIndexAt(stops, t);
  const here = stops[i]!;
  return here > t ? here : (stops[Math.min(i + 1, stops.length - 1)] ?? here);
}

/** The last stop strictly before `t`, or 0 when there is none. */
export function prevStop(stops: readonly VirtualUs[], t: number): VirtualUs {
  const i = stopIndexAt(stops, t);
  const here = stops[i]!;
  return here < t ? here : (stops[Math.max(i - 1, 0)] ?? here);
}
