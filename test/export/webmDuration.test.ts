import { describe, expect, it } from 'vitest';
import { withWebmDuration } from '../../src/export/webmDuration';

const EBML_HEADER = [0x1a, 0x45, 0xdf, 0xa3, 0x84, 0x42, 0x86, 0x81, 0x01];
const SEGMENT_UNKNOWN = [0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const timecodeScale = (ns: number) => [
  0x2a,
  0xd7,
  0xb1,
  0x83,
  ns >> 16,
  (ns >> 8) & 0xff,
  ns & 0xff,
];
const MUXING_APP = [0x4d, 0x80, 0x82, 0x61, 0x62];
const TRACKS = [0x16, 0x54, 0xae, 0x6b, 0x82, 0xaa, 0xbb];

/** A WebM laid out as MediaRecorder writes one, with an Info of `infoBody`. */
function webm(infoBody: number[]): Uint8Array<ArrayBuffer> {
  const info = [0x15, 0x49, 0xa9, 0x66, 0x80 | infoBody.length, ...infoBody];
  return new Uint8Array([...EBML_HEADER, ...SEGMENT_UNKNOWN, ...info, ...TRACKS]);
}

describe('withWebmDuration', () => {
  it('adds the duration to the Segment’s Info and leaves every other byte as it was', () => {
    const body = [...timecodeScale(1_000_000), ...MUXING_APP];
    const out = withWebmDuration(webm(body), 5500);
    const infoAt = EBML_HEADER.length + SEGMENT_UNKNOWN.length;
    expect([...out.subarray(0, infoAt + 4)]).toEqual([
      ...EBML_HEADER,
      ...SEGMENT_UNKNOWN,
      0x15,
      0x49,
      0xa9,
      0x66,
    ]);
    // Info's new size, as an 8-byte EBML size: the old body and the 11-byte Duration element.
    const size = out.subarray(infoAt + 4, infoAt + 12);
    expect(size[0]).toBe(0x01);
    expect(size[7]).toBe(body.length + 11);
    const bodyAt = infoAt + 12;
    expect([...out.subarray(bodyAt, bodyAt + body.length)]).toEqual(body);
    const duration = out.subarray(bodyAt + body.length, bodyAt + body.length + 11);
    expect([...duration.subarray(0, 3)]).toEqual([0x44, 0x89, 0x88]);
    expect(new DataView(duration.slice(3).buffer).getFloat64(0)).toBe(5500);
    expect([...out.subarray(bodyAt + body.length + 11)]).toEqual(TRACKS);
  });

  it('leaves alone a file it does not know how to change safely', () => {
    const scaled = webm([...timecodeScale(500_000), ...MUXING_APP]);
    expect(withWebmDuration(scaled, 5500)).toBe(scaled);
    const timed = webm([0x44, 0x89, 0x84, 0x45, 0x9c, 0x40, 0x00, ...MUXING_APP]);
    expect(withWebmDuration(timed, 5500)).toBe(timed);
    const notWebm = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]);
    expect(withWebmDuration(notWebm, 5500)).toBe(notWebm);
    const truncated = webm(MUXING_APP).slice(0, 15);
    expect(withWebmDuration(truncated, 5500)).toBe(truncated);
  });
});
