import { useState } from 'react';
import { Icon } from '../components/Icon';
import { browserStorage, rememberPredictMode } from '../predict';
import { usePlayer, usePlayerStore } from '../store/PlayerProvider';
import { selectPredict, selectPresenter } from '../store/selectors/player';

/**
 * The header's view switches: Predict mode, dark theme, presenter mode, and Copy link. With
 * `predictOff`, a note saying why Predict mode is off takes the switch's place (two runs
 * compared on one clock have no gates).
 *
 * @example <Toolbar dark={useTheme()} />
 */
export function Toolbar({ dark, predictOff }: { dark: boolean; predictOff?: string }) {
  const store = usePlayerStore();
  const presenter = usePlayer(selectPresenter);
  const predict = usePlayer(selectPredict);
  const [copied, setCopied] = useState('');
  const copy = async () => {
    store.getState().pause(); // so the link holds the exact moment on screen
    try {
      await navigator.clipboard.writeText(location.href);
      setCopied('Link copied');
    } catch {
      setCopied('Copy the address bar: it holds this view');
    }
  };
  return (
    <div className="toolbar" role="group" aria-label="View">
      {predictOff ? (
        <span className="toolbar-note">{predictOff}</span>
      ) : (
        <label className="toolbar-switch">
          <input
            type="checkbox"
            role="switch"
            checked={predict}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              // The learner's choice, in this browser only; stored first so the link sees it.
              rememberPredictMode(browserStorage(), on);
              store.getState().setPredict(on);
            }}
          />
          <span>Predict mode</span>
        </label>
      )}
      <button
        type="button"
        aria-pressed={dark}
        onClick={() => store.getState().setTheme(dark ? 'light' : 'dark')}
      >
        <Icon name={dark ? 'moon' : 'sun'} /> <span className="btn-text">Dark theme</span>
      </button>
      <button
        type="button"
        aria-pressed={presenter}
        onClick={() => store.getState().setPresenter(!presenter)}
      >
        <Icon name="screen" /> <span className="btn-text">Presenter mode</span>
      </button>
      <button type="button" onClick={() => void copy()}>
        <Icon name="link" /> <span className="btn-text">Copy link</span>
      </button>
      <span className="toolbar-status" role="status">
        {copied}
      </span>
    </div>
  );
}
