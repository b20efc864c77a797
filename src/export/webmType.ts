/**
 * Which WebM flavour this browser's MediaRecorder can write: VP8, else VP9; null when neither,
 * so the page can say so instead of recording nothing. VP8 first: the recording is real time,
 * and Chromium's software VP9 encoder on a 2-core machine gave no frame at all for a
 * 0.75-second clip (6 tries of 6, an empty file), where VP8 gave a playable one each time.
 *
 * @example pickWebmType((t) => MediaRecorder.isTypeSupported(t)); // 'video/webm;codecs=vp8'
 */
export const WEBM_TYPES = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9'] as const;

export function pickWebmType(isTypeSupported: (type: string) => boolean): string | null {
  return WEBM_TYPES.find((type) => isTypeSupported(type)) ?? null;
}
