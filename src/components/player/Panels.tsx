import { useMemo, type ReactNode } from 'react';
import type { ScenarioRun } from '../../scenarios/types';
import { usePlayer } from '../../store/PlayerProvider';
import { highlighted } from '../../store/selectors/highlighted';
import { selectHighlightSeq } from '../../store/selectors/player';
import { useSnapshot } from '../../store/snapshot';
import { CodePanel } from '../code/CodePanel';
import { ConsolePanel } from '../console/ConsolePanel';
import { FutureCards } from '../futures/FutureCards';
import { Timeline } from '../timeline/Timeline';

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
}: {
  run: ScenarioRun;
  codeActions?: ReactNode;
  predict?: ReactNode;
}) {
  const highlightSeq = usePlayer(selectHighlightSeq);
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
        lines={snapshot.lines}
        current={snapshot.current}
        threads={snapshot.threads}
      />
      <div className="timeline-column">
        <Timeline snapshot={snapshot} highlight={mark} />
        {predict}
      </div>
      <ConsolePanel lines={snapshot.console} threads={snapshot.threads} marked={mark?.outputSeqs} />
      <FutureCards futures={snapshot.futures} />
    </div>
  );
}
