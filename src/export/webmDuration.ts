/**
 * Writes the length into a WebM that MediaRecorder made. A live recorder does not know how
 * long it will record, so its file says nothing (players show "∞" or no length, and some cannot
 * scrub); once it has stopped we do. The Duration element goes into the Segment's Info, the one
 * place players read it from (Matroska spec, RFC 9559 §5.1.2.4).
 *
 * Only a file laid out as Chromium and Firefox write it is changed: an EBML header, then a
 * Segment whose first children are Info and Tracks, with no SeekHead (whose byte positions the
 * insertion would shift). Anything else is returned as it came.
 *
 * @example const fixed = withWebmDuration(bytes, 5500); // 5.5 s
 */

const EBML = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const SEEK_HEAD = 0x114d9b74;
const INFO = 0x1549a966;
const DURATION = 0x4489;

/** An element's header: its ID, where its data starts, and its size (null: "unknown"). */
interface Header {
  id: number;
  data: number;
  size: number | null;
}

function readHeader(bytes: Uint8Array, at: number): Header | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const idLength = Math.clz32(first) - 23;
  if (idLength > 4) return null;
  let id = 0;
  for (let i = 0; i < idLength; i++) id = id * 256 + bytes[at + i]!;
  const sizeAt = at + idLength;
  const lead = bytes[sizeAt];
  if (lead === undefined || lead === 0) return null;
  const sizeLength = Math.clz32(lead) - 23;
  let size = lead & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i++) {
    const b = bytes[sizeAt + i];
    if (b === undefined) return null;
    size = size * 256 + b;
    allOnes &&= b === 0xff;
  }
  return { id, data: sizeAt + sizeLength, size: allOnes ? null : size };
}

/** An element with a float64 body: ID 0x4489, size 8. */
function durationElement(ms: number): Uint8Array {
  const out = new Uint8Array(11);
  out.set([0x44, 0x89, 0x88]);
  new DataView(out.buffer).setFloat64(3, ms);
  return out;
}

/** `size` as an 8-byte EBML size (any size up to 2^53 fits). */
function size8(size: number): Uint8Array {
  const out = new Uint8Array(8);
  out[0] = 0x01;
  let rest = size;
  for (let i = 7; i >= 1; i--) {
    out[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return out;
}

/**
 * `bytes` with Info's Duration set to `ms` (Info's TimecodeScale is the default 1 ms in every
 * file MediaRecorder writes; another scale is left alone), or `bytes` itself when the file is
 * not laid out as expected or already has a duration.
 */
export function withWebmDuration(
  bytes: Uint8Array<ArrayBuffer>,
  ms: number,
): Uint8Array<ArrayBuffer> {
  const ebml = readHeader(bytes, 0);
  if (!ebml || ebml.id !== EBML || ebml.size === null) return bytes;
  const segment = readHeader(bytes, ebml.data + ebml.size);
  // A Segment of known size would need its size rewritten too; recorders write "unknown".
  if (!segment || segment.id !== SEGMENT || segment.size !== null) return bytes;
  const info = readHeader(bytes, segment.data);
  if (!info || info.id !== INFO || info.size === null) return bytes;
  const infoEnd = info.data + info.size;
  for (let at = info.data; at < infoEnd;) {
    const child = readHeader(bytes, at);
    if (!child || child.size === null) return bytes;
    if (child.id === DURATION) return bytes;
    // TimecodeScale (0x2AD7B1) other than 1 ms: the duration would need scaling; leave it.
    if (child.id === 0x2ad7b1) {
      let scale = 0;
      for (let i = 0; i < child.size; i++) scale = scale * 256 + bytes[child.data + i]!;
      if (scale !== 1_000_000) return bytes;
    }
    at = child.data + child.size;
  }
  const next = readHeader(bytes, infoEnd);
  if (next?.id === SEEK_HEAD) return bytes;
  const duration = durationElement(ms);
  const header = bytes.subarray(0, segment.data);
  const infoId = bytes.subarray(segment.data, segment.data + 4);
  const infoBody = bytes.subarray(info.data, infoEnd);
  const rest = bytes.subarray(infoEnd);
  const newSize = size8(infoBody.length + duration.length);
  const out = new Uint8Array(
    header.length +
      infoId.length +
      newSize.length +
      infoBody.length +
      duration.length +
      rest.length,
  );
  let at = 0;
  for (const part of [header, infoId, newSize, infoBody, duration, rest]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
