import { create } from 'zustand';
import type { Trace, VirtualUs } from '../core/trace';
import type { LabParams, ScenarioRun } from '../scenarios/types';
import { advance } from './playback';
import { eventStops, nextStop, prevStop } from './selectors/eventStops';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** Everything the visualizer remembers; everything else is derived from `(run.trace, t)`. */
export interface PlayerState {
  /** The scenario on screen (the last valid one). */
  run: ScenarioRun | null;
  /** The Lab's parameters the run was made from, when `run.id` is `lab`. */
  lab: LabParams | null;
  /** The playhead, in virtual microseconds. */
  t: number;
  playing: boolean;
  /** Virtual seconds per wall-clock second. */
  speed: number;
  autoPause: boolean;
  presenter: boolean;
  theme: ThemeChoice;
  /** Problems with the link or input that the user should see; the run stays as it was. */
  notices: string[];
}

export interface PlayerActions {
  /** Shows a scenario, with the playhead at `t` (clamped), paused. */
  load(run: ScenarioRun, lab?: LabParams | null, t?: number): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepForward(): void;
  stepBack(): void;
  reset(): void;
  jumpToEnd(): void;
  /** Moves the playhead to `t` (clamped to the trace), pausing playback. */
  seek(t: number): void;
  /** Called once per animation frame by the playback clock. */
  tick(frameMs: number): void;
  setSpeed(speed: number): void;
  setAutoPause(on: boolean): void;
  setPresenter(on: boolean): void;
  setTheme(theme: ThemeChoice): void;
  setNotices(notices: string[]): void;
}

export const INITIAL_PLAYER: PlayerState = {
  run: null,
  lab: null,
  t: 0,
  playing: false,
  speed: 1,
  autoPause: false,
  presenter: false,
  theme: 'system',
  notices: [],
};

// Stops depend only on the (immutable) trace, so they are computed once per trace.
const stopsCache = new WeakMap<Trace, VirtualUs[]>();
/** The trace's event stops, memoised per trace. */
export function stopsOf(trace: Trace): VirtualUs[] {
  let stops = stopsCache.get(trace);
  if (!stops) {
    stops = eventStops(trace);
    stopsCache.set(trace, stops);
  }
  return stops;
}

const clampT = (trace: Trace, t: number) => Math.min(Math.max(Math.round(t), 0), trace.end);

/**
 * The visualizer's one store.
 *
 * @example
 *   usePlayer.getState().load(runScenario('fetch-square'));
 *   usePlayer.getState().stepForward();
 *   const t = usePlayer((s) => s.t);
 */
export const usePlayer = create<PlayerState & PlayerActions>()((set, get) => {
  const withTrace = (fn: (trace: Trace) => Partial<PlayerState>) => {
    const run = get().run;
    if (run) set(fn(run.trace));
  };
  return {
    ...INITIAL_PLAYER,
    load: (run, lab = null, t = 0) => set({ run, lab, t: clampT(run.trace, t), playing: false }),
    play: () => withTrace((trace) => ({ playing: true, t: get().t >= trace.end ? 0 : get().t })),
    pause: () => set({ playing: false }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    stepForward: () => withTrace((tr) => ({ playing: false, t: nextStop(stopsOf(tr), get().t) })),
    stepBack: () => withTrace((tr) => ({ playing: false, t: prevStop(stopsOf(tr), get().t) })),
    reset: () => set({ playing: false, t: 0 }),
    jumpToEnd: () => withTrace((tr) => ({ playing: false, t: tr.end })),
    seek: (t) => withTrace((tr) => ({ playing: false, t: clampT(tr, t) })),
    tick: (frameMs) =>
      withTrace((tr) => {
        const { t, speed, autoPause, playing } = get();
        if (!playing) return {};
        return advance({ t, speed, autoPause }, stopsOf(tr), tr.end, frameMs);
      }),
    setSpeed: (speed) => set({ speed }),
    setAutoPause: (autoPause) => set({ autoPause }),
    setPresenter: (presenter) => set({ presenter }),
    setTheme: (theme) => set({ theme }),
    setNotices: (notices) => set({ notices }),
  };
});
