import { describe, expect, it } from 'vitest';
import { windowValueText, zoomReadout } from '../../src/components/timeline/zoomText';
import { us } from '../../src/core/trace';

const window = (from: number, to: number) => ({ from: us(from), to: us(to) });

describe('zoomReadout and windowValueText', () => {
  it('state the run to one decimal beside a window that ends well inside it', () => {
    expect(zoomReadout(window(7_900_000, 8_100_000), 11_000_000)).toBe(
      'showing 7.900–8.100 s of 11.0 s',
    );
    expect(windowValueText(window(7_900_000, 8_100_000), 11_000_000)).toBe(
      '7.9 s to 8.1 s of 11.0 s',
    );
    expect(zoomReadout(null, 11_000_000)).toBe('whole run, 11.0 s');
  });

  it('never read a window inside the run as ending after it', () => {
    // A 1.0136 s run zoomed to its last 10 ms read "showing 1.00405–1.01355 s of 1.0 s".
    const last10ms = window(1_004_050, 1_013_550);
    expect(zoomReadout(last10ms, 1_013_600)).toBe('showing 1.00405–1.01355 s of 1.01360 s');
    expect(windowValueText(last10ms, 1_013_600)).toBe('1.00405 s to 1.01355 s of 1.01360 s');
  });

  it('never read a window that begins inside the run as beginning after it', () => {
    // late-callback on a phone read "showing 1.00400–1.01350 s of 1.0 s" for its 1.005 s run.
    const acrossTheEnd = window(1_004_000, 1_013_500);
    expect(zoomReadout(acrossTheEnd, 1_005_000)).toBe('showing 1.00400–1.01350 s of 1.00500 s');
    expect(windowValueText(acrossTheEnd, 1_005_000)).toBe('1.004 s to 1.0135 s of 1.00500 s');
  });

  it('keep one decimal when the window reaches past the run, into the axis margin', () => {
    expect(zoomReadout(window(1_050_000, 1_110_000), 1_013_600)).toBe(
      'showing 1.0500–1.1100 s of 1.0 s',
    );
  });
});
