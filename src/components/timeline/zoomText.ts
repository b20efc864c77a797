/**
 * How the zoom window reads, in one place for the Zoom bar and the overview: seconds with as
 * many decimals as the window's width needs to tell its ends apart (a 0.2 s window reads
 * `7.900–8.100`, a 5 s one `1.00–6.00`).
 *
 * @example zoomReadout({ from: 7_900_000, to: 8_100_000 }, 11_000_000); // 'showing 7.900–8.100 s of 11.0 s'
 */
import type { VirtualUs } from '../../core/trace';
import { formatSeconds } from '../../core/seconds';
import type { TimeWindow } from '../../layout/zoomWindow';

/** Decimals that show a window `widthUs` wide to about a hundredth of its width (1 to 6). */
export function windowDecimals(widthUs: number): number {
  const seconds = Math.max(widthUs, 1) / 1_000_000;
  return Math.min(Math.max(Math.ceil(-Math.log10(seconds)) + 2, 1), 6);
}

/**
 * The run's length as the readouts state it: `11.0 s`. To the window's own decimals where one
 * decimal would put the run's end on the wrong side of one of the window's ends: a 1.005 s run
 * zoomed to 1.004–1.0135 s would read "of 1.0 s", as if the window began after the run; it
 * reads "showing 1.00400–1.01350 s of 1.00500 s".
 */
function runLength(end: VirtualUs | number, w?: TimeWindow, decimals = 1): string {
  const short = (end / 1_000_000).toFixed(1);
  const shown = (t: number) => Number((t / 1_000_000).toFixed(decimals));
  const misread = (t: number) => t <= end !== shown(t) <= Number(short);
  return w && (misread(w.from) || misread(w.to))
    ? `${(end / 1_000_000).toFixed(decimals)} s`
    : `${short} s`;
}

/** The Zoom bar's live text: `showing 7.900–8.100 s of 11.0 s`, or `whole run, 11.0 s`. */
export function zoomReadout(view: TimeWindow | null, end: VirtualUs | number): string {
  if (!view) return `whole run, ${runLength(end)}`;
  const d = windowDecimals(view.to - view.from);
  const s = (t: number) => (t / 1_000_000).toFixed(d);
  return `showing ${s(view.from)}–${s(view.to)} s of ${runLength(end, view, d)}`;
}

/** The overview slider's value as words: `7.9 s to 8.1 s of 11.0 s`, or `whole run, 11.0 s`. */
export function windowValueText(w: TimeWindow | null, end: VirtualUs | number): string {
  if (!w) return `whole run, ${runLength(end)}`;
  const d = windowDecimals(w.to - w.from);
  return `${formatSeconds(w.from, d)} s to ${formatSeconds(w.to, d)} s of ${runLength(end, w, d)}`;
}
