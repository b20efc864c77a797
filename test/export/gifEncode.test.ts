import { describe, expect, it } from 'vitest';
import { encodeGif, GIF_HOLD_MS } from '../../src/export/gifEncode';
import { parseGif } from './gifParse';

const W = 6;
const H = 4;
const RED = [213, 94, 0];
const BLUE = [0, 114, 178];
const WHITE = [255, 255, 255];

/** A tiny frame: white, with the first `k` columns blue (a playhead bar that grows). */
function frame(k: number): Uint8Array {
  const px = new Uint8Array(W * H * 4);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const c = x < k ? BLUE : y === H - 1 ? RED : WHITE;
      px.set([...c, 255], (y * W + x) * 4);
    }
  return px;
}

const noPause = () => Promise.resolve();

describe('encodeGif', () => {
  it('writes a looping GIF89a whose frames show the pixels they were given', async () => {
    const progress: number[] = [];
    const bytes = await encodeGif({
      times: [0, 2, 4],
      width: W,
      height: H,
      frameAt: frame,
      signal: new AbortController().signal,
      onProgress: (f) => progress.push(f),
      pause: noPause,
    });
    const gif = parseGif(bytes);
    expect(gif.signature).toBe('GIF89a');
    expect([gif.width, gif.height]).toEqual([W, H]);
    // After the first, a frame covers only what changed: the columns the bar grew by.
    expect(gif.frames.map((f) => [f.left, f.top, f.width, f.height])).toEqual([
      [0, 0, W, H],
      [0, 0, 2, H],
      [2, 0, 2, H],
    ]);
    expect(gif.frames.map((f) => f.delayMs)).toEqual([80, 80, GIF_HOLD_MS]);
    expect(gif.colorAt(0, 0, 0)).toEqual(WHITE);
    expect(gif.colorAt(1, 1, 0)).toEqual(BLUE);
    expect(gif.colorAt(1, 2, 0)).toEqual(WHITE);
    expect(gif.colorAt(2, 3, 2)).toEqual(BLUE);
    expect(gif.colorAt(2, 5, 3)).toEqual(RED);
    expect(progress).toEqual([1 / 3, 2 / 3, 1]);
  });

  it('lengthens a frame instead of repeating it when nothing moved', async () => {
    const bytes = await encodeGif({
      times: [0, 1, 1, 1, 3, 3],
      width: W,
      height: H,
      frameAt: frame,
      signal: new AbortController().signal,
      pause: noPause,
    });
    const gif = parseGif(bytes);
    expect(gif.frames.map((f) => f.delayMs)).toEqual([80, 240, GIF_HOLD_MS + 80]);
    expect(gif.colorAt(1, 0, 0)).toEqual(BLUE);
    expect(gif.colorAt(1, 1, 0)).toEqual(WHITE);
    expect(gif.colorAt(2, 2, 1)).toEqual(BLUE);
    expect(gif.colorAt(2, 4, 3)).toEqual(RED);
  });

  it('stops at once when cancelled, with an AbortError and no file', async () => {
    const abort = new AbortController();
    const drawn: number[] = [];
    const result = encodeGif({
      times: [0, 1, 2, 3, 4, 5],
      width: W,
      height: H,
      frameAt: (k) => {
        drawn.push(k);
        return frame(k);
      },
      signal: abort.signal,
      onProgress: (f) => {
        if (f >= 2 / 6) abort.abort();
      },
      pause: noPause,
    });
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    // The palette's two samples (first and last), then frames 0 and 1: none after the cancel.
    expect(drawn).toEqual([0, 5, 0, 1]);
  });

  it('refuses a frame of the wrong size, naming both sizes', async () => {
    const result = encodeGif({
      times: [0],
      width: W + 1,
      height: H,
      frameAt: frame,
      signal: new AbortController().signal,
      pause: noPause,
    });
    await expect(result).rejects.toThrow('a frame has 96 bytes, not 7×4×4');
  });
});
