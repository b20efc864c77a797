/**
 * The overview's density line: how many trace events fall in each of `bins` equal slices of
 * the run's axis domain, drawn as one SVG path (an area under the line). One pass over the
 * trace, cached per trace, so playing and zooming never recount.
 *
 * @example <path d={densityPath(trace)} /> // in a viewBox of `0 0 ${DENSITY_BINS} ${DENSITY_HEIGHT}`
 */
import type { Trace } from '../../core/trace';
import { domainOf } from '../../layout/zoomWindow';

/** Slices across the strip: fine enough to show clusters, few enough to stay one short path. */
export const DENSITY_BINS = 120;
/** The path's height in viewBox units; the strip stretches it to its own size. */
export const DENSITY_HEIGHT = 20;

/** Events per slice of the domain, `bins` of them. */
export function eventDensity(trace: Trace, bins = DENSITY_BINS): number[] {
  const counts = new Array<number>(bins).fill(0);
  const domain = domainOf(trace.end);
  for (const e of trace.events) {
    const bin = Math.min(Math.floor((e.t / domain) * bins), bins - 1);
    counts[Math.max(bin, 0)]! += 1;
  }
  return counts;
}

const cache = new WeakMap<Trace, string>();

/**
 * The area under the density line as one path in a `DENSITY_BINS × DENSITY_HEIGHT` viewBox.
 * Heights grow with the square root of the count, so one busy instant (a thousand submits at
 * once) does not flatten every other cluster to nothing.
 */
export function densityPath(trace: Trace): string {
  const cached = cache.get(trace);
  if (cached !== undefined) return cached;
  const counts = eventDensity(trace);
  const top = Math.sqrt(Math.max(...counts, 1));
  const y = (n: number) => (DENSITY_HEIGHT * (1 - Math.sqrt(n) / top)).toFixed(2);
  const points = counts.map((n, i) => `L${i} ${y(n)}H${i + 1}`).join('');
  const path = `M0 ${DENSITY_HEIGHT}${points}V${DENSITY_HEIGHT}Z`;
  cache.set(trace, path);
  return path;
}
