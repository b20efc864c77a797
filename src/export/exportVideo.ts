/**
 * **Export video**: the clip as WebM, recorded in real time from a canvas (loaded on demand).
 *
 * @example
 *   const { blob, fileName } = await exportVideo({ subject, range, speed: 2, signal });
 *   // fileName: 'fetch-square-0.000-8.000s.webm'
 */
import { clipCanvas } from './clipCanvas';
import { clipFileName } from './clipFileName';
import type { ClipFile, ClipRequest } from './clipRequest';
import { clipSceneAt } from './clipScenes';
import { browserVideoEnv, recordVideo, videoSupport } from './videoRecorder';

/** Wide enough for the code and console to stay readable, small enough to encode in time. */
export const VIDEO_WIDTH = 1280;

export async function exportVideo(request: ClipRequest): Promise<ClipFile> {
  const { subject, range } = request;
  const env = browserVideoEnv();
  videoSupport(env);
  const painter = clipCanvas(clipSceneAt(subject, VIDEO_WIDTH), range, VIDEO_WIDTH);
  // A background tab runs timers once a second: the video then skips. Say so rather than hide it.
  let hidden = document.hidden;
  const watch = () => (hidden ||= document.hidden);
  document.addEventListener('visibilitychange', watch);
  try {
    const blob = await recordVideo({
      ...request,
      canvas: painter.canvas,
      paint: painter.paint,
      env,
    });
    const fileName = clipFileName(subject.run.id, range, 'webm');
    if (!hidden) return { blob, fileName };
    const note = 'The tab was in the background while recording, so the video may skip frames.';
    return { blob, fileName, note };
  } finally {
    document.removeEventListener('visibilitychange', watch);
  }
}
