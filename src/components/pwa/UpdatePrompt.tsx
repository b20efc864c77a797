import './update-prompt.css';

/**
 * The "update available" prompt: a new version of the site is installed and waits until
 * the person chooses to reload, so a lesson in progress is never swapped out from under them.
 *
 * @example
 *   <UpdatePrompt onReload={apply} onDismiss={() => setShown(false)} />
 */
export function UpdatePrompt({
  onReload,
  onDismiss,
}: {
  onReload: () => void;
  onDismiss: () => void;
}) {
  return (
    <aside className="update-prompt" aria-label="Update available">
      <p role="status">A new version of Futures Visualizer is available.</p>
      <div className="update-prompt-actions">
        <button type="button" onClick={onReload}>
          Reload
        </button>
        <button type="button" onClick={onDismiss}>
          Later
        </button>
      </div>
    </aside>
  );
}
