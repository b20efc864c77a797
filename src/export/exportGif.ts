/**
 * **Export GIF**: the clip as a looping GIF, drawn frame by frame at a fixed virtual step and
 * encoded with gifenc (this module and gifenc load on demand, as a chunk of their own). Not in
 * real time: a GIF's frames carry their own delays, so it is made as fast as the page can draw.
 *
 * @example
 *   const { blob, fileName } = await exportGif({ subject, range, speed: 2, signal });
 *   // fileName: 'fetch-square-0.000-8.000s.gif'
 */
import { clipCanvas } from './clipCanvas';
import { clipFileName } from './clipFileName';
import { gifFrameTimes } from './clipPlan';
import type { ClipFile, ClipRequest } from './clipRequest';
import { clipSceneAt } from './clipScenes';
import { encodeGif } from './gifEncode';

/** A GIF's frames: readable on a slide, and a file of a sane size. */
export const GIF_WIDTH = 960;

export async function exportGif(request: ClipRequest): Promise<ClipFile> {
  const { subject, range, speed } = request;
  const painter = clipCanvas(clipSceneAt(subject, GIF_WIDTH), range, GIF_WIDTH, {
    readBack: true,
  });
  const bytes = await encodeGif({
    times: gifFrameTimes(range, speed),
    width: painter.width,
    height: painter.height,
    frameAt: (t) => {
      painter.paint(t);
      return painter.pixels();
    },
    signal: request.signal,
    onProgress: request.onProgress,
  });
  return {
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/gif' }),
    fileName: clipFileName(subject.run.id, range, 'gif'),
  };
}
