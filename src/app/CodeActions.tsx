/**
 * The code panel's buttons: for a built-in scenario, Download Python / notebook and "Edit this
 * code", a link that opens its downloadable `.py` in the playground; nothing for the playground,
 * which has its own Download Python for the editor's text.
 *
 * @example <CodePanel actions={<CodeActions run={run} />} … />
 */
import { Suspense, lazy, useEffect } from 'react';
import { warmPlaygroundOnIntent } from '../playground/intent';
import type { ScenarioRun } from '../scenarios/types';
import { usePlayerStore } from '../store/PlayerProvider';
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
 * Intent, third kind: once a scenario has been played to its end by Play (never by the page
 * opening on it), the runtime loads when the browser is idle, for the learner's next step.
 */
function useWarmAfterPlayed(run: ScenarioRun): void {
  const store = usePlayerStore();
  useEffect(() => {
    if (isPlayground(run.id)) return;
    let wasPlaying = store.getState().playing;
    return store.subscribe((player) => {
      const ended = wasPlaying && !player.playing && player.t >= run.trace.end;
      wasPlaying = player.playing;
      if (!ended) return;
      if ('requestIdleCallback' in window) requestIdleCallback(warmPlaygroundOnIntent);
      else setTimeout(warmPlaygroundOnIntent, 1000);
    });
  }, [store, run]);
}

export function CodeActions({ run }: { run: ScenarioRun }) {
  useWarmAfterPlayed(run);
  if (isPlayground(run.id)) return null;
  return (
    <div className="code-actions">
      <Suspense fallback={null}>
        <DownloadButtons run={run} />
      </Suspense>
      <a
        className="edit-this-code"
        href={editThisCodeHref(run.python)}
        // Intent: the runtime starts downloading before the click (see playground/intent.ts).
        onPointerEnter={warmPlaygroundOnIntent}
        onFocus={warmPlaygroundOnIntent}
        title="Open this program in the playground, run it on CPython and change it"
      >
        Edit this code
      </a>
    </div>
  );
}
