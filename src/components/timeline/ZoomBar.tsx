import { fitWindow, MIN_WINDOW_US, ZOOM_STEP } from '../../layout/zoomWindow';
import { usePlayerShallow, usePlayerStore } from '../../store/PlayerProvider';
import { selectZoom } from '../../store/selectors/player';
import { Icon } from '../Icon';
import { zoomReadout } from './zoomText';
import './zoom.css';

/**
 * The timeline's zoom controls: **Zoom in**, **Zoom out** (around the playhead when it is in
 * view) and **Fit**, and a live text saying what stretch of the run is on screen. Each button is
 * disabled when it has nothing left to do, so its state tells where the zoom stands. The keys
 * (`+` / `=`, `-`, `0`) live in the app's keyboard map.
 *
 * @example <PlayerProvider store={player}><ZoomBar /></PlayerProvider>
 */
export function ZoomBar() {
  const { view, end } = usePlayerShallow(selectZoom);
  const actions = usePlayerStore().getState();
  const shown = view ?? fitWindow(end);
  const atMin = shown.to - shown.from <= MIN_WINDOW_US;
  return (
    <div className="zoom-bar" role="group" aria-label="Zoom">
      <button
        type="button"
        onClick={() => actions.zoomBy(ZOOM_STEP)}
        aria-keyshortcuts="Plus ="
        title="Zoom in (+)"
        disabled={atMin}
      >
        <Icon name="zoomIn" /> <span className="btn-text">Zoom in</span>
      </button>
      <button
        type="button"
        onClick={() => actions.zoomBy(1 / ZOOM_STEP)}
        aria-keyshortcuts="-"
        title="Zoom out (-)"
        disabled={view === null}
      >
        <Icon name="zoomOut" /> <span className="btn-text">Zoom out</span>
      </button>
      <button
        type="button"
        onClick={actions.fit}
        aria-keyshortcuts="0"
        title="Fit the whole run (0)"
        disabled={view === null}
      >
        <Icon name="fit" /> <span className="btn-text">Fit</span>
      </button>
      <output className="zoom-readout" aria-live="polite">
        {zoomReadout(view, end)}
      </output>
    </div>
  );
}
