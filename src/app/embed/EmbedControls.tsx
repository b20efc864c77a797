import { Icon } from '../../components/Icon';
import { TimeSlider } from '../../components/player/TimeSlider';
import { usePlayerShallow, usePlayerStore } from '../../store/PlayerProvider';
import { cursorOf } from '../../store/selectors/cursor';
import { selectTransport } from '../../store/selectors/player';
import { stepIndexAt, stepsOf } from '../../store/selectors/steps';
import '../../components/player/controls.css';

/**
 * The embedded player's transport, reduced to what a slide needs: Step back, Play/Pause,
 * Step forward and the Time slider (the full page adds Reset, Jump to end, speed and
 * auto-pause). The keys are the page's (Space, ← →, Home, End).
 *
 * @example <EmbedControls />
 */
export function EmbedControls() {
  const { trace, t, cut, playing } = usePlayerShallow(selectTransport);
  const actions = usePlayerStore().getState();
  const steps = stepsOf(trace);
  const cursor = cursorOf(trace, { t, cut });
  const index = stepIndexAt(steps, cursor);
  const atStart = t === 0 && cursor.lastSeq <= steps[0]!.last;
  const atEnd = t >= trace.end && cut === null;
  return (
    <div className="controls embed-controls" role="group" aria-label="Playback">
      <div className="controls-buttons">
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
      </div>
      <TimeSlider trace={trace} t={t} step={index} steps={steps.length} moves={actions} />
    </div>
  );
}
