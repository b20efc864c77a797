/**
 * A small GIF89a reader for the tests: the header, the screen size, the global colour table,
 * and each frame's size, delay and pixels (LZW decoded), so a test checks the file a viewer
 * would see, not the encoder's own bookkeeping. Throws on anything malformed.
 *
 * @example
 *   const gif = parseGif(bytes);
 *   gif.frames.length; gif.frames[0].delayMs; gif.colorAt(0, 0, 0); // [r, g, b]
 */
export interface GifFrame {
  left: number;
  top: number;
  width: number;
  height: number;
  delayMs: number;
  /** Palette indices, row by row. */
  indices: Uint8Array;
}

export interface ParsedGif {
  signature: string;
  width: number;
  height: number;
  palette: [number, number, number][];
  frames: GifFrame[];
  /**
   * The colour of pixel (x, y) of the picture once frames 0…`i` are drawn, each over the one
   * before (a frame may cover only a rectangle), from the global table.
   */
  colorAt(i: number, x: number, y: number): [number, number, number];
}

function lzwDecode(minCodeSize: number, data: Uint8Array, pixels: number): Uint8Array {
  const out = new Uint8Array(pixels);
  const clear = 1 << minCodeSize;
  const eoi = clear + 1;
  let size = minCodeSize + 1;
  let dict: number[][] = [];
  const reset = () => {
    dict = Array.from({ length: clear + 2 }, (_, i) => (i < clear ? [i] : []));
    size = minCodeSize + 1;
  };
  reset();
  let bit = 0;
  let n = 0;
  let prev: number[] | null = null;
  while (bit + size <= data.length * 8) {
    let code = 0;
    for (let i = 0; i < size; i++, bit++) code |= ((data[bit >> 3]! >> (bit & 7)) & 1) << i;
    if (code === clear) {
      reset();
      prev = null;
      continue;
    }
    if (code === eoi) break;
    let entry: number[];
    if (code < dict.length) entry = dict[code]!;
    else if (prev && code === dict.length) entry = [...prev, prev[0]!];
    else throw new Error(`bad LZW code ${code}`);
    for (const v of entry) if (n < pixels) out[n++] = v;
    if (prev && dict.length < 4096) dict.push([...prev, entry[0]!]);
    if (dict.length === 1 << size && size < 12) size++;
    prev = entry;
  }
  if (n !== pixels) throw new Error(`frame has ${n} pixels, expected ${pixels}`);
  return out;
}

export function parseGif(bytes: Uint8Array): ParsedGif {
  let at = 0;
  const u8 = () => {
    if (at >= bytes.length) throw new Error('GIF ends early');
    return bytes[at++]!;
  };
  const u16 = () => u8() | (u8() << 8);
  const signature = String.fromCharCode(...bytes.subarray(0, 6));
  at = 6;
  const width = u16();
  const height = u16();
  const flags = u8();
  at += 2; // background colour index, pixel aspect ratio
  const palette: [number, number, number][] = [];
  if (flags & 0x80)
    for (let i = 0; i < 1 << ((flags & 7) + 1); i++) palette.push([u8(), u8(), u8()]);
  const subBlocks = () => {
    const parts: number[] = [];
    for (let len = u8(); len > 0; len = u8()) for (let i = 0; i < len; i++) parts.push(u8());
    return new Uint8Array(parts);
  };
  const frames: GifFrame[] = [];
  let delayMs = 0;
  for (;;) {
    const block = u8();
    if (block === 0x3b) break;
    if (block === 0x21) {
      const label = u8();
      const data = subBlocks();
      if (label === 0xf9) delayMs = (data[1]! | (data[2]! << 8)) * 10;
    } else if (block === 0x2c) {
      const left = u16();
      const top = u16();
      const w = u16();
      const h = u16();
      if (left + w > width || top + h > height)
        throw new Error(
          `frame ${frames.length} (${w}×${h} at ${left},${top}) is outside the picture`,
        );
      const f = u8();
      if (f & 0x80) at += 3 * (1 << ((f & 7) + 1));
      const minCodeSize = u8();
      const indices = lzwDecode(minCodeSize, subBlocks(), w * h);
      frames.push({ left, top, width: w, height: h, delayMs, indices });
    } else throw new Error(`unknown GIF block 0x${block.toString(16)} at byte ${at - 1}`);
  }
  return {
    signature,
    width,
    height,
    palette,
    frames,
    colorAt: (i, x, y) => {
      for (let k = i; k >= 0; k--) {
        const f = frames[k]!;
        const [fx, fy] = [x - f.left, y - f.top];
        if (fx >= 0 && fy >= 0 && fx < f.width && fy < f.height)
          return palette[f.indices[fy * f.width + fx]!]!;
      }
      throw new Error(`no frame up to ${i} covers pixel ${x},${y}`);
    },
  };
}
