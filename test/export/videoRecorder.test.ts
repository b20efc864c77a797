/**
 * The real-time recording loop, with a fake MediaRecorder and a fake clock: which instants it
 * draws, what it reports, and that Cancel and failures save nothing. (That Chromium's real
 * recorder makes a WebM that plays is the e2e test's job: export-clip.e2e.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { VirtualUs } from '../../src/core/trace';
import { ClipError } from '../../src/export/clipErrors';
import {
  recordVideo,
  VIDEO_HOLD_MS,
  VIDEO_STOP_GRACE_MS,
  type VideoEnv,
} from '../../src/export/videoRecorder';

const range = { from: 1_000_000 as VirtualUs, to: 2_000_000 as VirtualUs };

class FakeRecorder {
  static supported = ['video/webm;codecs=vp8'];
  static last: FakeRecorder | null = null;
  static isTypeSupported = (t: string) => FakeRecorder.supported.includes(t);
  state: 'inactive' | 'recording' = 'inactive';
  ondataavailable: ((e: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  onerror: ((e: { error: { message: string } }) => void) | null = null;
  constructor(
    public stream: unknown,
    public options: { mimeType: string },
  ) {
    FakeRecorder.last = this;
  }
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    this.ondataavailable?.({ data: new Blob(['webm bytes']) });
    queueMicrotask(() => this.onstop?.());
  }
}

function setup(onWait?: (clock: number) => void) {
  let clock = 0;
  const env: VideoEnv = {
    MediaRecorder: FakeRecorder as unknown as typeof MediaRecorder,
    now: () => clock,
    wait: async (ms) => {
      clock += ms;
      onWait?.(clock);
    },
  };
  const frames: number[] = [];
  let requested = 0;
  const track = { requestFrame: () => requested++, stop: () => undefined };
  const canvas = {
    captureStream: () =>
      ({ getVideoTracks: () => [track], getTracks: () => [track] }) as unknown as MediaStream,
  };
  return {
    env,
    canvas,
    frames,
    paint: (t: VirtualUs) => frames.push(t),
    requested: () => requested,
  };
}

describe('recordVideo', () => {
  it('draws the range at the wall clock’s pace, ends on the last instant and returns the file', async () => {
    const s = setup();
    const progress: number[] = [];
    const blob = await recordVideo({
      ...s,
      range,
      speed: 4,
      signal: new AbortController().signal,
      onProgress: (f) => progress.push(f),
    });
    expect(await blob.text()).toBe('webm bytes');
    expect(FakeRecorder.last?.options.mimeType).toBe('video/webm;codecs=vp8');
    // 1 virtual second at 4× is 250 ms of wall time, then the end state is held.
    expect(s.frames[0]).toBe(1_000_000);
    expect(s.frames.every((t, i) => i === 0 || t >= s.frames[i - 1]!)).toBe(true);
    expect(s.frames.at(-1)).toBe(2_000_000);
    const moving = s.frames.filter((t) => t < 2_000_000).length;
    expect(moving).toBeGreaterThanOrEqual(7); // ≈ 30 fps × 0.25 s
    expect(s.frames.length).toBeGreaterThan(moving + (VIDEO_HOLD_MS / 1000) * 30 - 2);
    expect(s.requested()).toBe(s.frames.length);
    expect(progress.at(-1)).toBe(1);
  });

  it('stops at once when cancelled, with an AbortError and no file', async () => {
    const abort = new AbortController();
    const s = setup((clock) => {
      if (clock > 100) abort.abort();
    });
    const result = recordVideo({ ...s, range, speed: 1, signal: abort.signal });
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeRecorder.last?.state).toBe('inactive');
    expect(Math.max(...s.frames)).toBeLessThan(1_200_000);
  });

  it('says so when the encoder fails', async () => {
    const s = setup((clock) => {
      if (clock > 50) FakeRecorder.last?.onerror?.({ error: { message: 'out of memory' } });
    });
    const result = recordVideo({ ...s, range, speed: 1, signal: new AbortController().signal });
    await expect(result).rejects.toThrow('The video encoder failed: out of memory.');
  });

  it('says so, and saves nothing, when the encoder gave no frames (a short clip, a slow encoder)', async () => {
    const s = setup();
    const stop = FakeRecorder.prototype.stop;
    FakeRecorder.prototype.stop = function (this: FakeRecorder) {
      this.state = 'inactive';
      this.ondataavailable?.({ data: new Blob([]) });
      queueMicrotask(() => this.onstop?.());
    };
    try {
      const result = recordVideo({ ...s, range, speed: 4, signal: new AbortController().signal });
      await expect(result).rejects.toThrow(
        new ClipError(
          "The browser's video encoder gave no frames for this clip. Try again, choose a slower speed, or export a GIF.",
        ),
      );
    } finally {
      FakeRecorder.prototype.stop = stop;
    }
  });

  it('says so, and saves nothing, when the recorder never hands over the file', async () => {
    const waits: number[] = [];
    const s = setup();
    const wait = s.env.wait;
    s.env.wait = (ms) => (waits.push(ms), wait(ms));
    const stop = FakeRecorder.prototype.stop;
    FakeRecorder.prototype.stop = function (this: FakeRecorder) {
      this.state = 'inactive'; // and never calls onstop
    };
    try {
      const result = recordVideo({ ...s, range, speed: 4, signal: new AbortController().signal });
      await expect(result).rejects.toThrow(
        new ClipError(
          "The browser's video encoder did not finish the file. Try again, or export a GIF.",
        ),
      );
      expect(waits.at(-1)).toBe(VIDEO_STOP_GRACE_MS);
    } finally {
      FakeRecorder.prototype.stop = stop;
    }
  });

  it('says what is missing when the browser cannot record WebM', async () => {
    const s = setup();
    const job = { ...s, range, speed: 1 as const, signal: new AbortController().signal };
    await expect(
      recordVideo({ ...job, env: { ...s.env, MediaRecorder: undefined } }),
    ).rejects.toThrow(
      new ClipError('This browser cannot record video (it has no MediaRecorder). Try GIF.'),
    );
    FakeRecorder.supported = ['video/mp4'];
    try {
      await expect(recordVideo(job)).rejects.toThrow(
        'This browser cannot record WebM video (neither VP8 nor VP9). Try GIF.',
      );
    } finally {
      FakeRecorder.supported = ['video/webm;codecs=vp8'];
    }
    expect(s.frames).toEqual([]);
  });
});
