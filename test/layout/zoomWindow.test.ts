import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  coversDomain,
  domainOf,
  fitWindow,
  followPlayhead,
  MIN_WINDOW_US,
  panBy,
  windowAround,
  zoomAround,
  type TimeWindow,
} from '../../src/layout/zoomWindow';

const w = (from: number, to: number) => ({ from, to }) as TimeWindow;
const D = 10_000_000;

describe('domainOf / fitWindow', () => {
  it('runs a tenth past the end, and at least 1.1 s, so the last labels have room', () => {
    expect(domainOf(5_014_000)).toBeCloseTo(5_515_400);
    expect(domainOf(0)).toBeCloseTo(1_100_000);
  });
  it('fits the whole run, in whole µs', () => {
    expect(fitWindow(0)).toEqual({ from: 0, to: 1_100_000 });
    expect(fitWindow(5_014_000)).toEqual({ from: 0, to: Math.floor(domainOf(5_014_000)) });
    expect(coversDomain(fitWindow(5_014_000), domainOf(5_014_000))).toBe(true);
    expect(coversDomain(w(1, 1_100_000), 1_100_000)).toBe(false);
  });
});

describe('clampWindow', () => {
  it('returns a valid window as the same object', () => {
    const ok = w(1_000, 9_000);
    expect(clampWindow(ok, D)).toBe(ok);
  });
  it('widens a window narrower than 2 ms', () => {
    expect(clampWindow(w(5_000, 5_100), D)).toEqual({ from: 5_000, to: 5_000 + MIN_WINDOW_US });
  });
  it('shifts a window back inside the domain rather than shrinking it', () => {
    expect(clampWindow(w(-500, 1_500), D)).toEqual({ from: 0, to: 2_000 });
    expect(clampWindow(w(D - 1_000, D + 3_000), D)).toEqual({ from: D - 4_000, to: D });
  });
  it('never grows past the domain, and turns nonsense into the whole domain', () => {
    expect(clampWindow(w(-5, D * 3), D)).toEqual({ from: 0, to: D });
    expect(clampWindow(w(NaN, 5), D)).toEqual({ from: 0, to: D });
  });
});

describe('zoomAround', () => {
  it('keeps the anchor where it was on screen', () => {
    const next = zoomAround(w(0, 4_000_000), 2, 1_000_000, D);
    expect(next).toEqual({ from: 500_000, to: 2_500_000 });
    // 1.0 s was a quarter of the way across, and still is.
    expect((1_000_000 - next.from) / (next.to - next.from)).toBeCloseTo(0.25);
  });
  it('zooms out around the anchor and is clamped at the domain', () => {
    expect(zoomAround(w(4_000_000, 6_000_000), 0.5, 5_000_000, D)).toEqual({
      from: 3_000_000,
      to: 7_000_000,
    });
    expect(zoomAround(w(0, 6_000_000), 0.1, 5_000_000, D)).toEqual({ from: 0, to: D });
  });
  it('stops at 2 ms', () => {
    const next = zoomAround(w(8_000_000, 8_004_000), 100, 8_001_000, D);
    expect(next.to - next.from).toBe(MIN_WINDOW_US);
    expect(next.from).toBeLessThanOrEqual(8_001_000);
    expect(next.to).toBeGreaterThanOrEqual(8_001_000);
  });
  it('ignores a factor that is not a positive number', () => {
    const same = w(0, 1_000_000);
    expect(zoomAround(same, 0, 5, D)).toBe(same);
    expect(zoomAround(same, NaN, 5, D)).toBe(same);
  });
});

describe('panBy', () => {
  it('moves the window keeping its width, and stops at either end', () => {
    expect(panBy(w(1_000_000, 2_000_000), 500_000, D)).toEqual({ from: 1_500_000, to: 2_500_000 });
    expect(panBy(w(1_000_000, 2_000_000), -5_000_000, D)).toEqual({ from: 0, to: 1_000_000 });
    expect(panBy(w(1_000_000, 2_000_000), 50_000_000, D)).toEqual({ from: D - 1_000_000, to: D });
  });
});

describe('followPlayhead', () => {
  it('leaves the window alone (the same object) while the playhead is in it', () => {
    const view = w(1_000_000, 2_000_000);
    expect(followPlayhead(view, 1_000_000, D)).toBe(view);
    expect(followPlayhead(view, 2_000_000, D)).toBe(view);
  });
  it('turns the page so the playhead sits at 10 % of the window', () => {
    expect(followPlayhead(w(1_000_000, 2_000_000), 2_000_001, D)).toEqual({
      from: 1_900_001,
      to: 2_900_001,
    });
    expect(followPlayhead(w(5_000_000, 6_000_000), 3_000_000, D)).toEqual({
      from: 2_900_000,
      to: 3_900_000,
    });
    expect(followPlayhead(w(5_000_000, 6_000_000), 0, D)).toEqual({ from: 0, to: 1_000_000 });
  });
});

describe('windowAround', () => {
  it('centres a window on t, shifted in at the ends', () => {
    expect(windowAround(8_000_000, 200_000, 12_000_000)).toEqual({
      from: 7_900_000,
      to: 8_100_000,
    });
    expect(windowAround(50_000, 200_000, D)).toEqual({ from: 0, to: 200_000 });
  });
});
