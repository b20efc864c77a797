import { PredictLayer } from '../components/predict/PredictLayer';
import type { LabParams, ScenarioRun } from '../scenarios/types';
import { usePlayerShallow, usePlayerStore } from '../store/PlayerProvider';
import { selectPredictView } from '../store/selectors/player';
import type { ScenarioSource } from './scenarioSource';

/**
 * Whose score a run's answers count towards: the scenario id; for the Lab its query string (each
 * Lab program has its own gates); for a second ordering of equal delays (a scenario's or the
 * Lab's), that and the ordering.
 *
 * @example scoreKeyOf(source, run, null); // 'fetch-square'
 */
export function scoreKeyOf(
  source: ScenarioSource,
  run: ScenarioRun,
  lab: LabParams | null,
): string {
  const index = run.ordering?.index ?? 0;
  const id =
    run.id === 'lab' ? `lab?${source.query('lab', lab ?? source.defaultLab).toString()}` : run.id;
  return index === 0 ? id : `${id}#ordering-${index + 1}`;
}

/**
 * Predict mode in the shell: while it is on, the Predict dialog at an unpassed gate and the
 * score at the end (both derived from the store's `t` and `passed`), wired to the store.
 *
 * @example <PredictMount source={source} />
 */
export function PredictMount({ source }: { source: ScenarioSource }) {
  const store = usePlayerStore();
  const { predict, run, lab, t, passed, presenter } = usePlayerShallow(selectPredictView);
  if (!predict || !run) return null;
  const actions = store.getState();
  return (
    // Docked below the timeline (Panels' timeline column); the slot lays the end-of-scenario
    // score out there as one compact row.
    <div className="predict-slot">
      <PredictLayer
        scenarioKey={scoreKeyOf(source, run, lab)}
        trace={run.trace}
        t={t}
        passed={passed}
        presenter={presenter}
        onPass={actions.passGate}
        onHighlight={actions.highlight}
      />
    </div>
  );
}
