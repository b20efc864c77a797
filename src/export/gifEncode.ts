/**
 * A GIF from RGBA frames, with gifenc. Canvas-free (the pixels come from a callback), so it
 * runs the same in a test on tiny buffers as in the page on a canvas' image data.
 *
 * - One palette for the whole clip, quantised once from the first and last frames: a frame
 *   scene has few flat colours (the theme's) plus the text's anti-aliasing, all of which those
 *   two frames show; one table keeps colours steady and saves quantising each frame.
 * - After the first, each frame covers only the rectangle that changed (`gifFrameRect.ts`), and
 *   a frame identical to the one before lengthens it instead of adding one.
 *
 * @example
 *   const bytes = await encodeGif({ times, width, height, frameAt, signal, onProgress });
 */
import { applyPalette, GIFEncoder, quantize, type GifColor } from 'gifenc';
import { throwIfCancelled, yieldToPage } from './clipErrors';
import { GIF_FRAME_MS } from './clipPlan';
import { changedRect, cropRgba, placeFrame, type PixelRect } from './gifFrameRect';

/** One frame's pixels, 4 bytes (r, g, b, a) a pixel, row by row. */
export type RgbaPixels = Uint8Array | Uint8ClampedArray;

/** How long the last frame stays, so a looping GIF rests on the end state before it restarts. */
export const GIF_HOLD_MS = 1500;

export interface GifJob<T> {
  /** The instants of the frames, in order (`gifFrameTimes`). */
  times: readonly T[];
  width: number;
  height: number;
  /** The pixels of the frame at `t`, `width × height × 4` bytes, in a buffer of its own. */
  frameAt(t: T): RgbaPixels;
  signal: AbortSignal;
  /** Called after each frame with the share done, 0–1. */
  onProgress?(fraction: number): void;
  /** Between frames; the page's default lets it paint and take a click on Cancel. */
  pause?(): Promise<void>;
  frameMs?: number;
}

/** A palette of at most 256 colours that covers every sample. */
export function gifPalette(samples: readonly RgbaPixels[]): GifColor[] {
  const all = new Uint8Array(samples.reduce((n, s) => n + s.length, 0));
  let at = 0;
  for (const s of samples) {
    all.set(s, at);
    at += s.length;
  }
  return quantize(all, 256);
}

/** A frame waiting to be written: its delay grows while the frames after it change nothing. */
interface Pending {
  rgba: RgbaPixels;
  rect: PixelRect;
  delay: number;
}

/**
 * Encodes the frames at `times` into a looping GIF89a; rejects with an AbortError as soon as
 * the signal is aborted (nothing is returned then).
 */
export async function encodeGif<T>(job: GifJob<T>): Promise<Uint8Array> {
  const { times, width, height, signal } = job;
  const pause = job.pause ?? yieldToPage;
  const frameMs = job.frameMs ?? GIF_FRAME_MS;
  const pixels = (t: T) => {
    const data = job.frameAt(t);
    if (data.length !== width * height * 4)
      throw new Error(`a frame has ${data.length} bytes, not ${width}×${height}×4`);
    return data;
  };
  throwIfCancelled(signal);
  const palette = gifPalette([pixels(times[0]!), pixels(times[times.length - 1]!)]);
  const gif = GIFEncoder({ initialCapacity: 1 << 20 });
  let written = 0;
  const write = ({ rgba, rect, delay }: Pending) => {
    const at = gif.bytesView().length;
    const index = applyPalette(written === 0 ? rgba : cropRgba(rgba, width, rect), palette);
    gif.writeFrame(index, rect.w, rect.h, {
      palette: written === 0 ? palette : undefined,
      delay,
      repeat: 0,
    });
    // gifenc writes every frame at 0, 0; the first is the whole picture anyway.
    if (written > 0) placeFrame(gif.bytesView(), at, rect);
    written++;
  };

  let previous: RgbaPixels | null = null;
  let pending: Pending | null = null;
  for (let i = 0; i < times.length; i++) {
    throwIfCancelled(signal);
    const rgba = pixels(times[i]!);
    const rect = previous
      ? changedRect(previous, rgba, width, height)
      : { x: 0, y: 0, w: width, h: height };
    if (pending && rect === null) pending.delay += frameMs;
    else {
      if (pending) write(pending);
      pending = { rgba, rect: rect!, delay: frameMs };
    }
    previous = rgba;
    job.onProgress?.((i + 1) / times.length);
    await pause();
  }
  throwIfCancelled(signal);
  pending!.delay += GIF_HOLD_MS - frameMs;
  write(pending!);
  gif.finish();
  return gif.bytes();
}
