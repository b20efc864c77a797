/**
 * The playground inside the visualizer: the editor above the usual panels. Each finished run's
 * trace is loaded into the player like a scenario; every edit is kept in the link as `code=`.
 *
 * @example {isPlayground(run.id) && <PlaygroundScenario source={source} />}
 */
import { Suspense, useCallback, useRef, useState } from 'react';
import { LazyPlayground } from '../components/playground';
import type { Trace } from '../core/trace';
import { usePlayer } from '../store/player';
import { isPlayground, playgroundLink, playgroundRun, setPlaygroundLink } from './playgroundLink';
import type { ScenarioSource } from './scenarioSource';
import { linkFor } from './useUrlSync';
import './playground-shell.css';

export function PlaygroundScenario({ source }: { source: ScenarioSource }) {
  const [initialSource] = useState(() => playgroundLink().code ?? undefined);
  const runs = useRef(0);
  const onTrace = useCallback((trace: Trace) => {
    const store = usePlayer.getState();
    // A run that ends after the learner picked another scenario must not replace it.
    if (!isPlayground(store.run?.id)) return;
    const first = runs.current++ === 0;
    // The run on opening shows the link's moment; a run the learner asked for plays at once.
    const at = first ? (playgroundLink().pendingT ?? 0) : 0;
    setPlaygroundLink({ pendingT: null });
    store.load(playgroundRun(trace), null, at);
    store.setNotices([]);
    if (!first) store.play();
  }, []);
  const onSourceChange = useCallback(
    (code: string) => {
      setPlaygroundLink({ code });
      // The player did not change, so useUrlSync will not write: keep `code=` current here.
      const query = linkFor(source, usePlayer.getState());
      if (query === null) return;
      history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
    },
    [source],
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
