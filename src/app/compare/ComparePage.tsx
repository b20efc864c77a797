import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { CompareSide } from '../../components/compare/CompareSide';
import { DifferenceAnnouncer } from '../../components/compare/DifferenceAnnouncer';
import { DifferencesPanel } from '../../components/compare/DifferencesPanel';
import { Controls } from '../../components/player/Controls';
import { ScenarioPicker } from '../../components/shell/ScenarioPicker';
import type { ScenarioRun } from '../../scenarios/types';
import { compareRuns, markedIn, type RunDifference } from '../../store/compare/compareRuns';
import { createSharedClock, linkClock } from '../../store/compare/sharedClock';
import { PlayerProvider, usePlayer } from '../../store/PlayerProvider';
import type { PlayerStore } from '../../store/playerStore';
import { selectLab, selectPresenter, selectRun, selectT } from '../../store/selectors/player';
import { usePlaybackClock } from '../../store/usePlaybackClock';
import { Footer } from '../Footer';
import { Notice } from '../Notice';
import type { ScenarioSource } from '../scenarioSource';
import { showScenario } from '../showScenario';
import { Toolbar } from '../Toolbar';
import { useBarHeight } from '../useBarHeight';
import { useKeyboard } from '../useKeyboard';
import { useTheme } from '../useTheme';
import { CompareWith } from './CompareWith';
import { runName } from './runName';
import { useCompareUrlSync } from './useCompareUrlSync';
import type { CompareControl, CompareSession } from './useCompareSession';

const PREDICT_OFF = 'Predict mode is off while two runs are compared.';

/**
 * Two runs side by side on one clock (`compare=`): the first player (the page's) and the
 * second, each with its title, code, timeline, console and narration, both moved by one
 * transport and one Time slider, with the Differences list and a sentence read out as the
 * playhead passes one. Mount under the first player's provider.
 *
 * @example <ComparePage source={source} first={player} session={compare.session} compare={compare} />
 */
export function ComparePage({
  source,
  first,
  session,
  compare,
}: {
  source: ScenarioSource;
  first: PlayerStore;
  session: CompareSession;
  compare: CompareControl;
}) {
  const second = session.second;
  const runA = useStore(first, selectRun);
  const runB = useStore(second, selectRun);
  if (!runA || !runB) return null;
  return (
    <ComparedRuns
      source={source}
      first={first}
      second={second}
      runs={[runA, runB]}
      session={session}
      compare={compare}
    />
  );
}

function ComparedRuns({
  source,
  first,
  second,
  runs: [runA, runB],
  session,
  compare,
}: {
  source: ScenarioSource;
  first: PlayerStore;
  second: PlayerStore;
  runs: [ScenarioRun, ScenarioRun];
  session: CompareSession;
  compare: CompareControl;
}) {
  const dark = useTheme();
  const labA = usePlayer(selectLab);
  const presenter = usePlayer(selectPresenter);
  const labB = useStore(second, selectLab);
  const shared = useMemo(() => createSharedClock(runA, runB), [runA, runB]);
  const clock = shared.clock;
  // The link's playhead applies to the first clock only; a new run starts at 0.
  const startT = useRef(session.startT);
  useEffect(() => {
    if (startT.current) clock.getState().seek(startT.current);
    startT.current = null;
    return linkClock(shared, first, second);
  }, [shared, clock, first, second]);
  useKeyboard(clock);
  useCompareUrlSync(source, first, second, clock);
  const differences = useMemo(() => compareRuns(runA.trace, runB.trace), [runA, runB]);
  const marks = useMemo(() => [markedIn(differences, 0), markedIn(differences, 1)], [differences]);
  const nameA = runName(source, runA, labA);
  const nameB = runName(source, runB, labB);
  const transport = useRef<HTMLElement>(null);
  useBarHeight(transport);
  return (
    <div className={`app compare-page${presenter ? ' presenter' : ''}`}>
      <header className="app-header">
        <h1 className="app-title">Futures Visualizer</h1>
        <ScenarioPicker
          scenarios={source.scenarios}
          value={runA.id}
          onChange={(id) => showScenario(source, first, id)}
        />
        <CompareWith
          source={source}
          current={runA.id}
          lab={labA}
          start={compare.start}
          leave={compare.leave}
        />
        <Toolbar dark={dark} predictOff={PREDICT_OFF} />
      </header>
      <Notice />
      <main className="app-main" aria-label="Visualizer">
        <p className="compare-note">
          Two runs on one clock: one transport moves both; a run that has ended stays at its end.
        </p>
        <div className="compare-runs">
          <CompareSide
            name={`First run: ${nameA}`}
            title={nameA}
            marked={marks[0]!}
            narrate={source.narrate}
          />
          <PlayerProvider store={second}>
            <CompareSide
              name={`Second run: ${nameB}`}
              title={nameB}
              marked={marks[1]!}
              narrate={source.narrate}
            />
          </PlayerProvider>
        </div>
        <PlayerProvider store={clock}>
          <ClockDifferences differences={differences} />
        </PlayerProvider>
      </main>
      <section ref={transport} className="transport" aria-label="Player">
        <PlayerProvider store={clock}>
          <ClockDriver />
          <DifferenceAnnouncer differences={differences} />
          <Controls />
        </PlayerProvider>
      </section>
      <Footer />
    </div>
  );
}

/** The shared clock's one animation loop. */
function ClockDriver() {
  usePlaybackClock();
  return null;
}

/** The Differences list, following the shared clock (passed ones marked, a click seeks it). */
function ClockDifferences({ differences }: { differences: readonly RunDifference[] }) {
  const t = usePlayer(selectT);
  const seek = usePlayer((s) => s.seek);
  return <DifferencesPanel differences={differences} t={t} onSeek={(at) => seek(at)} />;
}
