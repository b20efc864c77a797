/**
 * Export video and Export GIF in Chromium, as a teacher uses them: a 1-second zoom window of
 * fetch_square at 4× saved as WebM that a <video> element loads, seeks and plays; the same as a
 * GIF read back frame by frame; and Cancel mid-way, which saves nothing.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGif } from '../export/gifParse';
import { closeBrowser, openApp } from './page';

afterAll(closeBrowser);

const LINK = '?scenario=fetch-square&predict=0&t=3&from=3&to=4';

/** Opens Share & export and picks the clip speed. */
async function openClipControls(page: Page, speed: '1×' | '2×' | '4×') {
  await page.getByText('Share & export', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Clip speed' }).selectOption(speed);
}

/** Clicks `button` and returns the file the page saves, with its bytes. */
async function exportFile(page: Page, button: 'Export video' | 'Export GIF') {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const bytes = await readFile((await (download as Download).path())!);
  return { name: download.suggestedFilename(), bytes };
}

/** Loads a WebM in a <video> of a blank page: what it reports once loaded, seeked and played. */
async function playWebm(page: Page, bytes: Buffer) {
  const blank = await page.context().newPage();
  const result = await blank.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const video = document.createElement('video');
    video.muted = true;
    video.src = URL.createObjectURL(new Blob([data], { type: 'video/webm' }));
    document.body.append(video);
    const once = (name: string) =>
      new Promise<void>((resolve, reject) => {
        video.addEventListener(name, () => resolve(), { once: true });
        video.addEventListener('error', () => reject(new Error(video.error?.message)), {
          once: true,
        });
      });
    await once('loadeddata');
    const size = [video.videoWidth, video.videoHeight];
    const duration = video.duration;
    video.currentTime = 0.2;
    await once('seeked');
    const seekedTo = video.currentTime;
    video.currentTime = 0;
    await once('seeked');
    // A 0.75 s video may reach its end before play() settles, which rejects it ("interrupted
    // by end of playback"): that is a video that played.
    await video.play().catch((e: unknown) => {
      if (!video.ended) throw e;
    });
    await new Promise<void>((resolve) => {
      const check = () => (video.currentTime > 0.1 || video.ended ? resolve() : undefined);
      video.addEventListener('timeupdate', check);
      video.addEventListener('ended', check);
    });
    return { size, duration, seekedTo, played: video.currentTime > 0 || video.ended };
  }, bytes.toString('base64'));
  await blank.close();
  return result;
}

describe('export a clip', () => {
  it('saves the zoom window at 4× as a WebM that plays, and as a GIF of several frames', async () => {
    const { page, watch } = await openApp(LINK);
    await openClipControls(page, '4×');
    expect(await page.getByRole('radio', { name: 'Zoom window' }).isChecked()).toBe(true);

    const video = await exportFile(page, 'Export video');
    expect(video.name).toBe('fetch-square-3.000-4.000s.webm');
    // EBML's magic number: a Matroska / WebM file.
    expect([...video.bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent())
      .toMatch(/^Saved fetch-square-3\.000-4\.000s\.webm \(\d+ (bytes|kB|MB)\)\.$/);
    const played = await playWebm(page, video.bytes);
    expect(played.size[0]).toBeGreaterThan(0);
    expect(played.size[1]).toBeGreaterThan(0);
    // The file says how long it is: 1 virtual second at 4× is 0.25 s, then 0.5 s on the end.
    expect(played.duration).toBeGreaterThan(0.6);
    expect(played.duration).toBeLessThan(1.2);
    expect(played.seekedTo).toBeCloseTo(0.2, 1);
    expect(played.played).toBe(true);

    const gif = await exportFile(page, 'Export GIF');
    expect(gif.name).toBe('fetch-square-3.000-4.000s.gif');
    const parsed = parseGif(new Uint8Array(gif.bytes));
    expect(parsed.signature).toBe('GIF89a');
    // 1 virtual second at 4× is 250 ms: frames every 80 ms, then the end.
    expect(parsed.frames.length).toBeGreaterThan(1);
    expect(parsed.width).toBeGreaterThan(0);
    expect(parsed.width).toBeLessThanOrEqual(960);
    expect(parsed.height).toBeGreaterThan(0);
    // The first frame is the whole picture; later ones cover what changed (the parser checks
    // that each lies inside the picture), and something does change: the playhead moves.
    const [first, ...later] = parsed.frames;
    expect([first!.left, first!.top, first!.width, first!.height]).toEqual([
      0,
      0,
      parsed.width,
      parsed.height,
    ]);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((f) => f.width > 0 && f.height > 0)).toBe(true);

    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('Cancel stops a recording mid-way and saves nothing', async () => {
    const { page, watch } = await openApp(LINK);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await openClipControls(page, '1×');
    await page.getByRole('radio', { name: 'Whole run' }).check();
    await page.getByRole('button', { name: 'Export video' }).click();
    const bar = page.getByRole('progressbar', { name: 'Video export progress' });
    await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'Cancelled' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Cancelled' }).textContent()).toBe(
      'Cancelled: nothing was saved.',
    );
    expect(await bar.count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Export video' }).isEnabled()).toBe(true);
    expect(downloads).toEqual([]);
    // The learner's playhead did not move while the clip was recorded.
    expect(new URL(page.url()).searchParams.get('t')).toBe('3');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
