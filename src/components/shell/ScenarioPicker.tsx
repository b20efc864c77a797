import type { ScenarioId } from '../../scenarios/types';

/**
 * The scenario chooser: the registry's scenarios in its order (the seed's notebook in four
 * steps, the misconception programs, the Lab, the playground).
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
