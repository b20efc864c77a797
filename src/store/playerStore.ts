import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Trace, VirtualUs } from '../core/trace';
import {
  clampWindow,
  coversDomain,
  domainOf,
  fitWindow,
  followPlayhead,
  panBy,
  zoomAround,
  type TimeWindow,
} from '../layout/zoomWindow';
import type { LabParams, ScenarioRun } from '../scenarios/types';
import { gatedMove } from './gating';
import { advance } from './playback';
import { cursorOf } from './selectors/cursor';
import { stopsOf } from './selectors/eventStops';
import { nextStep, prevStep, stepsOf } from './selectors/steps';
import { unseenHighlight } from './selectors/unseenHighlight';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** What a playground link carried and what the learner has typed since. */
export interface PlaygroundLinkState {
  /** The editor's text when it differs from the seed program (the `code=` field), else null. */
  code: string | null;
  /** The link's `t=`, applied to the first trace: the program runs after the link loads. */
  pendingT: VirtualUs | null;
  /** The link's `from=`/`to=`, applied to the first trace like `pendingT`; absent when none. */
  pendingView?: TimeWindow | null;
}

/** A teacher's sentence pinned to moment `t` (a link's `note=`): plain text, never markup. */
export interface PinnedNote {
  text: string;
  t: VirtualUs;
}

/** Everything one player remembers; everything else is derived from `(run.trace, t, cut)`. */
export interface PlayerState {
  /** The scenario on screen (the last valid one). */
  run: ScenarioRun | null;
  /** The Lab's parameters the run was made from, when `run.id` is `lab`. */
  lab: LabParams | null;
  /** The playhead. */
  t: VirtualUs;
  /**
   * The stretch of time the timeline shows, or null for the whole run ("Fit"). Never the whole
   * domain itself: a zoom out that reaches it becomes null, so "fitted" has one spelling.
   */
  view: TimeWindow | null;
  /**
   * How many times Step forward / Step back moved the playhead: a view that reacts to a step
   * (the timeline zooms into a cluster it lands on) and not to other moves watches this.
   */
  steps: number;
  /**
   * Within the instant `t`, the seq of the last event shown, while Step walks its steps one
   * print or wake at a time (`selectors/steps.ts`); null shows the whole instant, as every
   * move by time does (Play, the timeline, a link). See `selectors/cursor.ts`.
   */
  cut: number | null;
  playing: boolean;
  /** Virtual seconds per wall-clock second. */
  speed: number;
  autoPause: boolean;
  presenter: boolean;
  theme: ThemeChoice;
  /** Problems with the link or input that the user should see; the run stays as it was. */
  notices: string[];
  /** Predict mode: forward moves stop at each unanswered gate (see src/predict/README.md). */
  predict: boolean;
  /**
   * The link names Predict mode (`predict=1`/`predict=0`) whatever it is: the page opened on a
   * link that did. Kept across the picker and the Lab, so such a link means the same in any
   * browser.
   */
  predictInLink: boolean;
  /** Ids of the gates of this run the learner has passed (Continue or Show me); emptied on load. */
  passed: ReadonlySet<string>;
  /** The trace event (seq) the Predict feedback points at, marked in the timeline and console. */
  highlightSeq: number | null;
  /** The playground's part of the link. */
  playground: PlaygroundLinkState;
  /** The link's note, shown on the timeline and in a callout; a scenario from the picker drops it. */
  note: PinnedNote | null;
}

export interface PlayerActions {
  /** Shows a scenario, with the playhead at `t` (clamped), paused. */
  load(run: ScenarioRun, lab?: LabParams | null, t?: VirtualUs): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepForward(): void;
  stepBack(): void;
  reset(): void;
  jumpToEnd(): void;
  /**
   * Moves the playhead to `t` (clamped to the trace), pausing playback, showing the instant up
   * to the event `cut` (a step's, as the Time slider gives), or all of it (null, the default).
   */
  seek(t: VirtualUs, cut?: number | null): void;
  /** Called once per animation frame by the playback clock, with the frame's wall-clock ms. */
  tick(frameMs: number): void;
  /**
   * Zooms the timeline by `factor` (> 1 in, < 1 out) around `anchor`, which keeps its place on
   * screen; by default the playhead when it is in view, else the window's centre.
   */
  zoomBy(factor: number, anchor?: VirtualUs): void;
  /** Moves the zoom window by `deltaUs` (negative: earlier); nothing to move when fitted. */
  panBy(deltaUs: number): void;
  /** Shows the whole run again. */
  fit(): void;
  /** Shows window `w` (clamped to the run's domain), or the whole run for null. */
  setView(w: TimeWindow | null): void;
  setSpeed(speed: number): void;
  setAutoPause(on: boolean): void;
  setPresenter(on: boolean): void;
  setTheme(theme: ThemeChoice): void;
  setNotices(notices: string[]): void;
  /** Turns Predict mode on or off; with `inLink`, also whether the link names it from now on. */
  setPredict(on: boolean, inLink?: boolean): void;
  /** The learner may go past this gate now (right answer, Show me or the teacher's reveal). */
  passGate(gateId: string): void;
  highlight(seq: number | null): void;
  setPlayground(next: Partial<PlaygroundLinkState>): void;
  /** Pins a note, or drops it (null). */
  setNote(note: PinnedNote | null): void;
}

export type Player = PlayerState & PlayerActions;
/** One player's store: a vanilla zustand store, handed to React by `PlayerProvider`. */
export type PlayerStore = StoreApi<Player>;

const INITIAL_PLAYER: PlayerState = {
  run: null,
  lab: null,
  t: 0 as VirtualUs,
  view: null,
  steps: 0,
  cut: null,
  playing: false,
  speed: 1,
  autoPause: false,
  presenter: false,
  theme: 'system',
  notices: [],
  predict: false,
  predictInLink: false,
  passed: new Set(),
  highlightSeq: null,
  playground: { code: null, pendingT: null },
  note: null,
};

const clampT = (trace: Trace, t: number): VirtualUs =>
  Math.min(Math.max(Math.round(t), 0), trace.end) as VirtualUs;

/**
 * A new player: its own scenario, playhead and playback. Two players on one page never share
 * state; each is handed to its views by a `PlayerProvider`.
 *
 * @example
 *   const player = createPlayerStore();
 *   player.getState().load(runScenario('fetch-square'));
 *   player.getState().stepForward();
 */
export function createPlayerStore(initial: Partial<PlayerState> = {}): PlayerStore {
  return createStore<Player>()((set, get) => {
    // Every move of the playhead goes through here, so a zoomed view follows it wherever it
    // goes (play, step, seek, reset): the playhead is never left off screen.
    const withTrace = (fn: (trace: Trace) => Partial<PlayerState>) => {
      const run = get().run;
      if (!run) return;
      const next = fn(run.trace);
      const view = get().view;
      if (view && next.t !== undefined)
        next.view = followPlayhead(view, next.t, domainOf(run.trace.end));
      set(next);
    };
    // A window that shows the whole domain is spelled null ("Fit").
    const viewIn = (trace: Trace, w: TimeWindow): TimeWindow | null => {
      const domain = domainOf(trace.end);
      const clamped = clampWindow(w, domain);
      return coversDomain(clamped, domain) ? null : clamped;
    };
    // Every forward move goes through here. A move that a gate stops pauses playback and drops
    // the last gate's highlight; any other keeps it until the event has been shown, so the step
    // that reveals it marks it, and drops it when the learner moves on (Play's frames keep it).
    // A gate holds before its whole instant, so a move within the instant (a step to its next
    // print) is never held; a move a gate stops shows the whole instant it stops at.
    const moveTo = (
      trace: Trace,
      to: number,
      playing = false,
      cut: number | null = null,
      frame = false,
    ): Partial<PlayerState> => {
      const from = get().t;
      const target = clampT(trace, to);
      if (target < from) return { t: target, cut, playing: false, highlightSeq: null };
      const { t, stopped } = gatedMove(trace, get(), from, target);
      if (stopped) return { t, cut: null, playing: false, highlightSeq: null };
      const highlightSeq = frame ? get().highlightSeq : unseenHighlight(trace, get());
      return { t, cut: t === target ? cut : null, playing, highlightSeq };
    };
    // Reset and a load at 0 show the first step, as Step back all the way does.
    const start = (trace: Trace): Pick<PlayerState, 't' | 'cut'> => {
      const first = stepsOf(trace)[0]!;
      return { t: first.t, cut: first.cut };
    };
    const cursor = (trace: Trace) => cursorOf(trace, get());
    return {
      ...INITIAL_PLAYER,
      ...initial,
      load: (run, lab = null, t = 0 as VirtualUs) => {
        const passed = new Set<string>();
        const target = clampT(run.trace, t);
        const at =
          target === 0
            ? start(run.trace)
            : {
                t: gatedMove(run.trace, { predict: get().predict, passed }, 0 as VirtualUs, target)
                  .t,
                cut: null,
              };
        // A new run starts fitted; a link's window is applied after the load (loadFromLink).
        set({ run, lab, ...at, view: null, playing: false, passed, highlightSeq: null });
      },
      play: () =>
        withTrace((trace) => {
          // At the very end Play starts again; on a step inside the last instant it shows the rest.
          if (get().t >= trace.end && get().cut === null)
            return { playing: true, t: 0 as VirtualUs, cut: null, highlightSeq: null };
          // Play at an open gate stays there: the question must be answered first. Play moves by
          // time, so it shows the rest of a stepped-into instant at once.
          const moved = moveTo(trace, get().t + 1, true);
          return moved.playing
            ? { playing: true, cut: null, highlightSeq: moved.highlightSeq }
            : {};
        }),
      pause: () => set({ playing: false }),
      togglePlay: () => (get().playing ? get().pause() : get().play()),
      stepForward: () =>
        withTrace((tr) => {
          const next = nextStep(stepsOf(tr), cursor(tr));
          return { ...moveTo(tr, next.t, false, next.cut), steps: get().steps + 1 };
        }),
      stepBack: () =>
        withTrace((tr) => {
          const prev = prevStep(stepsOf(tr), cursor(tr));
          return {
            playing: false,
            t: prev.t,
            cut: prev.cut,
            highlightSeq: null,
            steps: get().steps + 1,
          };
        }),
      reset: () => withTrace((tr) => ({ playing: false, ...start(tr), highlightSeq: null })),
      jumpToEnd: () => withTrace((tr) => moveTo(tr, tr.end)),
      seek: (t, cut = null) => withTrace((tr) => moveTo(tr, t, false, cut)),
      tick: (frameMs) =>
        withTrace((tr) => {
          const { t, speed, autoPause, playing } = get();
          if (!playing) return {};
          const next = advance({ t, speed, autoPause }, stopsOf(tr), tr.end, frameMs);
          return moveTo(tr, next.t, next.playing, null, true);
        }),
      zoomBy: (factor, anchor) => {
        const { run, view, t } = get();
        if (!run) return;
        const domain = domainOf(run.trace.end);
        const w = view ?? fitWindow(run.trace.end);
        const at = anchor ?? (t >= w.from && t <= w.to ? t : (w.from + w.to) / 2);
        set({ view: viewIn(run.trace, zoomAround(w, factor, at, domain)) });
      },
      panBy: (deltaUs) => {
        const { run, view } = get();
        if (run && view)
          set({ view: viewIn(run.trace, panBy(view, deltaUs, domainOf(run.trace.end))) });
      },
      fit: () => set({ view: null }),
      setView: (w) => {
        const run = get().run;
        set({ view: w && run ? viewIn(run.trace, w) : w });
      },
      setSpeed: (speed) => set({ speed }),
      setAutoPause: (autoPause) => set({ autoPause }),
      setPresenter: (presenter) => set({ presenter }),
      setTheme: (theme) => set({ theme }),
      setNotices: (notices) => set({ notices }),
      setPredict: (predict, inLink) =>
        set({
          predict,
          ...(inLink === undefined ? {} : { predictInLink: inLink }),
          ...(predict ? {} : { highlightSeq: null }),
        }),
      passGate: (gateId) => set({ passed: new Set([...get().passed, gateId]) }),
      highlight: (highlightSeq) => set({ highlightSeq }),
      setPlayground: (next) => set({ playground: { ...get().playground, ...next } }),
      setNote: (note) => set({ note }),
    };
  });
}
