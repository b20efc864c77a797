import { Suspense, lazy, useMemo, useState } from 'react';
import { CodePanel } from '../components/code/CodePanel';
import { ConsolePanel } from '../components/console/ConsolePanel';
import { FutureCards } from '../components/futures/FutureCards';
import { Controls } from '../components/player/Controls';
import { Narration } from '../components/player/Narration';
import { ScenarioPicker } from '../components/shell/ScenarioPicker';
import { Timeline } from '../components/timeline/Timeline';
import type { LabParams, ScenarioId, ScenarioRun } from '../scenarios/types';
import { usePlayer } from '../store/player';
import { highlighted } from '../store/selectors/highlighted';
import { useSnapshot } from '../store/snapshot';
import { usePlaybackClock } from '../store/usePlaybackClock';
import { CodeActions } from './CodeActions';
import { Footer } from './Footer';
import { loadFromLink } from './loadFromLink';
import { Notice } from './Notice';
import { OrderingSwitch } from './OrderingSwitch';
import { isPlayground } from './playgroundLink';
import { PlaygroundScenario } from './PlaygroundScenario';
import { PredictMount } from './PredictMount';
import type { ScenarioSource } from './scenarioSource';
import { Toolbar } from './Toolbar';
import { useKeyboard } from './useKeyboard';
import { useTheme } from './useTheme';
import { useUrlSync } from './useUrlSync';
import './layout.css';

// Not needed for the first screen: loaded on demand to keep the first download small.
const LabForm = lazy(() =>
  import('../components/lab/LabForm').then((m) => ({ default: m.LabForm })),
);

/**
 * The whole visualizer for one scenario source: header (picker, view switches, downloads),
 * code / timeline / console / futures, and the transport with its narration.
 *
 * @example <Visualizer source={realScenarioSource} />
 */
export function Visualizer({ source, query }: { source: ScenarioSource; query?: string }) {
  useState(() => loadFromLink(source, new URLSearchParams(query ?? location.search)));
  usePlaybackClock();
  useKeyboard();
  useUrlSync(source);
  const dark = useTheme();
  const run = usePlayer((s) => s.run);
  const lab = usePlayer((s) => s.lab);
  const presenter = usePlayer((s) => s.presenter);
  const orderingLabels = useMemo(
    () =>
      run?.ordering
        ? Array.from(
            { length: run.ordering.count },
            (_, i) => source.run(run.id, undefined, i).ordering?.label ?? `ordering ${i + 1}`,
          )
        : [],
    [run, source],
  );

  const show = (id: ScenarioId, nextLab?: LabParams, ordering?: number) => {
    const store = usePlayer.getState();
    try {
      const params = nextLab ?? store.lab ?? source.defaultLab;
      store.load(source.run(id, params, ordering), id === 'lab' ? params : null, 0);
      store.setNotices([]);
    } catch (err) {
      store.setNotices([`That scenario could not run: ${String(err)}`]);
    }
  };

  return (
    <>
      <div className={`app${presenter ? ' presenter' : ''}`}>
        <header className="app-header">
          <h1 className="app-title">Futures Visualizer</h1>
          {run && (
            <ScenarioPicker
              scenarios={source.scenarios}
              value={run.id}
              onChange={(id) => show(id)}
            />
          )}
          <Toolbar dark={dark} />
        </header>
        <Notice />
        {run && (
          <main className="app-main" aria-label="Visualizer">
            <p className="scenario-summary">
              <strong>{run.title}.</strong> {run.summary}
            </p>
            <OrderingSwitch
              run={run}
              labels={orderingLabels}
              onChange={(i) => show(run.id, undefined, i)}
            />
            <PredictMount source={source} />
            {isPlayground(run.id) && <PlaygroundScenario source={source} />}
            {run.id === 'lab' && (
              <Suspense fallback={<p>Loading the Lab…</p>}>
                <details className="panel lab-panel" open>
                  <summary>Lab parameters</summary>
                  <LabForm value={lab ?? source.defaultLab} onApply={(next) => show('lab', next)} />
                </details>
              </Suspense>
            )}
            <Panels run={run} />
          </main>
        )}
        <section className="transport" aria-label="Player">
          <Narration narrate={source.narrate} />
          <Controls />
        </section>
        <Footer />
      </div>
    </>
  );
}

/**
 * Code, timeline, console and futures: the only part of the page that follows the playhead
 * every frame, so the header, Lab form and transport do not re-render with it.
 */
function Panels({ run }: { run: ScenarioRun }) {
  const highlightSeq = usePlayer((s) => s.highlightSeq);
  const snapshot = useSnapshot();
  const mark = useMemo(
    () => highlighted(snapshot.trace, highlightSeq),
    [snapshot.trace, highlightSeq],
  );
  // A new element each render would defeat the code panel's memo.
  const actions = useMemo(() => <CodeActions run={run} />, [run]);
  return (
    <div className="panels">
      <CodePanel
        actions={actions}
        source={run.trace.source}
        cells={run.cells}
        lines={snapshot.lines}
        threads={snapshot.threads}
      />
      <Timeline snapshot={snapshot} highlight={mark} />
      <ConsolePanel lines={snapshot.console} threads={snapshot.threads} marked={mark?.outputSeqs} />
      <FutureCards futures={snapshot.futures} />
    </div>
  );
}
