/**
 * Records a canvas to WebM in real time with the browser's own MediaRecorder: MediaRecorder
 * stamps each frame with the wall clock as it arrives, so a clip at 2× of 10 virtual seconds
 * is drawn over 5 wall seconds. Each frame shows the instant the wall clock has reached
 * (`videoTimeAt`), so a slow frame makes the video skip, never run long or drift.
 *
 * Frames are pushed with `captureStream(0)` + `requestFrame()` on a timer of our own:
 * requestAnimationFrame may be throttled in a hidden or headless page, and a stream that
 * samples the canvas by itself may miss a frame. This is the one wall-clock loop outside the
 * player's clock, and it never touches the player: the frames come from virtual time.
 *
 * @example
 *   const blob = await recordVideo({ canvas, paint, range, speed: 2, signal, onProgress });
 */
import { ClipError, throwIfCancelled } from './clipErrors';
import { clipWallMs, videoTimeAt, type ClipRange, type ClipSpeed } from './clipPlan';
import { withWebmDuration } from './webmDuration';
import { pickWebmType } from './webmType';
import type { VirtualUs } from '../core/trace';

/** Frames a second: smooth enough for a moving playhead, light enough for a 2-core laptop. */
export const VIDEO_FPS = 30;
/** The end state stays on screen this long before the video stops. */
export const VIDEO_HOLD_MS = 500;
/**
 * How long the recorder may take to hand over the file once told to stop. Chromium takes a few
 * ms; a recorder that never reports must end the export with a message, not a bar stuck at 100 %.
 */
export const VIDEO_STOP_GRACE_MS = 10_000;

/** What the recorder needs from the browser, passed in so a test can give fakes. */
export interface VideoEnv {
  MediaRecorder: typeof MediaRecorder | undefined;
  now(): number;
  wait(ms: number): Promise<void>;
}

export const browserVideoEnv = (): VideoEnv => ({
  MediaRecorder: typeof MediaRecorder === 'function' ? MediaRecorder : undefined,
  now: () => performance.now(),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});

export interface VideoJob {
  /** Anything with `captureStream`: the canvas `paint` draws on. */
  canvas: Pick<HTMLCanvasElement, 'captureStream'>;
  /** Draws the frame at virtual time `t` on the canvas. */
  paint(t: VirtualUs): void;
  range: ClipRange;
  speed: ClipSpeed;
  signal: AbortSignal;
  onProgress?(fraction: number): void;
  env?: VideoEnv;
}

/** A track that can be told "a new frame is on the canvas" (Chromium, Firefox, Safari). */
type FrameTrack = MediaStreamTrack & { requestFrame?: () => void };

/** Starts the recorder; resolves with the whole file when it stops, rejects on its error. */
function startRecorder(Recorder: typeof MediaRecorder, stream: MediaStream, mimeType: string) {
  const recorder = new Recorder(stream, { mimeType, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  const done = new Promise<Blob>((resolve, reject) => {
    recorder.onstop = () => resolve(new Blob(chunks, { type: 'video/webm' }));
    recorder.onerror = (e) => {
      const why = (e as Event & { error?: DOMException }).error?.message;
      reject(new ClipError(`The video encoder failed${why ? `: ${why}` : ''}.`));
    };
  });
  // Chunks every second keep the recorder's memory small on a long clip.
  recorder.start(1000);
  return { recorder, done };
}

/**
 * The recorder and WebM type this browser offers, or a ClipError that says what is missing:
 * asked before anything is drawn, so a browser without video fails at once.
 *
 * @example const { Recorder, mimeType } = videoSupport(browserVideoEnv());
 */
export function videoSupport(env: VideoEnv): { Recorder: typeof MediaRecorder; mimeType: string } {
  const Recorder = env.MediaRecorder;
  if (!Recorder)
    throw new ClipError('This browser cannot record video (it has no MediaRecorder). Try GIF.');
  const mimeType = pickWebmType((t) => Recorder.isTypeSupported(t));
  if (!mimeType)
    throw new ClipError('This browser cannot record WebM video (neither VP8 nor VP9). Try GIF.');
  return { Recorder, mimeType };
}

/** Rejects once the recorder has had its grace to hand over the file (see VIDEO_STOP_GRACE_MS). */
async function stopTimedOut(env: VideoEnv): Promise<never> {
  await env.wait(VIDEO_STOP_GRACE_MS);
  throw new ClipError(
    "The browser's video encoder did not finish the file. Try again, or export a GIF.",
  );
}

export async function recordVideo(job: VideoJob): Promise<Blob> {
  const { range, speed, signal, paint } = job;
  const env = job.env ?? browserVideoEnv();
  const { Recorder, mimeType } = videoSupport(env);
  throwIfCancelled(signal);

  const stream = job.canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as FrameTrack | undefined;
  const show = (t: VirtualUs) => {
    paint(t);
    track?.requestFrame?.();
  };
  const { recorder, done } = startRecorder(Recorder, stream, mimeType);
  const recordingFrom = env.now();
  const stop = () => {
    if (recorder.state !== 'inactive') recorder.stop();
    for (const tr of stream.getTracks()) tr.stop();
  };
  try {
    const total = clipWallMs(range, speed) + VIDEO_HOLD_MS;
    const start = env.now();
    for (;;) {
      const elapsed = env.now() - start;
      show(videoTimeAt(range, speed, elapsed));
      job.onProgress?.(Math.min(elapsed / total, 1));
      if (elapsed >= total) break;
      await Promise.race([env.wait(1000 / VIDEO_FPS), done]);
      throwIfCancelled(signal);
    }
  } catch (e) {
    stop();
    // A cancel or a failure: what was recorded is dropped, never saved.
    done.catch(() => undefined);
    throw e;
  }
  stop();
  const recordedMs = env.now() - recordingFrom;
  const recorded = await Promise.race([done, stopTimedOut(env)]);
  throwIfCancelled(signal);
  // An encoder that started too slowly for a short clip hands back nothing: say so, never
  // save an empty file as if it were the video.
  if (recorded.size === 0)
    throw new ClipError(
      "The browser's video encoder gave no frames for this clip. Try again, choose a slower speed, or export a GIF.",
    );
  const blob = new Blob(
    [withWebmDuration(new Uint8Array(await recorded.arrayBuffer()), recordedMs)],
    {
      type: 'video/webm',
    },
  );
  job.onProgress?.(1);
  return blob;
}
