/**
 * Parses a Python int or float literal as a user types it (an optional sign, then the
 * literal): `2`, `-3`, `1_000`, `0x1f`, `2.5`, `1e16`, `.5`. `10**20` and `inf` are not
 * literals.
 *
 * @example
 *   parseNumberLiteral('1e16') // { ok: true, value: 1e16 }
 *   parseNumberLiteral('10**20') // { ok: false, message: '…' }
 */
import type { PyValue } from './pyvalue';

export type LiteralResult = { ok: true; value: bigint | number } | { ok: false; message: string };

const DIGITS = String.raw`\d(?:_?\d)*`;
const DEC_INT = new RegExp(String.raw`^(?:[1-9](?:_?\d)*|0+(?:_?0)*)$`);
const PREFIXED = /^0([xob])((?:_?[0-9a-f])+)$/i;
const FLOAT = new RegExp(
  String.raw`^(?:(?:${DIGITS})?\.${DIGITS}|${DIGITS}\.?)(?:[eE][+-]?${DIGITS})?$`,
);

/** A number literal's value: `bigint` for int, `number` for float. */
export function parseNumberLiteral(text: string): LiteralResult {
  const t = text.trim();
  const neg = t.startsWith('-');
  const body = t.replace(/^[+-]/, '');
  if (body === '') return { ok: false, message: 'Enter a number, like 2, -3, 2.5 or 1e16.' };
  const sign = (v: bigint | number): bigint | number => (neg ? -v : v);
  if (DEC_INT.test(body)) return { ok: true, value: sign(BigInt(body.replace(/_/g, ''))) };
  const p = PREFIXED.exec(body);
  if (p?.[1] && p[2]) {
    const base = { x: 16, o: 8, b: 2 }[p[1].toLowerCase() as 'x' | 'o' | 'b'];
    const digits = p[2].replace(/_/g, '');
    if ([...digits].every((d) => parseInt(d, 16) < base)) {
      return { ok: true, value: sign(BigInt(`0${p[1].toLowerCase()}${digits}`)) };
    }
  }
  // A float needs a '.' or an exponent; "01" is not valid Python either way.
  if (FLOAT.test(body) && (/[.eE]/.test(body) || !/^0\d/.test(body))) {
    if (/[.eE]/.test(body))
      return { ok: true, value: sign(Number(body.replace(/_/g, ''))) as number };
  }
  return {
    ok: false,
    message: `"${text}" is not a Python int or float literal (examples: 2, -3, 1_000, 2.5, 1e16).`,
  };
}

/** Like {@link parseNumberLiteral} but throws a clear Error; for scenario code with fixed inputs. */
export function literal(text: string): PyValue {
  const r = parseNumberLiteral(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
