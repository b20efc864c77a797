/**
 * The Lab's parameters: defaults, and the one validator used by both the link parser and the
 * Lab form. Every problem becomes a message that names the field and the offending item.
 *
 * @example
 *   validateLabInput({ numbers: '2,,3' })
 *   // { ok: false, errors: [{ field: 'numbers', message: 'numbers: item 2 is empty' }] }
 */
import { parsePyNumber } from './pyliteral';
import type { FieldError, LabParams, Observe, RequestOutcome } from './types';

/** The seed's own calls: fetch_square(2), (3), (4), each with a 5.0 s Timer. */
export const DEFAULT_LAB: LabParams = {
  numbers: ['2', '3', '4'],
  delays: [5, 5, 5],
  outcomes: ['ok', 'ok', 'ok'],
  observe: 'callbacks',
  timeout: null,
};

export const MAX_CALLS = 50;
/** An hour: longer intervals make no sense to watch and would dwarf every other event. */
export const MAX_SECONDS = 3600;
export const OUTCOMES: readonly RequestOutcome[] = ['ok', 'fail', 'raise', 'cancel'];
export const OBSERVES: readonly Observe[] = ['callbacks', 'result', 'both'];

/** The Lab's fields as typed text (a form's inputs, or a link's query values). */
export type LabField = 'numbers' | 'delays' | 'outcomes' | 'observe' | 'timeout';
export type RawLabInput = Partial<Record<LabField, string>>;

/** One field's outcome: its value, or the messages that explain why it has none. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const fail = <T>(field: LabField, ...messages: string[]): FieldResult<T> => ({
  ok: false,
  errors: messages.map((m) => ({ field, message: `${field}: ${m}` })),
});

/** Shows a typed item in a message without letting a 1000-digit paste flood the screen. */
function quote(item: string): string {
  const t = item.trim();
  return t.length > 24 ? `${t.slice(0, 20)}…` : t;
}

function splitItems(raw: string): string[] {
  return raw.split(',').map((s) => s.trim());
}

/** `numbers`: 1 to 50 Python int or float literals, comma-separated. */
export function parseNumbersField(raw: string | undefined): FieldResult<string[]> {
  if (raw === undefined) return { ok: true, value: [...DEFAULT_LAB.numbers] };
  if (raw.trim() === '') return fail('numbers', 'enter at least one number, e.g. 2,3,4');
  const items = splitItems(raw);
  if (items.length > MAX_CALLS) {
    return fail('numbers', `${items.length} calls; the Lab runs at most ${MAX_CALLS}`);
  }
  const problems: string[] = [];
  items.forEach((item, i) => {
    const parsed = parsePyNumber(item);
    if (parsed.ok) return;
    problems.push(
      item === '' ? `item ${i + 1} is empty` : `item ${i + 1} (${quote(item)}) ${parsed.problem}`,
    );
  });
  return problems.length ? fail('numbers', ...problems) : { ok: true, value: items };
}

/** Spreads a single value over every call, or checks that there is one per call. */
function perCall<T>(field: LabField, values: T[], count: number): FieldResult<T[]> {
  if (values.length === count) return { ok: true, value: values };
  if (values.length === 1)
    return { ok: true, value: Array.from({ length: count }, () => values[0] as T) };
  return fail(
    field,
    `${values.length} values for ${count} number${count === 1 ? '' : 's'}; give one value for all calls or one per call`,
  );
}

/** Reads a count of seconds: a Python literal, 0 ≤ s ≤ an hour (or > 0 when `positive`). */
function seconds(item: string, positive: boolean): { value: number } | { problem: string } {
  if (item === '') return { problem: 'is empty' };
  const parsed = parsePyNumber(item);
  if (!parsed.ok)
    return {
      problem: `(${quote(item)}) ${parsed.problem.replace('int or float literal', 'number')}`,
    };
  const value = Number(parsed.value.value);
  if (positive && value <= 0) return { problem: `(${quote(item)}) must be greater than 0` };
  if (value < 0) return { problem: `(${quote(item)}) is negative; an interval is 0 s or more` };
  if (value > MAX_SECONDS)
    return { problem: `(${quote(item)}) is over an hour (${MAX_SECONDS} s)` };
  return { value };
}

/** `delays`: one Timer interval in seconds for all calls, or one per call. */
export function parseDelaysField(raw: string | undefined, count: number): FieldResult<number[]> {
  if (raw === undefined || raw.trim() === '') return perCall('delays', [5], count);
  const items = splitItems(raw);
  const problems: string[] = [];
  const values: number[] = [];
  items.forEach((item, i) => {
    const s = seconds(item, false);
    if ('problem' in s) problems.push(`item ${i + 1} ${s.problem}`);
    else values.push(s.value);
  });
  return problems.length ? fail('delays', ...problems) : perCall('delays', values, count);
}

/** `outcomes`: ok / fail / raise / cancel, one for all calls or one per call. */
export function parseOutcomesField(
  raw: string | undefined,
  count: number,
): FieldResult<RequestOutcome[]> {
  if (raw === undefined || raw.trim() === '') return perCall('outcomes', ['ok' as const], count);
  const items = splitItems(raw);
  const problems: string[] = [];
  items.forEach((item, i) => {
    if (item === '') problems.push(`item ${i + 1} is empty`);
    else if (!(OUTCOMES as readonly string[]).includes(item)) {
      problems.push(`item ${i + 1} (${quote(item)}) is not one of ${OUTCOMES.join(', ')}`);
    }
  });
  if (problems.length) return fail('outcomes', ...problems);
  return perCall('outcomes', items as RequestOutcome[], count);
}

/** `observe`: callbacks, result or both. */
export function parseObserveField(raw: string | undefined): FieldResult<Observe> {
  const value = (raw ?? DEFAULT_LAB.observe).trim();
  if ((OBSERVES as readonly string[]).includes(value)) return { ok: true, value: value as Observe };
  return fail(
    'observe',
    `${value === '' ? 'is empty' : `“${quote(value)}”`} is not one of ${OBSERVES.join(', ')}`,
  );
}

/** `timeout`: seconds for `result(timeout=…)`, or empty / `None` for no timeout. */
export function parseTimeoutField(raw: string | undefined): FieldResult<number | null> {
  const text = (raw ?? '').trim();
  if (text === '' || text === 'None' || text === 'none') return { ok: true, value: null };
  const s = seconds(text, true);
  return 'problem' in s
    ? fail('timeout', s.problem.replace(/^\(([^)]*)\)/, '$1'))
    : { ok: true, value: s.value };
}

/**
 * Validates every field; a missing field takes its default. Per-call lists must have one
 * value, or one per number.
 *
 * @example validateLabInput({ numbers: '2,3', delays: '3,1' }).ok // true
 */
export function validateLabInput(
  raw: RawLabInput,
): { ok: true; lab: LabParams } | { ok: false; errors: FieldError[] } {
  const numbers = parseNumbersField(raw.numbers);
  // Per-call lists are checked against the typed count even when a number is malformed.
  const count = numbers.ok ? numbers.value.length : countItems(raw.numbers);
  const delays = parseDelaysField(raw.delays, count);
  const outcomes = parseOutcomesField(raw.outcomes, count);
  const observe = parseObserveField(raw.observe);
  const timeout = parseTimeoutField(raw.timeout);
  if (numbers.ok && delays.ok && outcomes.ok && observe.ok && timeout.ok) {
    return {
      ok: true,
      lab: {
        numbers: numbers.value,
        delays: delays.value,
        outcomes: outcomes.value,
        observe: observe.value,
        timeout: timeout.value,
      },
    };
  }
  const errors = [numbers, delays, outcomes, observe, timeout].flatMap((r) =>
    r.ok ? [] : r.errors,
  );
  return { ok: false, errors };
}

function countItems(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_LAB.numbers.length;
  return Math.min(splitItems(raw).length, MAX_CALLS);
}

/** A per-call list as a person writes it: one value when every call shares it. */
export function compactList<T>(values: readonly T[], show: (v: T) => string = String): string {
  const first = values[0];
  if (first !== undefined && values.every((v) => v === first)) return show(first);
  return values.map(show).join(',');
}

/**
 * The Lab's parameters as the text a form or a link holds (the inverse of `validateLabInput`).
 *
 * @example labFieldsText(DEFAULT_LAB) // { numbers: '2,3,4', delays: '5', outcomes: 'ok', observe: 'callbacks', timeout: '' }
 */
export function labFieldsText(lab: LabParams): Record<LabField, string> {
  return {
    numbers: lab.numbers.join(','),
    delays: compactList(lab.delays),
    outcomes: compactList(lab.outcomes),
    observe: lab.observe,
    timeout: lab.timeout === null ? '' : String(lab.timeout),
  };
}
