/**
 * printf-style `fmt % args` for the conversions programs use: `%s`, `%r`, `%d`, `%i`,
 * `%.Nf`, `%%`.
 *
 * @example
 *   pyPercent('elapsed %.0f s, thread %s', [5.01, 'Thread-1']) === 'elapsed 5 s, thread Thread-1'
 */
import type { PyValue } from './pyvalue';
import { typeName } from './pyvalue';
import { repr, str } from './pyrepr';
import { EXC, pyError } from './exceptions';

/** `%.Nf`: JS's toFixed rounds the exact binary value like C, except on exact ties. */
function fixed(x: number, digits: number): string {
  // JS rounds exact ties away from zero; C rounds them to even (2.5 → '2').
  if (digits === 0 && Math.abs(x % 1) === 0.5) {
    const down = Math.trunc(x);
    return (Math.abs(down) % 2 === 0 ? down : down + Math.sign(x)).toFixed(0);
  }
  return x.toFixed(digits);
}

export function pyPercent(fmt: string, args: readonly PyValue[]): string {
  let i = 0;
  const next = (): PyValue => {
    if (i >= args.length) throw pyError(EXC.TypeError, 'not enough arguments for format string');
    return args[i++] as PyValue;
  };
  const out = fmt.replace(
    /%(\.(\d+))?([sridf%])/g,
    (_m, _p, prec: string | undefined, conv: string) => {
      if (conv === '%') return '%';
      const v = next();
      if (conv === 's') return str(v);
      if (conv === 'r') return repr(v);
      const n = typeof v === 'boolean' ? Number(v) : v;
      if (typeof n !== 'number' && typeof n !== 'bigint') {
        throw pyError(
          EXC.TypeError,
          `%${conv} format: a real number is required, not ${typeName(v)}`,
        );
      }
      if (conv === 'f') return fixed(Number(n), prec === undefined ? 6 : Number(prec));
      return typeof n === 'bigint' ? n.toString() : Math.trunc(n).toString();
    },
  );
  if (i < args.length)
    throw pyError(EXC.TypeError, 'not all arguments converted during string formatting');
  return out;
}
