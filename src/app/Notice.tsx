import { usePlayer, usePlayerStore } from '../store/PlayerProvider';
import { selectNotices } from '../store/selectors/player';

/**
 * Problems with the link, in plain words, above everything; the view below is the last valid
 * one. Dismissable.
 *
 * @example <Notice />
 */
export function Notice() {
  const store = usePlayerStore();
  const notices = usePlayer(selectNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="alert" aria-labelledby="notice-heading">
      <h2 id="notice-heading">
        <span aria-hidden="true">▲ </span>Part of this link could not be used
      </h2>
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={() => store.getState().setNotices([])}>
        Dismiss
      </button>
    </div>
  );
}
