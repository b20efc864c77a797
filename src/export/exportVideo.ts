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
  const blob = await recordVideo({ ...request, canvas: painter.canvas, paint: painter.paint, env });
  return { blob, fileName: clipFileName(subject.run.id, range, 'webm') };
}
