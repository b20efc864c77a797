/**
 * The part of `gifenc` (mattdesl's GIF encoder; it ships no types) that the clip export uses.
 * See its README: quantise RGBA to a palette, map pixels to it, write indexed frames.
 *
 * @example
 *   const palette = quantize(rgba, 256);
 *   const gif = GIFEncoder();
 *   gif.writeFrame(applyPalette(rgba, palette), width, height, { palette, delay: 80 });
 *   gif.finish();
 *   const bytes = gif.bytes();
 */
declare module 'gifenc' {
  /** `[r, g, b]` (or `[r, g, b, a]` for an alpha format), each 0–255. */
  export type GifColor = number[];
  export type GifFormat = 'rgb565' | 'rgb444' | 'rgba4444';

  export function quantize(
    rgba: Uint8Array | Uint8ClampedArray,
    maxColors: number,
    options?: { format?: GifFormat },
  ): GifColor[];

  export function applyPalette(
    rgba: Uint8Array | Uint8ClampedArray,
    palette: GifColor[],
    format?: GifFormat,
  ): Uint8Array;

  export interface GifFrameOptions {
    /** The colour table: required on the first frame (it becomes the global table). */
    palette?: GifColor[];
    /** How long the frame shows, in ms (GIF stores hundredths of a second). */
    delay?: number;
    /** 0 loops forever, -1 plays once. */
    repeat?: number;
  }

  export interface GifEncoderStream {
    writeFrame(index: Uint8Array, width: number, height: number, options?: GifFrameOptions): void;
    finish(): void;
    /** A copy of the bytes written so far. */
    bytes(): Uint8Array;
    /** The bytes written so far, without a copy (writes to it change the file). */
    bytesView(): Uint8Array;
  }

  export function GIFEncoder(options?: { initialCapacity?: number }): GifEncoderStream;
}
