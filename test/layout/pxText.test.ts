import { describe, expect, it } from 'vitest';
import { pxText } from '../../src/layout/pxText';

describe('pxText', () => {
  it('writes a coordinate as String(Math.round(v * 100) / 100) does', () => {
    const edges = [0, -0, 0.004, 0.005, -0.005, 0.05, -0.05, 0.5, -0.5, 1.005, 12.345, -12.345];
    // Far off screen in a deep zoom, x runs to millions of pixels.
    const far = [1e6 + 0.37, -98_765.4321, 1e9 + 0.25, -3e11 - 0.07];
    const spread = Array.from({ length: 20_000 }, (_, i) => Math.sin(i) * 10 ** ((i % 7) - 2));
    for (const v of [...edges, ...far, ...spread])
      expect(pxText(v), String(v)).toBe(String(Math.round(v * 100) / 100));
  });
});
