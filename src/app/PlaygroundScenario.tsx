/**
 * The playground inside the visualizer: the editor above the usual panels. Each finished run's
 * trace is loaded into the player like a scenario; every edit is kept in the player's
 * `playground.code`, which the link follows.
 *
 * @example {isPlayground(run.id) && <PlaygroundScenario />}
 */
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { LazyPlayground } from '../components/playground';
import { warmPlaygroundOnIntent } from '../playground/intent';
import type { Trace, VirtualUs } from '../core/trace';
import { usePlayerStore } from '../store/PlayerProvider';
import { isPlayground, playgroundRun } from './playgroundLink';
import './playground-shell.css';

export function PlaygroundScenario() {
  const store = usePlayerStore();
  const [initialSource] = useState(() => store.getState().playground.code ?? undefined);
  const runs = useRef(0);
  // Chosen in the picker or opened by a link: the runtime starts now, beside the editor's
  // chunk, instead of after it (the Playground then waits on the same runtime).
  useEffect(warmPlaygroundOnIntent, []);
  const onTrace = useCallback(
    (trace: Trace) => {
      const player = store.getState();
      // A run that ends after the learner picked another scenario must not replace it.
      if (!isPlayground(player.run?.id)) return;
      const first = runs.current++ === 0;
      // The run on opening shows the link's moment; a run the learner asked for plays at once.
      const at = first ? (player.playground.pendingT ?? 0) : 0;
      const view = first ? player.playground.pendingView : null;
      player.setPlayground({ pendingT: null, ...(view && { pendingView: null }) });
      performance.mark('fv:trace-arrived'); // `npm run bench` times the first frame after it
      player.load(playgroundRun(trace), null, at as VirtualUs);
      if (view) player.setView(view);
      player.setNotices([]);
      if (!first) player.play();
    },
    [store],
  );
  const onSourceChange = useCallback(
    (code: string) => store.getState().setPlayground({ code }),
    [store],
  );
  return (
    <details className="panel playground-panel" open>
      <summary>Your program</summary>
      <Suspense fallback={<p role="status">Loading the playground…</p>}>
        <LazyPlayground
          initialSource={initialSource}
          onTrace={onTrace}
          onSourceChange={onSourceChange}
          autoRun
        />
      </Suspense>
    </details>
  );
}
