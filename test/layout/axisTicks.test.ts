import { describe, expect, it } from 'vitest';
import { axisOf, labelledTicks } from '../../src/layout/axis';

/** A label's box as the page draws it: centred on its tick, flush with it at the axis's ends. */
function labelBox(x: number, text: string, width: number, charPx: number) {
  const w = text.length * charPx;
  const lo = x < 16 ? x : x > width - 16 ? x - w : x - w / 2;
  return { lo, hi: lo + w };
}

describe('axisOf ticks', () => {
  it('labels every tick of an axis to the same decimals', () => {
    const axis = axisOf({ from: 0, to: 12_000 }, 800);
    const texts = axis.ticks.map((tick) => tick.text);
    expect(texts).toContain('0.000');
    expect(texts).toContain('0.010');
    expect(new Set(texts.map((text) => text.length)).size).toBe(1);
  });

  it('keeps the breathing room of a wide axis', () => {
    // 0–10 s across 1,100 px: a tick a second, 110 px apart (72 px at least).
    const axis = axisOf({ from: 0, to: 10_000_000 }, 1100);
    expect(axis.ticks.map((tick) => tick.text)).toEqual(
      Array.from({ length: 11 }, (_, i) => `${i}.0`),
    );
  });

  // A phone's axis (228 px) with the page's own character width there (the lane labels' font).
  const phone = { width: 228, charPx: 7.64 };
  const gapsBetweenLabels = (from: number, to: number) => {
    const axis = axisOf({ from, to }, phone.width, phone.charPx);
    const boxes = axis.ticks.map((tick) => labelBox(tick.x, tick.text, phone.width, phone.charPx));
    for (const box of boxes) {
      expect(box.lo).toBeGreaterThanOrEqual(0);
      expect(box.hi).toBeLessThanOrEqual(phone.width);
    }
    return { ticks: axis.ticks.length, gaps: boxes.slice(1).map((b, i) => b.lo - boxes[i]!.hi) };
  };

  it('gives a zoomed phone axis three ticks or more, with labels that never touch', () => {
    // done-callbacks on a phone: a 9.5 ms window had one tick ("1.005").
    const { ticks, gaps } = gapsBetweenLabels(1_000_050, 1_009_550);
    expect(ticks).toBeGreaterThanOrEqual(3);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(8);
  });

  it('keeps fewer ticks where finer ones would touch a label flush with an end', () => {
    // From 0: "0.000" sits flush right of its tick, so a tick 2 ms later would touch it.
    const { ticks, gaps } = gapsBetweenLabels(0, 9_500);
    expect(ticks).toBeGreaterThanOrEqual(2);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(8);
  });

  it('never ticks finer than the microsecond', () => {
    const axis = axisOf({ from: 5_000_000, to: 5_000_002 }, 1000);
    const times = axis.ticks.map((tick) => tick.t);
    expect(new Set(times).size).toBe(times.length);
    expect(times.every((t) => Number.isInteger(t))).toBe(true);
  });
});

describe('labelledTicks', () => {
  const width = 800;
  const axis = axisOf({ from: 7_995_000, to: 8_035_000 }, width);

  it('leaves out the labels the playhead tag stands over, and only those', () => {
    const under = axis.ticks.find((tick) => tick.text === '8.005')!;
    const x = under.x - 10;
    const kept = labelledTicks(axis, x, '8.004 s', 7);
    expect(kept).not.toContain(under);
    const tag = { lo: x, hi: x + 7 * 7 + 16 };
    for (const tick of axis.ticks) {
      const box = labelBox(tick.x, tick.text, width, 7);
      const covered = box.lo < tag.hi && tag.lo < box.hi;
      expect(kept.includes(tick)).toBe(!covered);
    }
  });

  it('looks left of the line where the tag goes left', () => {
    const last = axis.ticks.at(-1)!;
    const kept = labelledTicks(axis, width - 2, '8.035 s', 7);
    expect(kept).not.toContain(last);
    expect(kept).toContain(axis.ticks[0]);
  });
});
