import { SPEEDS } from '../../store/playback';
import { usePlayerShallow, usePlayerStore } from '../../store/PlayerProvider';
import { cursorOf } from '../../store/selectors/cursor';
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
 * `reduced`: an embedded player's transport, what a slide needs: Step back, Play/Pause, Step
 * forward and the Time slider, without Reset, Jump to end, speed and auto-pause.
 *
 * @example <Controls />
 */
export function Controls({ reduced = false }: { reduced?: boolean }) {
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
          className="play"
          onClick={actions.togglePlay}
          aria-keyshortcuts="Space"
          title={`${playing ? 'Pause' : 'Play'} (Space)`}
        >
          <Icon name={playing ? 'pause' : 'play'} /> {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          onClick={actions.stepForward}
          aria-keyshortcuts="ArrowRight PageDown"
          title="Step forward (→ or PageDown)"
          disabled={atEnd}
        >
          <span className="btn-text">Step forward</span> <Icon name="forward" />
        </button>
        {!reduced && (
          <button
            type="button"
            onClick={actions.jumpToEnd}
            aria-keyshortcuts="End"
            title="Jump to end (End)"
            disabled={atEnd}
          >
            <span className="btn-text">Jump to end</span> <Icon name="end" />
          </button>
        )}
      </div>
      <div className="controls-time">
        <TimeSlider trace={trace} t={t} step={index} steps={steps.length} moves={actions} />
        {!reduced && (
          <>
            <label className="speed">
              <span>Speed</span>
              <select
                value={speed}
                onChange={(e) => actions.setSpeed(Number(e.currentTarget.value))}
              >
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
        )}
      </div>
    </div>
  );
}
