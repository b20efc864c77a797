/**
 * `repr()` and `str()` of Python values, to the character.
 *
 * @example
 *   repr(PyDict.of({ success: true, result: 4n })) === "{'success': True, 'result': 4}"
 *   str('x') === 'x'; repr('x') === "'x'"; repr(0.1 * 0.1) === '0.010000000000000002'
 */
import type { PyValue } from './pyvalue';
import { PyDict, PyTuple } from './pyvalue';
import { floatRepr } from './pyfloat';
import { intToStr } from './pyint';

/** `repr(x)`. */
export function repr(x: PyValue): string {
  if (x === null) return 'None';
  switch (typeof x) {
    case 'bigint':
      return intToStr(x);
    case 'number':
      return floatRepr(x);
    case 'string':
      return strRepr(x);
    case 'boolean':
      return x ? 'True' : 'False';
  }
  if (Array.isArray(x)) return `[${x.map(repr).join(', ')}]`;
  if (x instanceof PyTuple) {
    const inner = x.items.map(repr).join(', ');
    return x.items.length === 1 ? `(${inner},)` : `(${inner})`;
  }
  if (x instanceof PyDict) {
    // One join: a flat string (a trace keeps many dict reprs), no string per entry.
    const parts = ['{'];
    for (const [k, v] of x.entries()) {
      if (parts.length > 1) parts.push(', ');
      parts.push(repr(k), ': ', repr(v));
    }
    parts.push('}');
    return parts.join('');
  }
  return x.pyRepr();
}

/** `str(x)`: the repr, except for str itself and objects with their own `__str__`. */
export function str(x: PyValue): string {
  if (typeof x === 'string') return x;
  if (x !== null && typeof x === 'object' && !Array.isArray(x) && 'pyStr' in x && x.pyStr) {
    return x.pyStr();
  }
  return repr(x);
}

/** Text that strRepr's loop would copy unchanged between single quotes. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PLAIN_TEXT = /^[^'\\\x00-\x1f\x7f-\x9f]*$/;

/** Python's quoting: single quotes unless the text has `'` and no `"`. */
export function strRepr(s: string): string {
  // Nothing to escape and no `'`: the text between single quotes, without a loop.
  if (PLAIN_TEXT.test(s)) return `'${s}'`;
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code >= 0x80 && code < 0xa0) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}
