import { useRef, useState } from 'react';
import { usePlayerStore } from '../../store/PlayerProvider';
import { embedSnippet, embedSrc } from './embedCode';
import './copy-embed.css';

/**
 * "Copy embed code": an `<iframe>` for this view (every link field, with `embed=1`) on the
 * clipboard, confirmed in a status line. Where the clipboard refuses, the snippet is shown in
 * a read-only text box, selected, to copy by hand.
 *
 * @example <CopyEmbedCode />
 */
export function CopyEmbedCode() {
  const store = usePlayerStore();
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    // Paused, the address bar holds the exact moment on screen (useUrlSync writes it).
    store.getState().pause();
    const snippet = embedSnippet(embedSrc(location.href), store.getState().run?.title ?? '');
    try {
      await navigator.clipboard.writeText(snippet);
      setFallback(null);
      setStatus('Embed code copied: paste it into your page or slide.');
    } catch {
      setFallback(snippet);
      setStatus('The clipboard refused: copy the embed code from the box below.');
      // After React has shown the box.
      requestAnimationFrame(() => box.current?.select());
    }
  };
  return (
    <div className="copy-embed">
      <button type="button" onClick={() => void copy()}>
        Copy embed code
      </button>
      <span className="copy-embed-status" role="status">
        {status}
      </span>
      {fallback !== null && (
        <textarea
          ref={box}
          className="copy-embed-code"
          aria-label="Embed code"
          readOnly
          rows={4}
          value={fallback}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
