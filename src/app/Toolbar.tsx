import { useState } from 'react';
import { Icon } from '../components/Icon';
import { browserStorage, rememberPredictMode } from '../predict';
import { usePlayer } from '../store/player';

/**
 * The header's view switches: Predict mode, dark theme, presenter mode, and Copy link.
 *
 * @example <Toolbar dark={useTheme()} />
 */
export function Toolbar({ dark }: { dark: boolean }) {
  const presenter = usePlayer((s) => s.presenter);
  const predict = usePlayer((s) => s.predict);
  const [copied, setCopied] = useState('');
  const copy = async () => {
    usePlayer.getState().pause(); // so the link holds the exact moment on screen
    try {
      await navigator.clipboard.writeText(location.href);
      setCopied('Link copied');
    } catch {
      setCopied('Copy the address bar: it holds this view');
    }
  };
  return (
    <div className="toolbar" role="group" aria-label="View">
      <label className="toolbar-switch">
        <input
          type="checkbox"
          role="switch"
          checked={predict}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            // The learner's choice, in this browser only; stored first so the link sees it.
            rememberPredictMode(browserStorage(), on);
            usePlayer.getState().setPredict(on);
          }}
        />
        <span>Predict mode</span>
      </label>
      <button
        type="button"
        aria-pressed={dark}
        onClick={() => usePlayer.getState().setTheme(dark ? 'light' : 'dark')}
      >
        <Icon name={dark ? 'moon' : 'sun'} /> <span className="btn-text">Dark theme</span>
      </button>
      <button
        type="button"
        aria-pressed={presenter}
        onClick={() => usePlayer.getState().setPresenter(!presenter)}
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
