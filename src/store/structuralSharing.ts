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
  if (Array.isArray(prev) && Array.isArray(next)) return reuseArray(prev, next) as T;
  if (isPlain(prev) && isPlain(next)) return reuseObject(prev, next) as T;
  return next;
}

// Both walk without allocating while everything is equal (the common case, every frame of a
// playback between two events), and copy only from the first difference on.

function reuseArray(prev: unknown[], next: unknown[]): unknown[] {
  let out: unknown[] | null = prev.length === next.length ? null : [];
  for (let i = 0; i < next.length; i++) {
    const kept = i < prev.length ? reuseEqual(prev[i], next[i]) : next[i];
    if (out === null && kept !== prev[i]) out = next.slice(0, i).map((_, j) => prev[j]);
    out?.push(kept);
  }
  return out ?? prev;
}

function reuseObject(
  prev: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(prev).length;
  let out: Record<string, unknown> | null = null;
  for (const key of keys) {
    const kept = reuseEqual(prev[key], next[key]);
    if (kept !== prev[key] || !(key in prev)) same = false;
    if (!same && out === null) {
      out = {};
      for (const k of keys) {
        if (k === key) break;
        out[k] = prev[k];
      }
    }
    if (out) out[key] = kept;
  }
  return same ? prev : out!;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}
