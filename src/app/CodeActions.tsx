/**
 * The code panel's buttons: for a built-in scenario, Download Python / notebook and "Edit this
 * code", a link that opens its downloadable `.py` in the playground; nothing for the playground,
 * which has its own Download Python for the editor's text.
 *
 * @example <CodePanel actions={<CodeActions run={run} />} … />
 */
import { Suspense, lazy } from 'react';
import { warmPlaygroundOnIntent } from '../playground/intent';
import type { ScenarioRun } from '../scenarios/types';
import { isPlayground, playgroundQuery } from './playgroundLink';
import './playground-shell.css';

// Not needed for the first screen: loaded on demand to keep the first download small.
const DownloadButtons = lazy(() =>
  import('../components/download/DownloadButtons').then((m) => ({ default: m.DownloadButtons })),
);

/** The playground link for a program: `?scenario=playground&code=…` (relative to this page). */
export const editThisCodeHref = (python: string): string =>
  `?${playgroundQuery(python).toString()}`;

/**
 * `onEdit`: opens the program in the playground within this page (see `openInPlayground`), so
 * the runtime that started loading on hover is kept; a click with a modifier key (a new tab or
 * window) follows the link as any link does.
 */
export function CodeActions({
  run,
  onEdit,
}: {
  run: ScenarioRun;
  onEdit?: (python: string) => void;
}) {
  if (isPlayground(run.id)) return null;
  return (
    <div className="code-actions">
      <Suspense fallback={null}>
        <DownloadButtons run={run} />
      </Suspense>
      <EditThisCode python={run.python} onEdit={onEdit} />
    </div>
  );
}

function EditThisCode({ python, onEdit }: { python: string; onEdit?: (python: string) => void }) {
  return (
    <a
      className="edit-this-code"
      href={editThisCodeHref(python)}
      // Intent: the runtime starts downloading before the click (see playground/intent.ts).
      onPointerEnter={warmPlaygroundOnIntent}
      onFocus={warmPlaygroundOnIntent}
      onClick={(e) => {
        const plain = e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
        if (!onEdit || !plain) return;
        e.preventDefault();
        onEdit(python);
      }}
      title="Open this program in the playground, run it on CPython and change it"
    >
      Edit this code
    </a>
  );
}
