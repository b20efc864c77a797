/**
 * The Predict mode's whole UI for one scenario, ready to mount beside the timeline: the Predict
 * dialog while the playhead waits at an unpassed gate, and the private score once the playhead
 * reaches the end. It records first tries in this browser's localStorage (via `scoreBook`); the
 * store keeps only the set of passed gates and the highlighted event.
 *
 * @example
 *   <PredictLayer scenarioKey="fetch-square" trace={run.trace} t={t} passed={passed}
 *     presenter={presenter} onPass={(id) => passGate(id)} onHighlight={(seq) => highlight(seq)} />
 */
import { useMemo, useState } from 'react';
import type { Trace, VirtualUs } from '../../core/trace';
import { gateAt } from '../../predict/clampToGate';
import { gatesFor } from '../../predict/gatesFor';
import { scoreBook, type ScoreBook } from '../../predict/score';
import { PredictDialog } from './PredictDialog';
import { ScoreView } from './ScoreView';

export interface PredictLayerProps {
  /** Whose score this is: the scenario id, or for the Lab its query string (`lab?delays=3,1,2`). */
  scenarioKey: string;
  trace: Trace;
  /** The playhead, in virtual µs. */
  t: VirtualUs;
  passed: ReadonlySet<string>;
  presenter?: boolean;
  /** The learner pressed Continue after a right answer or Show me: the gate may be passed. */
  onPass(gateId: string): void;
  onHighlight?(seq: number): void;
  /** Where the score lives; the browser's localStorage by default. */
  book?: ScoreBook;
}

export function PredictLayer(props: PredictLayerProps) {
  const { scenarioKey, trace, t, passed, presenter = false } = props;
  const book = useMemo(() => props.book ?? scoreBook(), [props.book]);
  const gates = gatesFor(trace);
  const gate = gateAt(gates, passed, t);
  // Bumped on Reset so the score re-reads storage.
  const [version, setVersion] = useState(0);
  if (gate) {
    return (
      <PredictDialog
        key={gate.id}
        gate={gate}
        presenter={presenter}
        onAnswer={(a) => {
          if (a.firstTry) book.record(scenarioKey, a.gateId, a.correct ? 'correct' : 'wrong');
        }}
        // A teacher's reveal in front of a class is not the learner's score.
        onShowMe={(gateId) => presenter || book.record(scenarioKey, gateId, 'shown')}
        onHighlight={props.onHighlight}
        onClose={() => props.onPass(gate.id)}
      />
    );
  }
  if (t < trace.end || gates.length === 0 || presenter) return null;
  return (
    <ScoreView
      key={version}
      score={book.scoreOf(scenarioKey, gates)}
      all={book.allScenarios()}
      onReset={() => {
        book.reset(scenarioKey);
        setVersion(version + 1);
      }}
    />
  );
}
