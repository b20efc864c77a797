import { useId } from 'react';
import type { ScenarioRun } from '../scenarios/types';

/**
 * For a program CPython may print in more than one order (equal delays, or a Lab whose Timers
 * are due within 50 ms of each other): says so, and lets the user switch between the orderings,
 * each a replay of the same source. Switching keeps the playhead (`onChange` shows the other
 * ordering at the same moment).
 *
 * Its own labelled group of toggle buttons, not radios: it must not look or behave like a
 * Predict question's answer choices. An arrow key on a radio switched the ordering (and reset
 * a replay); on these buttons the arrows step the player as everywhere else on the page.
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
  const heading = useId();
  const ordering = run.ordering;
  if (!ordering || ordering.count < 2) return null;
  return (
    <section className="ordering-switch" aria-labelledby={heading}>
      <h2 id={heading} className="ordering-title">
        CPython may print either order
      </h2>
      <p className="ordering-note">{ordering.note}</p>
      <div role="group" aria-label="Ordering shown" className="ordering-options">
        {ordering.labels.map((label, i) => (
          <button
            key={label}
            type="button"
            className="ordering-option"
            aria-pressed={i === ordering.index}
            onClick={() => i !== ordering.index && onChange(i)}
          >
            Ordering {i + 1}: {label}
          </button>
        ))}
      </div>
    </section>
  );
}
