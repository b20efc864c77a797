/**
 * `reprlib.repr`, as asyncio uses it for a finished future's result and a handle's arguments:
 * strings cut to 30 characters, ints to 40 digits, lists and tuples to 6 items, dicts to 4
 * (with sorted keys), nesting to 6 levels; any other object's repr cut to 30 characters.
 *
 * @example
 *   reprlibRepr('x'.repeat(50)) === "'xxxxxxxxxxxx...xxxxxxxxxxxxx'"
 *   reprlibRepr(PyDict.of({ success: true, result: 4n })) === "{'result': 4, 'success': True}"
 */
import type { PyValue } from '../pyvalue';
import { PyDict, PyTuple } from '../pyvalue';
import { repr } from '../pyrepr';

/** Keeps the first `i` and last `j` characters around `...` once `s` is longer than `max`. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const i = Math.max(0, Math.floor((max - 3) / 2));
  const j = Math.max(0, max - 3 - i);
  return `${s.slice(0, i)}...${s.slice(s.length - j)}`;
}

function iterable(
  items: readonly PyValue[],
  level: number,
  l: string,
  r: string,
  max: number,
  trail = '',
): string {
  if (items.length === 0) return `${l}${r}`;
  if (level <= 0) return `${l}...${r}`;
  const pieces = items.slice(0, max).map((x) => repr1(x, level - 1));
  if (items.length > max) pieces.push('...');
  return `${l}${pieces.join(', ')}${items.length === 1 ? trail : ''}${r}`;
}

/** Python sorts the keys when it can (all numbers, or all strings); else insertion order. */
function sortedEntries(d: PyDict): [PyValue, PyValue][] {
  const entries = d.entries();
  const keys = entries.map(([k]) => k);
  if (keys.every((k) => typeof k === 'string'))
    return [...entries].sort(([a], [b]) => ((a as string) < (b as string) ? -1 : a === b ? 0 : 1));
  if (keys.every((k) => typeof k === 'bigint' || typeof k === 'number'))
    return [...entries].sort(([a], [b]) =>
      Number(a) < Number(b) ? -1 : Number(a) > Number(b) ? 1 : 0,
    );
  return entries;
}

function repr1(x: PyValue, level: number): string {
  if (typeof x === 'string') {
    const s = repr(x.slice(0, 30));
    if (s.length <= 30) return s;
    const i = 13;
    const j = 14;
    const t = repr(x.slice(0, i) + x.slice(x.length - j));
    return `${t.slice(0, i)}...${t.slice(t.length - j)}`;
  }
  if (typeof x === 'bigint') return cut(repr(x), 40);
  if (Array.isArray(x)) return iterable(x, level, '[', ']', 6);
  if (x instanceof PyTuple) return iterable(x.items, level, '(', ')', 6, ',');
  if (x instanceof PyDict) {
    if (x.size === 0) return '{}';
    if (level <= 0) return '{...}';
    const pieces = sortedEntries(x)
      .slice(0, 4)
      .map(([k, v]) => `${repr1(k, level - 1)}: ${repr1(v, level - 1)}`);
    if (x.size > 4) pieces.push('...');
    return `{${pieces.join(', ')}}`;
  }
  if (x === null || typeof x === 'boolean' || typeof x === 'number') return repr(x);
  return cut(repr(x), 30);
}

export function reprlibRepr(x: PyValue): string {
  return repr1(x, 6);
}
