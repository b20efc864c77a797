import { describe, expect, it } from 'vitest';
import { reuseEqual } from '../../src/store/structuralSharing';

describe('reuseEqual', () => {
  it('keeps the old value whole when the new one is deeply equal', () => {
    const prev = { a: [1, { b: 'x' }], c: null };
    expect(reuseEqual(prev, { a: [1, { b: 'x' }], c: null })).toBe(prev);
  });

  it('keeps the unchanged parts and takes the changed ones', () => {
    const prev = [
      { id: 1, s: 'PENDING' },
      { id: 2, s: 'PENDING' },
      { id: 3, s: 'PENDING' },
    ];
    const next = [
      { id: 1, s: 'PENDING' },
      { id: 2, s: 'FINISHED' },
      { id: 3, s: 'PENDING' },
    ];
    const out = reuseEqual(prev, next);
    expect(out).toEqual(next);
    expect(out).not.toBe(prev);
    expect(out[0]).toBe(prev[0]);
    expect(out[1]).not.toBe(prev[1]);
    expect(out[2]).toBe(prev[2]);
  });

  it('sees an array grow or shrink, keeping the shared items', () => {
    const prev = [{ n: 1 }, { n: 2 }];
    const grown = reuseEqual(prev, [{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(grown).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(grown[1]).toBe(prev[1]);
    const shrunk = reuseEqual(prev, [{ n: 1 }]);
    expect(shrunk).toEqual([{ n: 1 }]);
    expect(shrunk[0]).toBe(prev[0]);
  });

  it('sees a key added, removed or changed, keeping the equal values', () => {
    const inner = { deep: [1] };
    const prev: Record<string, unknown> = { a: inner, b: 1 };
    const changed = reuseEqual(prev, { a: { deep: [1] }, b: 2 });
    expect(changed).toEqual({ a: { deep: [1] }, b: 2 });
    expect(changed.a).toBe(inner);
    expect(reuseEqual(prev, { a: { deep: [1] } })).toEqual({ a: { deep: [1] } });
    expect(reuseEqual(prev, { a: { deep: [1] }, b: 1, c: 3 })).toEqual({
      a: { deep: [1] },
      b: 1,
      c: 3,
    });
    expect(reuseEqual({ a: 1, b: undefined }, { a: 1, c: undefined })).toEqual({
      a: 1,
      c: undefined,
    });
  });
});
