import { Suspense, lazy, useMemo, useRef, useState } from 'react';
import { ExportMenu } from '../components/export/ExportMenu';
import { Controls } from '../components/player/Controls';
import { NoteCallout } from '../components/note/NoteCallout';
import { Narration } from '../components/player/Narration';
import { Panels } from '../components/player/Panels';
import { ScenarioPicker } from '../components/shell/ScenarioPicker';
import type { LabParams, ScenarioId } from '../scenarios/types';
import { PlayerProvider, usePlayer } from '../store/PlayerProvider';
import type { PlayerStore } from '../store/playerStore';
import { selectLab, selectPresenter, selectRun } from '../store/selectors/player';
import { usePlaybackClock } from '../store/usePlaybackClock';
import { CodeActions } from './CodeActions';
import { FirstLessonOffer, FIRST_LESSON } from './FirstLessonOffer';
import { ComparePage } from './compare/ComparePage';
import { CompareWith } from './compare/CompareWith';
import { useCompareSession, type CompareControl } from './compare/useCompareSession';
import { Footer } from './Footer';
import { Notice } from './Notice';
import { OrderingSwitch } from './OrderingSwitch';
import { isPlayground } from './playgroundLink';
import { PlaygroundScenario } from './PlaygroundScenario';
import { PredictMount } from './PredictMount';
import { ScenarioSummary } from './ScenarioSummary';
import { playWhatIf } from './playWhatIf';
import { WhatIfStatus } from '../components/whatIf/WhatIfStatus';
import type { WhatIf } from '../predict/whatIf';
import { changesOf, WhatIfMount } from './WhatIfMount';
import type { ScenarioSource } from './scenarioSource';
import { showScenario } from './showScenario';
import { Toolbar } from './Toolbar';
import { useBarHeight } from './useBarHeight';
import { useKeyboard } from './useKeyboard';
import { useTheme } from './useTheme';
import { useUrlSync } from './useUrlSync';
import { openInPlayground } from './openInPlayground';
import { useBackAndForward } from './useBackAndForward';
import './layout.css';
import './presenter.css';

// Not needed for the first screen: loaded on demand to keep the first download small.
const LabForm = lazy(() =>
  import('../components/lab/LabForm').then((m) => ({ default: m.LabForm })),
);

/**
 * The whole page for one player: header (picker, view switches), code / timeline / console /
 * futures, and the transport with its narration. The page's link, keyboard and theme follow
 * this player.
 *
 * @example <Visualizer source={source} store={playerFromLink(source, location.search)} />
 */
export function Visualizer({ source, store }: { source: ScenarioSource; store: PlayerStore }) {
  const compare = useCompareSession(source, store);
  return (
    <PlayerProvider store={store}>
      {compare.session ? (
        <ComparePage source={source} first={store} session={compare.session} compare={compare} />
      ) : (
        <OnePlayer source={source} store={store} compare={compare} />
      )}
    </PlayerProvider>
  );
}

/** One run alone: the page's link, keyboard and history follow its player. */
function OnePlayer({
  source,
  store,
  compare,
}: {
  source: ScenarioSource;
  store: PlayerStore;
  compare: CompareControl;
}) {
  useKeyboard(store);
  useUrlSync(source, store);
  useBackAndForward(source, store);
  return <Page source={source} store={store} compare={compare} />;
}

function Page({
  source,
  store,
  compare,
}: {
  source: ScenarioSource;
  store: PlayerStore;
  compare: CompareControl;
}) {
  usePlaybackClock();
  const dark = useTheme();
  const run = usePlayer(selectRun);
  const lab = usePlayer(selectLab);
  const presenter = usePlayer(selectPresenter);
  // A new element each render would defeat the code panel's memo.
  const codeActions = useMemo(
    () =>
      run && <CodeActions run={run} onEdit={(python) => openInPlayground(source, store, python)} />,
    [run, source, store],
  );
  // The "What if" last played: its changes are marked while its run is the one on screen.
  const [played, setPlayed] = useState<WhatIf | null>(null);
  const changes = useMemo(() => changesOf(played, run), [played, run]);
  // The end of the run: Predict's score (when on), then "What if…?" (on or off).
  const predict = useMemo(
    () => (
      <>
        <PredictMount source={source} />
        <WhatIfMount
          onRun={(w) => {
            setPlayed(w);
            playWhatIf(source, store, w);
          }}
        />
      </>
    ),
    [source, store],
  );
  const transport = useRef<HTMLElement>(null);
  useBarHeight(transport);
  const show = (id: ScenarioId, nextLab?: LabParams, ordering?: number) =>
    showScenario(source, store, id, nextLab, ordering);

  return (
    <div className={`app${presenter ? ' presenter' : ''}`}>
      <header className="app-header">
        <h1 className="app-title">Futures Visualizer</h1>
        {run && (
          <ScenarioPicker scenarios={source.scenarios} value={run.id} onChange={(id) => show(id)} />
        )}
        {run && !isPlayground(run.id) && (
          <CompareWith source={source} current={run.id} lab={lab} start={compare.start} />
        )}
        <Toolbar dark={dark} />
        {run && <ExportMenu />}
      </header>
      <Notice />
      {run && (
        <main className="app-main" aria-label="Visualizer">
          <FirstLessonOffer
            available={source.scenarios.some((s) => s.id === FIRST_LESSON)}
            onOpen={() => show(FIRST_LESSON)}
          />
          <ScenarioSummary run={run} />
          <OrderingSwitch
            run={run}
            // The same moment of the other ordering: a switch is a comparison, not a restart.
            onChange={(i) => showScenario(source, store, run.id, undefined, i, store.getState().t)}
          />
          {isPlayground(run.id) && <PlaygroundScenario />}
          {run.id === 'lab' && (
            <Suspense fallback={<p>Loading the Lab…</p>}>
              <details className="panel lab-panel" open>
                <summary>Lab parameters</summary>
                <LabForm value={lab ?? source.defaultLab} onApply={(next) => show('lab', next)} />
              </details>
            </Suspense>
          )}
          <WhatIfStatus
            {...(changes && played
              ? {
                  question: played.question,
                  codeLines: changes.code.size,
                  consoleLines: changes.console.size,
                }
              : { question: null })}
          />
          <Panels run={run} codeActions={codeActions} predict={predict} changes={changes} />
        </main>
      )}
      <section ref={transport} className="transport" aria-label="Player">
        <NoteCallout />
        <Narration narrate={source.narrate} />
        <Controls />
      </section>
      <Footer />
    </div>
  );
}
