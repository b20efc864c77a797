import type { ScenarioRun } from '../../scenarios/types';
import { CodePanel } from '../../components/code/CodePanel';
import { ConsolePanel } from '../../components/console/ConsolePanel';
import { Timeline } from '../../components/timeline/Timeline';
import { useSnapshot } from '../../store/snapshot';

/**
 * What an embedded player shows of a run: the timeline, the code and the console, laid out to
 * fill the frame (`embed.css`). The futures' cards are left out: a slide has no room for them,
 * and the future lanes on the timeline carry their states.
 *
 * @example <EmbedPanels run={run} />
 */
export function EmbedPanels({ run }: { run: ScenarioRun }) {
  const snapshot = useSnapshot();
  return (
    <div className="embed-panels">
      <div className="embed-timeline">
        <Timeline snapshot={snapshot} />
      </div>
      <CodePanel
        source={run.trace.source}
        cells={run.cells}
        lines={snapshot.lines}
        current={snapshot.current}
        threads={snapshot.threads}
      />
      <ConsolePanel lines={snapshot.console} threads={snapshot.threads} />
    </div>
  );
}
