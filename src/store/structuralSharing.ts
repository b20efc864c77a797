/**
 * Structural sharing between two derivations of the same data: where the new value equals the
 * old one (deeply, for plain JSON-like data), the old object is kept, so memoised components
 * that receive it skip rendering.
 *
 * @example
 *   const next = reuseEqual(prevFutures, futuresAt(trace, t)); // unchanged futures keep identity
 */
export function reuseEqual<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length;
    const out = next.map((item: unknown, i) => {
      const kept = i < prev.length ? reuseEqual(prev[i] as unknown, item) : item;
      if (kept !== prev[i]) same = false;
      return kept;
    });
    return (same ? prev : out) as T;
  }
  if (isPlain(prev) && isPlain(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const kept = reuseEqual(prev[key], next[key]);
      if (kept !== prev[key] || !(key in prev)) same = false;
      out[key] = kept;
    }
    return (same ? prev : out) as T;
  }
  return next;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}
