/**
 * Python's `str.format` (`"Result is: {}".format(x)`, which `py.format` calls): the
 * replacement fields programs use, `{}`, `{0}`, `{!r}`, `{!s}`, `{{`, `}}`, and a subset of
 * the format-spec mini-language (`{:.2f}`, `{:>5}`, `{:d}`). `%` formatting is percent.ts.
 *
 * @example
 *   pyFormat('Result is: {}', [4n]) === 'Result is: 4'
 *   pyFormat('{!r}', ['x']) === "'x'"
 */
import type { PyValue } from './pyvalue';
import { typeName } from './pyvalue';
import { repr, str } from './pyrepr';
import { EXC, pyError } from './exceptions';
import { floatRepr } from './pyfloat';

function applySpec(v: PyValue, text: string, spec: string): string {
  if (spec === '') return text;
  const m = /^(?:(.)?([<>^]))?(\d+)?(?:\.(\d+))?([dfs%]?)$/.exec(spec);
  if (!m)
    throw pyError(
      EXC.ValueError,
      `Invalid format specifier '${spec}' for object of type '${typeName(v)}'`,
    );
  const [, fill = ' ', align, width, prec, type] = m;
  let out = text;
  if (type === 'f' || (prec !== undefined && type === '')) {
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') {
      throw pyError(EXC.ValueError, `Unknown format code 'f' for object of type '${typeName(v)}'`);
    }
    const n = typeof v === 'number' ? v : Number(v);
    out =
      type === 'f' ? n.toFixed(Number(prec ?? 6)) : floatRepr(Number(n.toPrecision(Number(prec))));
  } else if (type === 'd' && typeof v !== 'bigint') {
    throw pyError(EXC.ValueError, `Unknown format code 'd' for object of type '${typeName(v)}'`);
  }
  const w = Number(width ?? 0);
  if (out.length >= w) return out;
  const pad = (k: number) => fill.repeat(k);
  const numeric = typeof v === 'number' || typeof v === 'bigint';
  const a = align ?? (numeric ? '>' : '<');
  if (a === '<') return out + pad(w - out.length);
  if (a === '>') return pad(w - out.length) + out;
  const left = Math.floor((w - out.length) / 2);
  return pad(left) + out + pad(w - out.length - left);
}

/** What the field regex gives for `{}`: no index, no conversion, no spec. */
const PLAIN_FIELD: readonly (string | undefined)[] = Object.freeze(['', '', undefined, undefined]);

/** `fmt.format(*args)`. */
export function pyFormat(fmt: string, args: readonly PyValue[]): string {
  let out = '';
  let auto = 0;
  // Python forbids mixing `{}` and `{0}` in one format string.
  let mode: boolean | null = null;
  // Start of the literal text not yet copied: copied as one slice, not char by char.
  let lit = 0;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== '{' && ch !== '}') continue;
    if (lit < i) out += fmt.slice(lit, i);
    if (ch === '{' && fmt[i + 1] === '{') {
      out += '{';
      i++;
    } else if (ch === '}' && fmt[i + 1] === '}') {
      out += '}';
      i++;
    } else if (ch === '{') {
      const close = fmt.indexOf('}', i);
      if (close < 0) throw pyError(EXC.ValueError, "Single '{' encountered in format string");
      const field = fmt.slice(i + 1, close);
      // `{}`, the usual field, needs no parsing.
      const m = field === '' ? PLAIN_FIELD : /^(\d*)(?:!([rsa]))?(?::(.*))?$/.exec(field);
      if (!m) throw pyError(EXC.ValueError, `unsupported replacement field '{${field}}'`);
      const manual = m[1] !== '' && m[1] !== undefined;
      if (mode !== null && mode !== manual) {
        throw pyError(
          EXC.ValueError,
          manual
            ? 'cannot switch from automatic field numbering to manual field specification'
            : 'cannot switch from manual field specification to automatic field numbering',
        );
      }
      mode = manual;
      const index = manual ? Number(m[1]) : auto++;
      if (index >= args.length) {
        throw pyError(
          EXC.IndexError,
          `Replacement index ${index} out of range for positional args tuple`,
        );
      }
      const v = args[index] as PyValue;
      const text = m[2] === 'r' || m[2] === 'a' ? repr(v) : str(v);
      out += applySpec(v, text, m[3] ?? '');
      i = close;
    } else {
      throw pyError(EXC.ValueError, "Single '}' encountered in format string");
    }
    lit = i + 1;
  }
  return lit === 0 ? fmt : lit < fmt.length ? out + fmt.slice(lit) : out;
}
