import { describe, expect, it } from 'vitest';
import { pickWebmType } from '../../src/export/webmType';

describe('pickWebmType', () => {
  it('prefers VP9, then VP8', () => {
    expect(pickWebmType(() => true)).toBe('video/webm;codecs=vp9');
    expect(pickWebmType((t) => t.endsWith('vp8'))).toBe('video/webm;codecs=vp8');
  });

  it('gives null when the browser writes neither', () => {
    expect(pickWebmType((t) => t === 'video/mp4')).toBeNull();
  });
});
