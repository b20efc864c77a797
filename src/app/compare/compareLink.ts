import type { LabParams, ScenarioRun } from '../../scenarios/types';
import { isPlayground } from '../playgroundLink';
import type { ScenarioSource } from '../scenarioSource';

/** The second run of a comparison, read from `compare=`. */
export interface CompareTarget {
  run: ScenarioRun;
  /** The Lab's parameters, when the run is the Lab's. */
  lab: LabParams | null;
}

/** The fields `compare=` may hold: a scenario, its Lab fields and its ordering. */
const FIELDS = new Set([
  'scenario',
  'numbers',
  'delays',
  'outcomes',
  'observe',
  'timeout',
  'ordering',
]);

/** Longer than any Lab link the form can make (100 calls); more is not a link someone wrote. */
const MAX_LENGTH = 4000;

const alone = 'showing the first run alone';

/**
 * Reads the second run of a comparison from the value of `compare=` (its link fields, already
 * decoded once: `scenario=lab&delays=1,2,3`). A value that cannot be the second run (an
 * unknown scenario, a bad Lab field, a nested `compare=`, no scenario at all, the playground)
 * gives no target and a message naming what is wrong; fields it does not read are named too.
 *
 * @example
 *   readCompare(source, 'scenario=equal-delays&ordering=2'); // { target: { run, lab: null }, errors: [] }
 *   readCompare(source, 'scenario=nope').errors; // ['compare: scenario: “nope” is not one of …; showing the first run alone.']
 */
export function readCompare(
  source: ScenarioSource,
  value: string,
): { target: CompareTarget | null; errors: string[] } {
  const fail = (why: string) => ({ target: null, errors: [`compare: ${why}; ${alone}.`] });
  if (value.length > MAX_LENGTH)
    return fail(
      `the second run's fields are ${value.length} characters long, more than ${MAX_LENGTH}`,
    );
  const fields = new URLSearchParams(value);
  if (fields.has('compare'))
    return fail('a compare= inside compare= cannot be shown (one comparison at a time)');
  if (!fields.get('scenario'))
    return fail(`“${value.slice(0, 40)}” names no scenario (like compare=scenario%3Dfetch-square)`);
  let parsed: ReturnType<ScenarioSource['parse']>;
  try {
    parsed = source.parse(fields);
  } catch (err) {
    return fail(`the second run's fields could not be read (${String(err)})`);
  }
  if (parsed.errors.length > 0) return fail(parsed.errors.map((e) => e.message).join('; '));
  if (isPlayground(parsed.id))
    return fail('the playground cannot be compared (its program runs elsewhere)');
  const errors: string[] = [];
  const ignored = [...new Set(fields.keys())].filter((k) => !FIELDS.has(k));
  if (ignored.length > 0)
    errors.push(
      `compare: ${ignored.map((k) => `“${k.slice(0, 20)}”`).join(', ')} ignored (the second run takes a scenario, its Lab fields and ordering).`,
    );
  const orderingText = fields.get('ordering');
  let ordering = 0;
  if (orderingText !== null) {
    const n = Number(orderingText);
    if (Number.isInteger(n) && n >= 1 && n <= 100) ordering = n - 1;
    else return fail(`ordering: “${orderingText.slice(0, 20)}” should be 1, 2, …`);
  }
  try {
    const run = source.run(parsed.id, { lab: parsed.lab, ordering, code: null });
    if ((run.ordering?.index ?? 0) !== ordering)
      return fail(`${parsed.id} has no ordering ${ordering + 1}`);
    return { target: { run, lab: parsed.id === 'lab' ? parsed.lab : null }, errors };
  } catch (err) {
    return fail(`the second run could not run: ${String(err)}`);
  }
}

/**
 * The value of `compare=` for a run: its scenario's link fields and its ordering, encoded to
 * sit inside the page's link (`scenario%3Dlab%26numbers%3D2%2C3%2C4…`).
 *
 * @example compareValue(source, run, null); // 'scenario%3Dequal-delays%26ordering%3D2'
 */
export function compareValue(
  source: ScenarioSource,
  run: ScenarioRun,
  lab: LabParams | null,
): string {
  const fields = source.query(run.id, lab ?? source.defaultLab);
  if (run.ordering?.index) fields.set('ordering', String(run.ordering.index + 1));
  return encodeURIComponent(fields.toString().replace(/%2C/g, ','));
}
