/**
 * Between two frames of a clip most pixels stay the same (the code, the lanes already drawn);
 * a GIF frame may cover only a rectangle of the picture and leave the rest as it was. These
 * helpers find that rectangle, cut it out, and place the frame gifenc wrote there (gifenc
 * always writes frames at 0, 0). Encoding only what changed makes the GIF several times
 * faster to make and smaller to download.
 *
 * @example
 *   const rect = changedRect(prev, next, width, height); // null: nothing moved
 *   const cut = cropRgba(next, width, rect!);
 */
import type { RgbaPixels } from './gifEncode';

export interface PixelRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One 32-bit word a pixel, for comparing a pixel at a time. */
function words(px: RgbaPixels): Uint32Array {
  return px.byteOffset % 4 === 0
    ? new Uint32Array(px.buffer, px.byteOffset, px.length / 4)
    : new Uint32Array(new Uint8Array(px).buffer);
}

/** The smallest rectangle holding every pixel that differs between `a` and `b`; null when none. */
export function changedRect(
  a: RgbaPixels,
  b: RgbaPixels,
  width: number,
  height: number,
): PixelRect | null {
  const [p, q] = [words(a), words(b)];
  const rowDiffers = (y: number) => {
    for (let i = y * width, end = i + width; i < end; i++) if (p[i] !== q[i]) return true;
    return false;
  };
  let top = 0;
  while (top < height && !rowDiffers(top)) top++;
  if (top === height) return null;
  let bottom = height - 1;
  while (bottom > top && !rowDiffers(bottom)) bottom--;
  let left = width;
  let right = -1;
  for (let y = top; y <= bottom; y++) {
    const row = y * width;
    for (let x = 0; x < left; x++)
      if (p[row + x] !== q[row + x]) {
        left = x;
        break;
      }
    for (let x = width - 1; x > right; x--)
      if (p[row + x] !== q[row + x]) {
        right = x;
        break;
      }
  }
  return { x: left, y: top, w: right - left + 1, h: bottom - top + 1 };
}

/** The pixels of `rect` in a frame `width` pixels wide, as a frame of their own. */
export function cropRgba(px: RgbaPixels, width: number, rect: PixelRect): Uint8Array {
  const out = new Uint8Array(rect.w * rect.h * 4);
  for (let y = 0; y < rect.h; y++) {
    const from = ((rect.y + y) * width + rect.x) * 4;
    out.set(px.subarray(from, from + rect.w * 4), y * rect.w * 4);
  }
  return out;
}

/**
 * Moves the frame gifenc has just written at byte `at` (its Graphic Control Extension, then
 * its Image Descriptor) to `rect.x`, `rect.y`. Checks the bytes it expects first, so a
 * different gifenc fails loudly instead of writing a broken file.
 */
export function placeFrame(bytes: Uint8Array, at: number, rect: PixelRect): void {
  const descriptor = at + 8;
  if (bytes[at] !== 0x21 || bytes[at + 1] !== 0xf9 || bytes[descriptor] !== 0x2c)
    throw new Error('the GIF encoder wrote a frame in a layout this exporter does not know');
  bytes[descriptor + 1] = rect.x & 0xff;
  bytes[descriptor + 2] = rect.x >> 8;
  bytes[descriptor + 3] = rect.y & 0xff;
  bytes[descriptor + 4] = rect.y >> 8;
}
