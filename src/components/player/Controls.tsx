import { memo, useId } from 'react';
import { SPEEDS } from '../../store/playback';
import { usePlayer, usePlayerShallow, usePlayerStore } from '../../store/PlayerProvider';
import type { PlayerStore } from '../../store/playerStore';
import { cursorOf } from '../../store/selectors/cursor';
import { HELD_REASON, selectHeldAtGate } from '../../store/selectors/heldAtGate';
import { selectTransport } from '../../store/selectors/player';
import { stepIndexAt, stepsOf } from '../../store/selectors/steps';
import { Icon } from '../Icon';
import { TimeSlider } from './TimeSlider';
import './controls.css';

/**
 * The transport: Reset, Step back, Play/Pause, Step forward, Jump to end, the Time slider
 * (linear in seconds; its keys walk the steps), speed and auto-pause. The page's keyboard
 * shortcuts live in the app shell; the slider handles its own keys (`sliderKeys.ts`).
 * Each button has a tooltip with its name and keys: on a narrow screen its words are hidden
 * (layout.css) and the icon and tooltip are what show.
 *
 * While a Predict question is open, the forward moves (Play, Step forward, Jump to end) are
 * *held*: a lock glyph and a pressed-in look, `aria-disabled` (still focusable, so a keyboard
 * user can reach them and hear why) and the reason as their description and tooltip. Their keys
 * stay clamped at the gate by the store.
 *
 * `reduced`: an embedded player's transport, what a slide needs: Step back, Play/Pause, Step
 * forward and the Time slider, without Reset, Jump to end, speed and auto-pause.
 *
 * @example <Controls />
 */
export function Controls({ reduced = false }: { reduced?: boolean }) {
  const { trace, t, cut, playing, speed, autoPause } = usePlayerShallow(selectTransport);
  const store = usePlayerStore();
  const steps = stepsOf(trace);
  const cursor = cursorOf(trace, { t, cut });
  const index = stepIndexAt(steps, cursor);
  const atStart = t === 0 && cursor.lastSeq <= steps[0]!.last;
  const atEnd = t >= trace.end && cut === null;
  const held = usePlayer(selectHeldAtGate);
  return (
    <div className="controls" role="group" aria-label="Playback">
      <Buttons {...{ store, reduced, atStart, atEnd, playing, held }} />
      <div className="controls-time">
        <TimeSlider
          trace={trace}
          t={t}
          step={index}
          steps={steps.length}
          moves={store.getState()}
        />
        {!reduced && <SpeedAndPause store={store} speed={speed} autoPause={autoPause} />}
      </div>
    </div>
  );
}

/**
 * The transport's buttons. Memoised, as is the speed row: while playing only the slider
 * follows the playhead, so a frame does not render five buttons and their icons again.
 */
const Buttons = memo(function Buttons({
  store,
  reduced,
  atStart,
  atEnd,
  playing,
  held,
}: {
  store: PlayerStore;
  reduced: boolean;
  atStart: boolean;
  atEnd: boolean;
  playing: boolean;
  held: boolean;
}) {
  const actions = store.getState();
  const reasonId = useId();
  /** A forward move's props: its own, or held at the open question. */
  const forward = (onClick: () => void, title: string) =>
    held
      ? {
          onClick: () => undefined,
          title: HELD_REASON,
          'aria-disabled': true,
          'aria-describedby': reasonId,
          className: 'is-held',
        }
      : { onClick, title };
  const lock = held && <Icon name="lock" />;
  return (
    <div className="controls-buttons">
      {!reduced && (
        <button
          type="button"
          onClick={actions.reset}
          aria-keyshortcuts="Home"
          title="Reset (Home)"
          disabled={atStart}
        >
          <Icon name="reset" /> <span className="btn-text">Reset</span>
        </button>
      )}
      <button
        type="button"
        onClick={actions.stepBack}
        aria-keyshortcuts="ArrowLeft PageUp"
        title="Step back (← or PageUp)"
        disabled={atStart}
      >
        <Icon name="back" /> <span className="btn-text">Step back</span>
      </button>
      <button
        type="button"
        aria-keyshortcuts="Space"
        {...forward(actions.togglePlay, `${playing ? 'Pause' : 'Play'} (Space)`)}
        className={held ? 'play is-held' : 'play'}
      >
        {lock || <Icon name={playing ? 'pause' : 'play'} />} {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        aria-keyshortcuts="ArrowRight PageDown"
        {...forward(actions.stepForward, 'Step forward (→ or PageDown)')}
        disabled={atEnd}
      >
        <span className="btn-text">Step forward</span> {lock || <Icon name="forward" />}
      </button>
      {!reduced && (
        <button
          type="button"
          aria-keyshortcuts="End"
          {...forward(actions.jumpToEnd, 'Jump to end (End)')}
          disabled={atEnd}
        >
          <span className="btn-text">Jump to end</span> {lock || <Icon name="end" />}
        </button>
      )}
      {held && (
        <span id={reasonId} className="sr-only">
          {HELD_REASON}
        </span>
      )}
    </div>
  );
});

/** Speed and auto-pause: they change only when the learner changes them. */
const SpeedAndPause = memo(function SpeedAndPause({
  store,
  speed,
  autoPause,
}: {
  store: PlayerStore;
  speed: number;
  autoPause: boolean;
}) {
  const actions = store.getState();
  return (
    <>
      <label className="speed">
        <span>Speed</span>
        <select value={speed} onChange={(e) => actions.setSpeed(Number(e.currentTarget.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <label className="auto-pause">
        <input
          type="checkbox"
          role="switch"
          checked={autoPause}
          onChange={(e) => actions.setAutoPause(e.currentTarget.checked)}
        />
        <span>Auto-pause at events</span>
      </label>
    </>
  );
});
