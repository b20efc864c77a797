/**
 * Python values as the core models them.
 *
 * | Python | TypeScript |
 * |---|---|
 * | `int` | `bigint` (`4n`) |
 * | `float` | `number` (every JS number is a float) |
 * | `str` / `bool` / `None` | `string` / `boolean` / `null` |
 * | `list` | `PyValue[]` |
 * | `tuple` | {@link PyTuple} |
 * | `dict` | {@link PyDict} (insertion order) |
 * | anything else (Future, Timer, function, exception) | a {@link PyObject} |
 *
 * @example
 *   const d = PyDict.of([['success', true], ['result', 4n]]);
 */
export type PyValue =
  bigint | number | string | boolean | null | PyValue[] | PyTuple | PyDict | PyObject;

/** Objects that know their own Python type name and repr. */
export interface PyObject {
  readonly pyType: string;
  pyRepr(): string;
  /** `str(x)`; defaults to the repr when absent. */
  pyStr?(): string;
}

/** A Python tuple. */
export class PyTuple {
  readonly pyTuple = true;
  constructor(readonly items: readonly PyValue[]) {}
}

/** A Python dict: keys compared by their repr (good enough for str/int/tuple keys). */
export class PyDict {
  private readonly map = new Map<string, [PyValue, PyValue]>();
  /** Builds a dict from entries, or from a plain object whose keys become str keys. */
  static of(entries: Iterable<[PyValue, PyValue]> | Record<string, PyValue>): PyDict {
    const d = new PyDict();
    if (!(Symbol.iterator in entries)) {
      // A plain object (the usual `py.dict({...})`): no entries arrays.
      for (const k of Object.keys(entries)) d.set(k, entries[k] as PyValue);
      return d;
    }
    const list = Symbol.iterator in entries ? entries : Object.entries(entries);
    for (const [k, v] of list as Iterable<[PyValue, PyValue]>) d.set(k, v);
    return d;
  }
  set(key: PyValue, value: PyValue): void {
    const k = keyOf(key);
    const old = this.map.get(k);
    // Python keeps the first key object and its position when a key is re-assigned.
    this.map.set(k, [old ? old[0] : key, value]);
  }
  has(key: PyValue): boolean {
    return this.map.has(keyOf(key));
  }
  /** The value, or `undefined` when missing (callers raise KeyError). */
  get(key: PyValue): PyValue | undefined {
    return this.map.get(keyOf(key))?.[1];
  }
  entries(): [PyValue, PyValue][] {
    return [...this.map.values()];
  }
  get size(): number {
    return this.map.size;
  }
}

// A program uses few distinct str keys, over and over: make each key string once.
const STR_KEYS = new Map<string, string>();
function strKey(k: string): string {
  let key = STR_KEYS.get(k);
  if (key === undefined) {
    key = `s:${k}`;
    // Bounded, so a program with many distinct keys cannot grow it without end.
    if (STR_KEYS.size < 10_000) STR_KEYS.set(k, key);
  }
  return key;
}

// True == 1 == 1.0 hash alike in Python; one key string per numeric value keeps that.
function keyOf(k: PyValue): string {
  if (typeof k === 'boolean') return `n:${k ? 1 : 0}`;
  if (typeof k === 'bigint') return `n:${k}`;
  if (typeof k === 'number') return Number.isInteger(k) ? `n:${BigInt(k)}` : `f:${k}`;
  if (typeof k === 'string') return strKey(k);
  if (k === null) return 'None';
  if (k instanceof PyTuple) return `t:(${k.items.map(keyOf).join(',')})`;
  if (Array.isArray(k) || k instanceof PyDict) throw new TypeError('unhashable type');
  return `o:${k.pyRepr()}`;
}

/** `type(x).__name__`. */
export function typeName(x: PyValue): string {
  if (x === null) return 'NoneType';
  switch (typeof x) {
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
  }
  if (Array.isArray(x)) return 'list';
  if (x instanceof PyTuple) return 'tuple';
  if (x instanceof PyDict) return 'dict';
  return x.pyType;
}
