/**
 * Python numeric literals as a user types them into the Lab (`2`, `-3`, `1_000`, `2.5`,
 * `1e16`, `0x1F`). Only what CPython's tokenizer accepts as an int or float literal, with
 * an optional leading sign (a unary operator in the generated program).
 *
 * @example
 *   parsePyNumber('1_000') // { ok: true, value: { kind: 'int', value: 1000n, text: '1_000' } }
 *   parsePyNumber('2,5')   // { ok: false, problem: 'is not a Python int or float literal' }
 */

/** A checked literal: the text as typed (shown in the program) and its value. */
export type PyNumber =
  { kind: 'int'; value: bigint; text: string } | { kind: 'float'; value: number; text: string };

export type PyNumberParse = { ok: true; value: PyNumber } | { ok: false; problem: string };

// Python's own grammar (Reference §2.4.5, §2.4.6): underscores only between digits.
const DIGITS = '[0-9](?:_?[0-9])*';
const DEC_INT = new RegExp(`^(?:[1-9](?:_?[0-9])*|0(?:_?0)*)$`);
const PREFIXED_INT = /^0(?:[xX](?:_?[0-9a-fA-F])+|[oO](?:_?[0-7])+|[bB](?:_?[01])+)$/;
const EXPONENT = `[eE][+-]?${DIGITS}`;
const POINT_FLOAT = `(?:(?:${DIGITS})?\\.${DIGITS}|${DIGITS}\\.)`;
const FLOAT = new RegExp(`^(?:${POINT_FLOAT}(?:${EXPONENT})?|${DIGITS}${EXPONENT})$`);
const LEADING_ZERO_INT = new RegExp(`^0(?:_?[0-9])+$`);

/** Longer literals are refused: CPython 3.11+ rejects int literals over 4300 digits, and squares must stay printable. */
export const MAX_LITERAL_LENGTH = 1000;

/**
 * Checks one literal. The sign is kept in `text` and applied to `value`.
 *
 * @example parsePyNumber('1e309') // { ok: false, problem: 'overflows to inf …' }
 */
export function parsePyNumber(raw: string): PyNumberParse {
  const text = raw.trim();
  if (text === '') return { ok: false, problem: 'is empty' };
  if (text.length > MAX_LITERAL_LENGTH) {
    return { ok: false, problem: `is longer than ${MAX_LITERAL_LENGTH} characters` };
  }
  const negative = text.startsWith('-');
  const body = text.startsWith('-') || text.startsWith('+') ? text.slice(1).trimStart() : text;
  const plain = body.replace(/_/g, '');
  if (DEC_INT.test(body) || PREFIXED_INT.test(body)) {
    const magnitude = BigInt(plain);
    return { ok: true, value: { kind: 'int', value: negative ? -magnitude : magnitude, text } };
  }
  if (FLOAT.test(body)) {
    const magnitude = Number(plain);
    if (!Number.isFinite(magnitude)) {
      return {
        ok: false,
        problem: 'overflows to inf as a Python float (largest is about 1.8e308)',
      };
    }
    return { ok: true, value: { kind: 'float', value: negative ? -magnitude : magnitude, text } };
  }
  if (LEADING_ZERO_INT.test(body)) {
    return { ok: false, problem: 'has leading zeros, which Python does not allow in an int' };
  }
  if (/^[0-9._]+[jJ]$/.test(body)) {
    return { ok: false, problem: 'is a complex number; use an int or a float' };
  }
  return { ok: false, problem: 'is not a Python int or float literal' };
}
