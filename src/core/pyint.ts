/**
 * `str(int)` with CPython's limit on digits (3.11+, and the 3.8.14/3.9.14/3.10.7 security
 * releases): more than 4300 decimal digits raises ValueError.
 *
 * @example
 *   intToStr(10n ** 40n) === '1' + '0'.repeat(40); intToStr(10n ** 4400n) // throws ValueError
 */
import { EXC, pyError } from './exceptions';

export const INT_MAX_STR_DIGITS = 4300;

/** The message wording changed in 3.11 ("(4300 digits)"); set per simulation. */
let limitWithUnit = true;

/** Chooses the message wording of the target version (called by `simulate`). */
export function setIntLimitWording(withDigitsUnit: boolean): void {
  limitWithUnit = withDigitsUnit;
}

/** The ValueError text for an over-long int conversion. */
export function intLimitMessage(): string {
  const n = limitWithUnit ? `${INT_MAX_STR_DIGITS} digits` : `${INT_MAX_STR_DIGITS}`;
  return `Exceeds the limit (${n}) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;
}

/** Decimal text of an int, raising CPython's ValueError above 4300 digits. */
export function intToStr(n: bigint): string {
  const s = n.toString();
  const digits = n < 0n ? s.length - 1 : s.length;
  if (digits > INT_MAX_STR_DIGITS) throw pyError(EXC.ValueError, intLimitMessage());
  return s;
}
