import { describe, expect, it } from 'vitest';
import { pickWebmType } from '../../src/export/webmType';

describe('pickWebmType', () => {
  it('prefers VP8 (cheap enough to encode in real time), then VP9', () => {
    expect(pickWebmType(() => true)).toBe('video/webm;codecs=vp8');
    expect(pickWebmType((t) => t.endsWith('vp9'))).toBe('video/webm;codecs=vp9');
  });

  it('gives null when the browser writes neither', () => {
    expect(pickWebmType((t) => t === 'video/mp4')).toBeNull();
  });
});
