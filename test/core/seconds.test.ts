import { describe, expect, it } from 'vitest';
import { countdown, DUE_NOW_US, formatSeconds, timeLeft } from '../../src/core/seconds';

describe('formatSeconds', () => {
  it('prints seconds as Python prints a float: one decimal at least, no trailing zeros', () => {
    expect(formatSeconds(5_000_000)).toBe('5.0');
    expect(formatSeconds(250_000)).toBe('0.25');
    expect(formatSeconds(1)).toBe('0.000001');
    expect(formatSeconds(0)).toBe('0.0');
  });
  it('rounds to the places asked for, a half unit up', () => {
    expect(formatSeconds(5_013_200, 3)).toBe('5.013');
    expect(formatSeconds(5_002_500, 3)).toBe('5.003');
    expect(formatSeconds(4_999_999, 3)).toBe('5.0');
    expect(formatSeconds(2_500_000, 1)).toBe('2.5');
  });
});

describe('countdown', () => {
  it('rounds up to a tenth, so it reads 0.0 only when the time is up', () => {
    expect(countdown(1_234_567)).toBe('1.3');
    expect(countdown(1)).toBe('0.1');
    expect(countdown(0)).toBe('0.0');
  });
});

describe('timeLeft', () => {
  it('counts down, and says "due" for a Timer due within 50 ms (spec P-3, T-4)', () => {
    expect(timeLeft(1_234_567)).toBe('1.3 s left');
    expect(timeLeft(DUE_NOW_US)).toBe('0.1 s left');
    expect(timeLeft(DUE_NOW_US - 1)).toBe('due');
    expect(timeLeft(20)).toBe('due');
    expect(timeLeft(0)).toBe('due');
  });
});
