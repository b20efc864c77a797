import { fromSeconds, type VirtualUs } from '../core/trace';
import type { TimeWindow } from '../layout/zoomWindow';
import { nearestSpeed } from '../store/playback';
import type { ThemeChoice } from '../store/playerStore';
import { readNote } from './noteParam';

/** The link fields the shell owns (the scenario's own fields belong to the scenarios room). */
export interface ShellParams {
  /** The playhead, if the link set one. */
  t: VirtualUs | null;
  speed: number | null;
  presenter: boolean;
  theme: ThemeChoice;
  /** `predict=1` / `predict=0`; null when the link leaves Predict mode to the learner's default. */
  predict: boolean | null;
  /**
   * Which of the orders CPython may print the run shows (0-based; `ordering=2` in the link is 1),
   * for a scenario such as equal delays; null or absent for the first.
   */
  ordering?: number | null;
  /** The timeline's zoom window (`from=`/`to=`, seconds); null or absent for the whole run. */
  view?: TimeWindow | null;
  /**
   * A teacher's sentence pinned to a moment (`note=`, plain text, cleaned by `readNote`): at
   * `noteAt=` when the link has one (the playhead moved after the note was pinned), else at
   * `t=`, else at 0. Absent when the link has none.
   */
  note?: { text: string; t: VirtualUs } | null;
  /** `embed=1`: the page is one player in someone else's page (an iframe). */
  embed?: boolean;
}

/**
 * Reads `t=` (seconds), `from=`/`to=` (the zoom window, seconds), `speed=`, `presenter=1`,
 * `theme=`, `predict=`, `ordering=`, `note=` (with `noteAt=`) and `embed=1` from a link. A bad
 * value is ignored with a message naming it.
 *
 * @example
 *   readShellParams(new URLSearchParams('t=5.003&speed=2')); // { params: { t: 5003000, speed: 2, … }, errors: [] }
 */
export function readShellParams(q: URLSearchParams): { params: ShellParams; errors: string[] } {
  const errors: string[] = [];
  const params: ShellParams = {
    t: null,
    speed: null,
    presenter: false,
    theme: 'system',
    predict: null,
  };
  const t = q.get('t');
  if (t !== null) {
    const s = Number(t);
    if (t.trim() === '' || !Number.isFinite(s) || s < 0)
      errors.push(`t: “${t}” is not a time in seconds (like t=5.003); starting at 0.`);
    else params.t = fromSeconds(s);
  }
  const view = readView(q.get('from'), q.get('to'));
  if (typeof view === 'string') errors.push(view);
  else if (view) params.view = view;
  const speed = q.get('speed');
  if (speed !== null) {
    const v = Number(speed);
    if (speed.trim() === '' || !Number.isFinite(v) || v < 0.25 || v > 8)
      errors.push(`speed: “${speed}” is not a speed from 0.25 to 8; playing at 1×.`);
    else params.speed = nearestSpeed(v);
  }
  const presenter = q.get('presenter');
  if (presenter !== null) {
    if (presenter === '1' || presenter === '0') params.presenter = presenter === '1';
    else errors.push(`presenter: “${presenter}” should be 1 or 0.`);
  }
  const theme = q.get('theme');
  if (theme !== null) {
    if (theme === 'light' || theme === 'dark' || theme === 'system') params.theme = theme;
    else errors.push(`theme: “${theme}” should be light or dark.`);
  }
  const ordering = q.get('ordering');
  if (ordering !== null) {
    const n = Number(ordering);
    if (Number.isInteger(n) && n >= 1 && n <= 100) params.ordering = n - 1;
    else errors.push(`ordering: “${ordering.slice(0, 20)}” should be 1, 2, …; showing the first.`);
  }
  const predict = q.get('predict');
  if (predict !== null) {
    if (predict === '1' || predict === '0') params.predict = predict === '1';
    else errors.push(`predict: “${predict}” should be 1 or 0.`);
  }
  const note = readNote(q.get('note'));
  errors.push(...note.errors);
  if (note.text !== null) params.note = { text: note.text, t: readNoteAt(q, params.t, errors) };
  if (q.get('embed') === '1') params.embed = true;
  return { params, errors };
}

/**
 * The query string for a view: the scenario's fields, then the shell's (only those not at
 * their default), so links stay short.
 *
 * @example
 *   shellQuery(new URLSearchParams('scenario=fetch-square'), { t: 5_003_000, speed: 1, presenter: false, theme: 'system', predict: null });
 *   // 'scenario=fetch-square&t=5.003'
 */
export function shellQuery(scenario: URLSearchParams, shell: ShellParams): string {
  const q = new URLSearchParams(scenario);
  if (shell.ordering) q.set('ordering', String(shell.ordering + 1));
  if (shell.t) q.set('t', String(shell.t / 1_000_000));
  if (shell.view) {
    q.set('from', String(shell.view.from / 1_000_000));
    q.set('to', String(shell.view.to / 1_000_000));
  }
  if (shell.speed !== null && shell.speed !== 1) q.set('speed', String(shell.speed));
  if (shell.presenter) q.set('presenter', '1');
  if (shell.theme !== 'system') q.set('theme', shell.theme);
  if (shell.predict !== null) q.set('predict', shell.predict ? '1' : '0');
  if (shell.note) {
    q.set('note', shell.note.text);
    if (shell.note.t !== (shell.t ?? 0)) q.set('noteAt', String(shell.note.t / 1_000_000));
  }
  if (shell.embed) q.set('embed', '1');
  return q.toString().replace(/%2C/g, ',');
}

/** The note's moment: `noteAt=` (seconds) if the link has a valid one, else the playhead's `t=`, else 0. */
function readNoteAt(q: URLSearchParams, t: VirtualUs | null, errors: string[]): VirtualUs {
  const at = q.get('noteAt');
  if (at === null) return t ?? (0 as VirtualUs);
  const s = Number(at);
  if (at.trim() !== '' && Number.isFinite(s) && s >= 0) return fromSeconds(s);
  errors.push(`noteAt: “${at.slice(0, 20)}” is not a time in seconds; pinning the note to t.`);
  return t ?? (0 as VirtualUs);
}

/**
 * The zoom window from `from=` and `to=` (seconds): both or neither; null when neither is
 * there, a message naming the values when they are not a window. The player clamps it to the
 * run (a window past the end is shifted in, one narrower than 2 ms widened).
 */
function readView(from: string | null, to: string | null): TimeWindow | string | null {
  if (from === null && to === null) return null;
  const seconds = (v: string | null) => (v === null || v.trim() === '' ? NaN : Number(v));
  const [a, b] = [seconds(from), seconds(to)];
  if (Number.isFinite(a) && Number.isFinite(b) && a >= 0 && a < b)
    return { from: fromSeconds(a), to: fromSeconds(b) };
  const shown = (v: string | null) => `“${(v ?? '').slice(0, 20)}”`;
  return `from/to: ${shown(from)}–${shown(to)} is not a window in seconds (like from=7.9&to=8.1); showing the whole run.`;
}
