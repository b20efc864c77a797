import { worksheetDescription } from '../export/worksheetDescription';
import { summaryWaits } from '../predict/giveaway';
import type { ScenarioRun } from '../scenarios/types';
import { usePlayer } from '../store/PlayerProvider';
import { selectPredict } from '../store/selectors/player';

/** A title as the start of a sentence: "Who runs the callback?" keeps its own mark, no extra full stop. */
const asSentence = (title: string) => (/[.?!]$/.test(title) ? title : `${title}.`);

/**
 * The line above the panels: the scenario's title and its summary, which states the lesson. In
 * Predict mode the lesson would answer the questions before they are asked, so until the last
 * gate is passed the line describes the program neutrally instead (what it creates, counted
 * from the run, as the worksheet does).
 *
 * @example <ScenarioSummary run={run} />
 */
export function ScenarioSummary({ run }: { run: ScenarioRun }) {
  const predict = usePlayer(selectPredict);
  const passed = usePlayer((s) => s.passed);
  const waits = summaryWaits(predict, run.trace, passed);
  return (
    <p className="scenario-summary">
      <strong>{asSentence(run.title)}</strong>{' '}
      {waits ? worksheetDescription(run.trace) : run.summary}
    </p>
  );
}
