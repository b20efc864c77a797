import { describe, expect, it } from 'vitest';
import type { VirtualUs } from '../../src/core/trace';
import { clipFileName } from '../../src/export/clipFileName';

const range = (from: number, to: number) => ({ from: from as VirtualUs, to: to as VirtualUs });

describe('clipFileName', () => {
  it('names the scenario and the range in seconds', () => {
    expect(clipFileName('fetch-square', range(0, 10_000_000), 'webm')).toBe(
      'fetch-square-0.000-10.000s.webm',
    );
    expect(clipFileName('fetch-square', range(7_900_000, 8_100_500), 'gif')).toBe(
      'fetch-square-7.900-8.101s.gif',
    );
  });

  it('keeps only letters and digits of a title, and never leaves the name empty', () => {
    expect(clipFileName('Fetch square (seed)', range(0, 1_000_000), 'gif')).toBe(
      'fetch-square-seed-0.000-1.000s.gif',
    );
    expect(clipFileName('../../?', range(0, 0), 'webm')).toBe('clip-0.000-0.000s.webm');
  });
});
