import { describe, expect, it } from 'vitest';
import { fromSeconds } from '../../src/core/trace';
import { exportFileName } from '../../src/export/fileName';

describe('exportFileName', () => {
  it('names the scenario and the moment to the millisecond', () => {
    expect(exportFileName('fetch-square', fromSeconds(8), 'svg')).toBe('fetch-square-8.000s.svg');
    expect(exportFileName('fetch-square', 8_030_000, 'png')).toBe('fetch-square-8.030s.png');
  });

  it('makes a title safe: lower case, letters and digits joined by dashes', () => {
    expect(exportFileName('fetch_square: a callback for each request', 0, 'png')).toBe(
      'fetch-square-a-callback-for-each-request-0.000s.png',
    );
    expect(exportFileName('../../etc/passwd', 1_500_000, 'SVG')).toBe('etc-passwd-1.500s.svg');
    expect(exportFileName('Café <script>', 0, 'svg')).toBe('cafe-script-0.000s.svg');
  });

  it('still gives a name for an empty or unusable title, and a bad time', () => {
    expect(exportFileName('', 0, 'svg')).toBe('frame-0.000s.svg');
    expect(exportFileName('***', Number.NaN, 'p/n g')).toBe('frame-0.000s.png');
  });

  it('keeps a long title short', () => {
    const name = exportFileName('x'.repeat(500), 0, 'svg');
    expect(name.length).toBeLessThanOrEqual(60 + '-0.000s.svg'.length);
  });
});
