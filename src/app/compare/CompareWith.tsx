import { useId, useMemo, useRef, useState } from 'react';
import type { LabParams, ScenarioId } from '../../scenarios/types';
import { isPlayground } from '../playgroundLink';
import type { ScenarioSource } from '../scenarioSource';

/** The Lab's link fields without the scenario (`numbers=2,3,4&delays=5&observe=callbacks`), to edit. */
const labFields = (source: ScenarioSource, lab: LabParams | null) => {
  const q = source.query('lab', lab ?? source.defaultLab);
  q.delete('scenario');
  return q.toString().replace(/%2C/g, ',');
};

/** The scenario offered first: the page's own in its asyncio version when there is one, else itself. */
const partnerOf = (ids: readonly ScenarioId[], id: ScenarioId | null): ScenarioId | null => {
  const asyncio = `${id}-asyncio` as ScenarioId;
  return ids.includes(asyncio) ? asyncio : id;
};

/**
 * "Compare with…": picks the second run (a scenario, its ordering, the Lab's fields) and shows
 * both on one clock; "Leave compare" goes back to the first alone. What cannot be compared is
 * said beside the form, in words naming the field.
 *
 * @example <CompareWith source={source} current="fetch-square" lab={null} start={compare.start} />
 */
export function CompareWith({
  source,
  current,
  lab,
  start,
  leave,
}: {
  source: ScenarioSource;
  /** The first run's scenario, to offer its counterpart. */
  current: ScenarioId | null;
  lab: LabParams | null;
  start(value: string): string[];
  /** Given while comparing: the way back to one run. */
  leave?: () => void;
}) {
  const ids = useMemo(
    () => source.scenarios.map((s) => s.id).filter((id) => !isPlayground(id)),
    [source],
  );
  const [id, setId] = useState<ScenarioId>(() => partnerOf(ids, current) ?? ids[0]!);
  const [ordering, setOrdering] = useState(0);
  const [fields, setFields] = useState(() => labFields(source, lab));
  const [errors, setErrors] = useState<string[]>([]);
  const details = useRef<HTMLDetailsElement>(null);
  const formId = useId();
  const orderings = useMemo(() => {
    if (id === 'lab') return [];
    try {
      return source.run(id).ordering?.labels ?? [];
    } catch {
      return []; // the form still offers the scenario; Compare says what is wrong
    }
  }, [source, id]);
  const compare = () => {
    const q = new URLSearchParams({ scenario: id });
    if (ordering > 0 && ordering < orderings.length) q.set('ordering', String(ordering + 1));
    const value = id === 'lab' && fields.trim() ? `${q}&${fields.trim()}` : q.toString();
    const problems = start(value);
    setErrors(problems);
    if (problems.length === 0 && details.current) details.current.open = false;
  };
  return (
    <div className="compare-with">
      <details ref={details} className="compare-menu">
        <summary>Compare with…</summary>
        <form
          className="compare-form"
          aria-label="Compare with another run"
          onSubmit={(e) => {
            e.preventDefault();
            compare();
          }}
        >
          <label>
            <span>Second run</span>{' '}
            <select
              value={id}
              onChange={(e) => {
                setId(e.currentTarget.value as ScenarioId);
                setOrdering(0);
              }}
            >
              {source.scenarios
                .filter((s) => ids.includes(s.id))
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
            </select>
          </label>
          {orderings.length > 1 && (
            <label>
              <span>Ordering</span>{' '}
              <select value={ordering} onChange={(e) => setOrdering(Number(e.currentTarget.value))}>
                {orderings.map((label, i) => (
                  <option key={label} value={i}>
                    {i + 1}: {label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {id === 'lab' && (
            <label>
              <span>Lab fields</span>{' '}
              <input
                type="text"
                value={fields}
                spellCheck={false}
                onChange={(e) => setFields(e.currentTarget.value)}
                aria-describedby={`${formId}-errors`}
              />
            </label>
          )}
          <button type="submit">Compare</button>
          <p id={`${formId}-errors`} className="compare-form-errors" role="status">
            {errors.join(' ')}
          </p>
        </form>
      </details>
      {leave && (
        <button type="button" onClick={leave}>
          Leave compare
        </button>
      )}
    </div>
  );
}
