import type { ScenarioId } from '../../scenarios/types';

/**
 * The scenario chooser: the seed's notebook in four steps, then the Lab.
 *
 * @example <ScenarioPicker scenarios={SCENARIOS} value="fetch-square" onChange={show} />
 */
export function ScenarioPicker(props: {
  scenarios: readonly { id: ScenarioId; title: string }[];
  value: ScenarioId;
  onChange: (id: ScenarioId) => void;
}) {
  return (
    <label className="scenario-picker">
      <span>Scenario</span>
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as ScenarioId)}
      >
        {props.scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
    </label>
  );
}
