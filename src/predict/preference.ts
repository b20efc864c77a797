/**
 * Whether Predict mode is on: `predict=1` / `predict=0` in the link wins; otherwise the
 * learner's last choice, remembered in this browser; otherwise on for a notebook scenario
 * (the first time someone opens one) and off for the Lab.
 *
 * @example
 *   predictModeOn({ link: null, scenario: 'fetch-square', storage: localStorage }); // true
 *   rememberPredictMode(localStorage, false);
 */
import type { StorageLike } from './score';

export const PREDICT_MODE_KEY = 'futures-visualizer.predict-mode.v1';

export function predictModeOn(opts: {
  /** The link's `predict` value (`'1'`, `'0'`), or null when absent. */
  link: string | null;
  scenario: string;
  storage: StorageLike | null;
}): boolean {
  if (opts.link === '1') return true;
  if (opts.link === '0') return false;
  try {
    const saved = opts.storage?.getItem(PREDICT_MODE_KEY);
    if (saved === 'on') return true;
    if (saved === 'off') return false;
  } catch {
    // Unreadable storage: fall through to the default.
  }
  return opts.scenario !== 'lab';
}

/** Remembers the learner's choice of Predict mode; never throws. */
export function rememberPredictMode(storage: StorageLike | null, on: boolean): void {
  try {
    storage?.setItem(PREDICT_MODE_KEY, on ? 'on' : 'off');
  } catch {
    // Full or disabled storage: the choice lasts for this page only.
  }
}
