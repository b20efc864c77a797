/**
 * Which WebM flavour this browser's MediaRecorder can write: VP9 (smaller files, sharp text),
 * else VP8; null when neither, so the page can say so instead of recording nothing.
 *
 * @example pickWebmType((t) => MediaRecorder.isTypeSupported(t)); // 'video/webm;codecs=vp9'
 */
export const WEBM_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8'] as const;

export function pickWebmType(isTypeSupported: (type: string) => boolean): string | null {
  return WEBM_TYPES.find((type) => isTypeSupported(type)) ?? null;
}
