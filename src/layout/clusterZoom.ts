import { us, type Trace } from '../core/trace';
import { traceIndex } from '../core/traceIndex';
import type { Axis } from './axis';
import { clampWindow, domainOf, type TimeWindow } from './zoomWindow';

/** Events closer than this on screen read as one. */
export const CLUSTER_PX = 6;
/** Zoomed so neighbouring moments of a cluster stand at least this far apart. */
export const APART_PX = 24;
/** Never zoom narrower than this: 2 ms. */
const NARROWEST_US = 2_000;

/** The distinct times of a trace's events, in order. Once per trace. */
const momentsOf = (trace: Trace): number[] => traceIndex(trace).derive(moments);
function moments(trace: Trace): number[] {
  const out: number[] = [];
  for (const e of trace.events) if (out.at(-1) !== e.t) out.push(e.t);
  return out;
}

/**
 * When the moment `t` has neighbours closer than CLUSTER_PX on `axis` (three callbacks within
 * 20 ms on an 8-second axis), a window over that whole cluster, wide enough that its closest
 * moments stand APART_PX apart where it can; null when `t` stands clear already.
 *
 * @example clusterWindow(trace, 8_009_000, axisOf(fit, 900)); // ≈ { from: 8_000_750, to: 8_038_250 }
 */
export function clusterWindow(trace: Trace, t: number, axis: Axis): TimeWindow | null {
  const usPerPx = (axis.to - axis.from) / Math.max(axis.width, 1);
  const reach = CLUSTER_PX * usPerPx;
  const all = momentsOf(trace);
  const near = all.filter((m) => Math.abs(m - t) <= reach);
  if (near.length < 2) return null;
  let gap = Infinity;
  for (let i = 1; i < near.length; i++) gap = Math.min(gap, near[i]! - near[i - 1]!);
  // The whole cluster with a margin, and wide enough that its closest neighbours stand apart.
  const first = near[0]!;
  const span = near[near.length - 1]! - first;
  const width = Math.max(span * 1.3, (gap / APART_PX) * axis.width, NARROWEST_US);
  if (width >= (axis.to - axis.from) * 0.9) return null;
  const from = Math.round(first + span / 2 - width / 2);
  return clampWindow({ from: us(from), to: us(from + width) }, domainOf(trace.end));
}
