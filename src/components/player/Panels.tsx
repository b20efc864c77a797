import { useMemo, type ReactNode } from 'react';
import type { ScenarioRun } from '../../scenarios/types';
import { usePlayer } from '../../store/PlayerProvider';
import { selectGateMask, selectPredictMask } from '../../store/selectors/gateMask';
import { highlighted } from '../../store/selectors/highlighted';
import { selectHighlightSeq, selectPlaying } from '../../store/selectors/player';
import type { CurrentLine } from '../../store/selectors/currentLines';
import { useSnapshot } from '../../store/snapshot';
import { CodePanel } from '../code/CodePanel';
import { ConsolePanel } from '../console/ConsolePanel';
import { FutureCards } from '../futures/FutureCards';
import { Timeline } from '../timeline/Timeline';

const NO_LINES: CurrentLine[] = [];

/**
 * Code, timeline, console and futures of this view's player: the only part of the page that
 * follows the playhead every frame, so the header, Lab form and transport do not re-render
 * with it. `codeActions` are the code panel's buttons (downloads, Edit this code); `predict`
 * is docked directly below the timeline (the Predict dialog or score), so a question about the
 * lanes never covers them and sits where the eye already is.
 *
 * @example
 *   <Panels run={run} codeActions={<CodeActions run={run} />} predict={<PredictMount source={source} />} />
 */
export function Panels({
  run,
  codeActions,
  predict,
  changes,
}: {
  run: ScenarioRun;
  codeActions?: ReactNode;
  predict?: ReactNode;
  /** What a "What if" changed from the run before it: code lines (1-based), console places. */
  changes?: { code: ReadonlySet<number>; console: ReadonlySet<number> } | null;
}) {
  const highlightSeq = usePlayer(selectHighlightSeq);
  const playing = usePlayer(selectPlaying);
  // An open Predict gate hides what would answer it (src/predict/giveaway.ts).
  const mask = usePlayer(selectGateMask);
  const predictMask = usePlayer(selectPredictMask);
  const snapshot = useSnapshot();
  const mark = useMemo(
    () => highlighted(snapshot.trace, highlightSeq),
    [snapshot.trace, highlightSeq],
  );
  return (
    <div className="panels">
      <CodePanel
        actions={codeActions}
        source={run.trace.source}
        cells={run.cells}
        lines={mask?.codeMarkers ? NO_LINES : snapshot.lines}
        current={mask?.codeMarkers ? null : snapshot.current}
        threads={snapshot.threads}
        changed={changes?.code}
      />
      <div className="timeline-column">
        <Timeline snapshot={snapshot} highlight={mark} mask={mask} />
        {predict}
      </div>
      <ConsolePanel
        lines={snapshot.console}
        threads={snapshot.threads}
        marked={mark?.outputSeqs}
        changed={changes?.console}
      />
      <FutureCards futures={snapshot.futures} mask={predictMask} playing={playing} />
    </div>
  );
}
