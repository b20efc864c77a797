import type { ScenarioRun } from '../scenarios/types';

/**
 * For a program CPython may print in more than one order (equal delays): says so, and lets the
 * user switch between the orderings, each a replay of the same source.
 *
 * @example <OrderingSwitch run={run} onChange={load} />
 */
export function OrderingSwitch({
  run,
  onChange,
}: {
  run: ScenarioRun;
  onChange(index: number): void;
}) {
  const ordering = run.ordering;
  if (!ordering || ordering.count < 2) return null;
  return (
    <fieldset className="ordering-switch">
      <legend>CPython may print either order</legend>
      <p className="ordering-note">{ordering.note}</p>
      <div role="radiogroup" aria-label="Ordering shown">
        {ordering.labels.map((label, i) => (
          <label key={label} className="ordering-option">
            <input
              type="radio"
              name="ordering"
              checked={i === ordering.index}
              onChange={() => onChange(i)}
            />{' '}
            Ordering {i + 1}: {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
