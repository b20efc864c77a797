import { memo } from 'react';
import { SPEEDS } from '../../store/playback';
import { usePlayerShallow, usePlayerStore } from '../../store/PlayerProvider';
import { cursorOf } from '../../store/selectors/cursor';
import { selectTransport } from '../../store/selectors/player';
import { stepIndexAt, stepsOf } from '../../store/selectors/steps';
import { formatSeconds } from '../../core/seconds';
import { Icon } from '../Icon';
import './controls.css';

/**
 * The transport: Reset, Step back, Play/Pause, Step forward, Jump to end, the Time slider
 * (one position per step: each instant, and each print or wake within one), speed and
 * auto-pause. Keyboard shortcuts live in the app shell.
 *
 * @example <Controls />
 */
export function Controls() {
  const { trace, t, cut, playing, speed, autoPause } = usePlayerShallow(selectTransport);
  const actions = usePlayerStore().getState();
  const steps = stepsOf(trace);
  const cursor = cursorOf(trace, { t, cut });
  const index = stepIndexAt(steps, cursor);
  const atStart = t === 0 && cursor.lastSeq <= steps[0]!.last;
  const atEnd = t >= trace.end && cut === null;
  return (
    <div className="controls" role="group" aria-label="Playback">
      <div className="controls-buttons">
        <button type="button" onClick={actions.reset} aria-keyshortcuts="Home" disabled={atStart}>
          <Icon name="reset" /> <span className="btn-text">Reset</span>
        </button>
        <button
          type="button"
          onClick={actions.stepBack}
          aria-keyshortcuts="ArrowLeft PageUp"
          disabled={atStart}
        >
          <Icon name="back" /> <span className="btn-text">Step back</span>
        </button>
        <button
          type="button"
          className="play"
          onClick={actions.togglePlay}
          aria-keyshortcuts="Space"
        >
          <Icon name={playing ? 'pause' : 'play'} /> {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          onClick={actions.stepForward}
          aria-keyshortcuts="ArrowRight PageDown"
          disabled={atEnd}
        >
          <span className="btn-text">Step forward</span> <Icon name="forward" />
        </button>
        <button type="button" onClick={actions.jumpToEnd} aria-keyshortcuts="End" disabled={atEnd}>
          <span className="btn-text">Jump to end</span> <Icon name="end" />
        </button>
      </div>
      <div className="controls-time">
        <label className="time-slider">
          <span className="time-label">Time</span>
          <span className="time-track">
            <input
              type="range"
              min={0}
              max={Math.max(steps.length - 1, 0)}
              step={1}
              value={index}
              aria-valuetext={`${formatSeconds(t, 3)} s, step ${index + 1} of ${steps.length}`}
              onChange={(e) => {
                const to = steps[Number(e.currentTarget.value)] ?? steps[0]!;
                actions.seek(to.t, to.cut);
              }}
            />
            <EventTicks count={steps.length} />
          </span>
        </label>
        <output className="time-readout" aria-label="Playhead time">
          {formatSeconds(t, 3)} s
        </output>
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
      </div>
    </div>
  );
}

/**
 * A tick under the Time slider for each step. Drawn by us, once per trace, rather than
 * by a <datalist>: Chromium repaints a datalist's ticks with the thumb on every frame (2 ms a
 * frame for a 50-call Lab at 8×), and React would reconcile every <option> each frame too.
 */
const EventTicks = memo(function EventTicks({ count }: { count: number }) {
  if (count < 2) return null;
  return (
    <span className="time-ticks" aria-hidden="true" data-testid="event-ticks">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} />
      ))}
    </span>
  );
});
