/**
 * CPython's `repr(float)` / `str(float)`: the shortest round-trip digits (the same digits
 * JavaScript picks) laid out as Python lays them out.
 *
 * @example
 *   floatRepr(6.25) === '6.25'; floatRepr(1e16) === '1e+16'; floatRepr(1e-5) === '1e-05';
 *   floatRepr(9) === '9.0'; floatRepr(-0) === '-0.0'; floatRepr(Infinity) === 'inf'
 */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  // toExponential() without an argument yields the shortest digits that round-trip.
  const [mant = '', expText = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(expText);
  // Python uses fixed notation for decimal exponents -4..15 (float_repr_style 'short').
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    const intLen = exp + 1;
    if (digits.length <= intLen) return `${sign}${digits}${'0'.repeat(intLen - digits.length)}.0`;
    return `${sign}${digits.slice(0, intLen)}.${digits.slice(intLen)}`;
  }
  const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
  const e = Math.abs(exp);
  return `${sign}${digits[0]}${frac}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
}
