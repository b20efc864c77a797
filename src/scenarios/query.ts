/**
 * Scenario links: `?scenario=lab&numbers=2,3,4&delays=3,1,2&outcomes=ok,fail,ok&observe=both&timeout=1.5`.
 * A teacher can write them by hand; a bad value is reported and replaced, never fatal.
 *
 * @example
 *   parseScenarioQuery(new URLSearchParams('scenario=lab&numbers=2,,3'))
 *   // { id: 'lab', lab: DEFAULT_LAB, errors: [{ field: 'numbers', message: 'numbers: item 2 is empty' }] }
 */
import {
  DEFAULT_LAB,
  labFieldsText,
  parseDelaysField,
  parseNumbersField,
  parseObserveField,
  parseOutcomesField,
  parseTimeoutField,
  type FieldResult,
} from './lab-params';
import { isScenarioId, SCENARIO_IDS } from './registry';
import type { FieldError, LabParams, ScenarioId } from './types';

/** The scenario shown when a link names none. */
export const DEFAULT_SCENARIO: ScenarioId = 'future-by-hand';

/** What to fall back to for a bad value: the last valid scenario on screen, or the defaults. */
export interface ScenarioFallback {
  id: ScenarioId;
  lab: LabParams;
}

/** A per-call list from the fallback, fitted to `count` calls (or the default when it cannot be). */
function fitted<T>(values: readonly T[], count: number, standard: T): T[] {
  if (values.length === count) return [...values];
  const first = values[0];
  const single = first !== undefined && values.every((v) => v === first);
  return Array.from({ length: count }, () => (single ? first : standard));
}

/**
 * Reads a scenario and its Lab parameters from a query string. Each bad field is reported
 * and replaced by the fallback's value for that field.
 *
 * @example parseScenarioQuery(new URLSearchParams('scenario=fetch-square')).id // 'fetch-square'
 */
export function parseScenarioQuery(
  search: URLSearchParams,
  fallback: ScenarioFallback = { id: DEFAULT_SCENARIO, lab: DEFAULT_LAB },
): { id: ScenarioId; lab: LabParams; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const take = <T>(r: FieldResult<T>, otherwise: T): T => {
    if (r.ok) return r.value;
    errors.push(...r.errors);
    return otherwise;
  };
  const rawId = search.get('scenario');
  let id = fallback.id;
  if (rawId !== null) {
    if (isScenarioId(rawId)) id = rawId;
    else {
      errors.push({
        field: 'scenario',
        message: `scenario: “${rawId.slice(0, 40)}” is not one of ${SCENARIO_IDS.join(', ')}`,
      });
    }
  }
  const get = (name: string): string | undefined => search.get(name) ?? undefined;
  const hasLabFields = ['numbers', 'delays', 'outcomes', 'observe', 'timeout'].some((f) =>
    search.has(f),
  );
  // A link without Lab fields keeps the Lab as it was; one with some starts from the defaults.
  const base = hasLabFields ? DEFAULT_LAB : fallback.lab;
  const numbers = take(
    parseNumbersField(get('numbers') ?? base.numbers.join(',')),
    fallback.lab.numbers,
  );
  const count = numbers.length;
  const delays = take(
    parseDelaysField(get('delays') ?? fitted(base.delays, count, 5).join(','), count),
    fitted(fallback.lab.delays, count, 5),
  );
  const outcomes = take(
    parseOutcomesField(get('outcomes') ?? fitted(base.outcomes, count, 'ok').join(','), count),
    fitted(fallback.lab.outcomes, count, 'ok'),
  );
  const observe = take(parseObserveField(get('observe') ?? base.observe), fallback.lab.observe);
  const timeout = take(
    parseTimeoutField(get('timeout') ?? (base.timeout === null ? '' : String(base.timeout))),
    fallback.lab.timeout,
  );
  return { id, lab: { numbers, delays, outcomes, observe, timeout }, errors };
}

/**
 * The link fields for a scenario; the Lab's parameters only for the Lab. Defaults are left
 * out where the README says a field is optional (`outcomes` all ok, no `timeout`).
 *
 * @example scenarioQuery('lab', DEFAULT_LAB).toString() // 'scenario=lab&numbers=2%2C3%2C4&delays=5&observe=callbacks'
 */
export function scenarioQuery(id: ScenarioId, lab: LabParams): URLSearchParams {
  const q = new URLSearchParams({ scenario: id });
  if (id !== 'lab') return q;
  const text = labFieldsText(lab);
  q.set('numbers', text.numbers);
  q.set('delays', text.delays);
  if (lab.outcomes.some((o) => o !== 'ok')) q.set('outcomes', text.outcomes);
  q.set('observe', text.observe);
  if (lab.timeout !== null) q.set('timeout', text.timeout);
  return q;
}
