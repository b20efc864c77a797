import { describe, expect, it } from 'vitest';
import { changedRect, cropRgba, placeFrame } from '../../src/export/gifFrameRect';

/** A `w × h` frame whose pixel (x, y) is grey level `f(x, y)`. */
const frame = (w: number, h: number, f: (x: number, y: number) => number) => {
  const px = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) px.set([f(x, y), 0, 0, 255], (y * w + x) * 4);
  return px;
};

describe('changedRect', () => {
  it('is null for identical frames', () => {
    const a = frame(5, 4, (x) => x);
    expect(changedRect(a, a.slice(), 5, 4)).toBeNull();
  });

  it('bounds every changed pixel and nothing more', () => {
    const a = frame(8, 6, () => 0);
    const b = frame(8, 6, (x, y) => ((x === 2 && y === 4) || (x === 6 && y === 1) ? 9 : 0));
    expect(changedRect(a, b, 8, 6)).toEqual({ x: 2, y: 1, w: 5, h: 4 });
    const corner = frame(8, 6, (x, y) => (x === 7 && y === 5 ? 1 : 0));
    expect(changedRect(a, corner, 8, 6)).toEqual({ x: 7, y: 5, w: 1, h: 1 });
  });
});

describe('cropRgba', () => {
  it('cuts a rectangle out, row by row', () => {
    const px = frame(4, 3, (x, y) => 10 * y + x);
    const cut = cropRgba(px, 4, { x: 1, y: 1, w: 2, h: 2 });
    expect([...cut].filter((_, i) => i % 4 === 0)).toEqual([11, 12, 21, 22]);
  });
});

describe('placeFrame', () => {
  it('writes the position into the image descriptor after the control extension', () => {
    const bytes = new Uint8Array([0x21, 0xf9, 4, 0, 8, 0, 0, 0, 0x2c, 0, 0, 0, 0, 3, 0, 2, 0]);
    placeFrame(bytes, 0, { x: 300, y: 7, w: 3, h: 2 });
    expect([...bytes.subarray(9, 13)]).toEqual([300 & 0xff, 300 >> 8, 7, 0]);
  });

  it('refuses bytes that are not a frame it knows', () => {
    expect(() => placeFrame(new Uint8Array(20), 0, { x: 1, y: 1, w: 1, h: 1 })).toThrow(
      'the GIF encoder wrote a frame in a layout this exporter does not know',
    );
  });
});
