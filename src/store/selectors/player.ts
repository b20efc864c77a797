/**
 * Named selectors over one player's state, defined once at module level so every view asks
 * for the same thing the same way (xyflow's `useViewport` pattern). The ones that build an
 * object are read with `usePlayerShallow`.
 *
 * @example const { t, playing } = usePlayerShallow(selectTransport);
 */
import type { Trace, VirtualUs } from '../../core/trace';
import type { TimeWindow } from '../../layout/zoomWindow';
import type { Player, PlayerState } from '../playerStore';
import { cursorOf, type Cursor } from './cursor';

const EMPTY: Trace = { version: 2, source: '', events: [], end: 0 as VirtualUs };

/** The trace on screen (an empty one before any scenario loads). */
export const selectTrace = (s: Pick<PlayerState, 'run'>): Trace => s.run?.trace ?? EMPTY;
export const selectRun = (s: PlayerState) => s.run;
export const selectLab = (s: PlayerState) => s.lab;
export const selectT = (s: PlayerState): VirtualUs => s.t;
/** The zoom window, or null when the timeline shows the whole run. */
export const selectView = (s: PlayerState): TimeWindow | null => s.view;
/** Within the instant `t`, the last event shown while stepping; null for the whole instant. */
export const selectCut = (s: PlayerState): number | null => s.cut;
export const selectPlaying = (s: PlayerState) => s.playing;
export const selectPresenter = (s: PlayerState) => s.presenter;
export const selectPredict = (s: PlayerState) => s.predict;
export const selectTheme = (s: PlayerState) => s.theme;
export const selectNotices = (s: PlayerState) => s.notices;
export const selectHighlightSeq = (s: PlayerState) => s.highlightSeq;
/** The link's pinned note (`{ text, t }`), or null. */
export const selectNote = (s: PlayerState) => s.note;

/**
 * Where the player stands, for views that mark the current step: the playhead `t` and
 * `lastSeq`, the seq of the last event shown (-1 before the first). Events after `lastSeq`
 * at `t` are the rest of an instant that Step has not reached yet. O(log n): read it with
 * `usePlayerShallow`.
 *
 * @example const { t, lastSeq } = usePlayerShallow(selectCursor);
 */
export const selectCursor = (s: Player): Cursor => cursorOf(selectTrace(s), s);

/** What the transport shows: read with `usePlayerShallow`. */
export const selectTransport = (s: Player) => ({
  trace: selectTrace(s),
  t: s.t,
  cut: s.cut,
  playing: s.playing,
  speed: s.speed,
  autoPause: s.autoPause,
});

/** What Predict mode needs to place its dialog: read with `usePlayerShallow`. */
export const selectPredictView = (s: Player) => ({
  predict: s.predict,
  run: s.run,
  lab: s.lab,
  t: s.t,
  passed: s.passed,
  presenter: s.presenter,
});

/**
 * What the zoom controls show: the window and the run's end, not the playhead, so they do not
 * render on every frame of playback. Read with `usePlayerShallow`.
 */
export const selectZoom = (s: Player) => ({
  view: s.view,
  end: selectTrace(s).end,
});
