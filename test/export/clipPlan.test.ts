import { describe, expect, it } from 'vitest';
import type { VirtualUs } from '../../src/core/trace';
import {
  clipPercent,
  clipRange,
  clipWallMs,
  gifFrameTimes,
  videoTimeAt,
} from '../../src/export/clipPlan';
import type { TimeWindow } from '../../src/layout/zoomWindow';

const us = (n: number) => n as VirtualUs;
const win = (from: number, to: number): TimeWindow => ({ from: us(from), to: us(to) });

describe('clipRange', () => {
  it('records the zoom window as the timeline shows it', () => {
    expect(clipRange('window', us(8_000_000), win(7_900_000, 8_100_000))).toEqual(
      win(7_900_000, 8_100_000),
    );
  });

  it('records the whole run from 0 to its last event, also for "window" when fitted', () => {
    expect(clipRange('run', us(8_000_000), win(1, 2))).toEqual(win(0, 8_000_000));
    expect(clipRange('window', us(8_000_000), null)).toEqual(win(0, 8_000_000));
  });
});

describe('wall time and video frames', () => {
  it('lasts the virtual span divided by the speed', () => {
    expect(clipWallMs(win(0, 10_000_000), 2)).toBe(5000);
    expect(clipWallMs(win(1_000_000, 2_000_000), 4)).toBe(250);
    expect(clipWallMs(win(0, 3_000_000), 1)).toBe(3000);
  });

  it('shows the instant the wall clock has reached, never past the end', () => {
    const range = win(1_000_000, 2_000_000);
    expect(videoTimeAt(range, 4, 0)).toBe(1_000_000);
    expect(videoTimeAt(range, 4, 100)).toBe(1_400_000);
    expect(videoTimeAt(range, 1, 500)).toBe(1_500_000);
    expect(videoTimeAt(range, 4, 10_000)).toBe(2_000_000);
    expect(videoTimeAt(range, 2, -5)).toBe(1_000_000);
  });
});

describe('gifFrameTimes', () => {
  it('steps by speed × 80 ms of virtual time and ends exactly at the range end', () => {
    expect(gifFrameTimes(win(0, 1_000_000), 4)).toEqual([0, 320_000, 640_000, 960_000, 1_000_000]);
    expect(gifFrameTimes(win(0, 160_000), 1)).toEqual([0, 80_000, 160_000]);
  });

  it('gives 12.5 frames per second of the clip: a 10 s run at 2× is 64 frames, the end included', () => {
    const times = gifFrameTimes(win(0, 10_000_000), 2);
    expect(times).toHaveLength(64);
    expect(times.at(-1)).toBe(10_000_000);
    expect(new Set(times).size).toBe(times.length);
  });

  it('makes a zero-length range one frame', () => {
    expect(gifFrameTimes(win(5, 5), 2)).toEqual([5]);
  });
});

describe('clipPercent', () => {
  it('is a whole percentage, clamped to 0–100', () => {
    expect(clipPercent(0.426)).toBe(42);
    expect(clipPercent(1)).toBe(100);
    expect(clipPercent(1.2)).toBe(100);
    expect(clipPercent(-1)).toBe(0);
    expect(clipPercent(Number.NaN)).toBe(0);
  });
});
