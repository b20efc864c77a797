import { describe, expect, it } from 'vitest';
import { playheadTagToLeft } from '../../src/layout/axis';

describe('playheadTagToLeft', () => {
  it('puts the tag right of the line while it fits before the axis ends', () => {
    // 100 + 7 characters × 7 px + 16 px of gap and padding = 165 ≤ 230
    expect(playheadTagToLeft(100, 230, '0.008 s', 7)).toBe(false);
    expect(playheadTagToLeft(165, 230, '0.008 s', 7)).toBe(false);
  });
  it('puts it left of the line when it would run past the end', () => {
    expect(playheadTagToLeft(166, 230, '0.008 s', 7)).toBe(true);
    // The phone case that was cut: the line at 85 % of a 230 px axis.
    expect(playheadTagToLeft(195, 230, '0.008 s', 7)).toBe(true);
  });
  it('counts the text it shows: a longer time flips sooner', () => {
    expect(playheadTagToLeft(710, 800, '1.000 s', 8)).toBe(false);
    expect(playheadTagToLeft(710, 800, '1000.000 s', 8)).toBe(true);
  });
});
