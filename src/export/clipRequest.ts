/**
 * What the page asks of a clip export, and what it gets back: the same for video and GIF, so
 * the button that starts one is the same code for both.
 *
 * @example
 *   const file = await exportVideo({ subject, range, speed: 2, signal, onProgress });
 *   saveBlob(file.fileName, file.blob);
 */
import type { ClipRange, ClipSpeed } from './clipPlan';
import type { ClipSubject } from './clipScenes';

export interface ClipRequest {
  /** The run, zoom window and theme, as they were when the learner pressed the button. */
  subject: ClipSubject;
  range: ClipRange;
  speed: ClipSpeed;
  /** Aborting it stops the recording at once; the export then rejects with an AbortError. */
  signal: AbortSignal;
  /** The share done, 0–1. */
  onProgress?(fraction: number): void;
}

export interface ClipFile {
  blob: Blob;
  fileName: string;
  /** Something the learner should know about the file, said after "Saved …". */
  note?: string;
}
