/**
 * Bench section "clip export" (issue 16), on the built site in headless Chromium:
 * - a 10-second fetch_square clip at 2× (the Lab's fetch_square with 10 s timers, its whole
 *   run) exported as WebM, from the click on **Export video** to the saved file;
 * - the same clip as a GIF (no budget: it is made frame by frame, not in real time);
 * - the gzipped size of the GIF export's chunk (gifenc and its encoder), loaded on demand only.
 * A figure that cannot be measured is n/a with the reason, never invented.
 *
 * @example
 *   const ok = await exportClipBench.run();
 */
import type { Page } from 'playwright-core';
import type { Rolldown } from 'vite';
import { launchChromium } from '../test/e2e/chromium.mjs';
import { CLIP_WALL_BUDGET_MS, GIF_CHUNK_BUDGET_KB } from './budgets';
import { firstLoadChunks, gzipBytes } from './bundle';
import { serveIsolated } from './isolated-server';
import { newBenchPage } from './page';
import { printFigures, type Figure } from './report';
import type { BenchSection } from './run';
import { sharedBuilds, type Built } from './site';
import { round1 } from './stats';

/** fetch_square(2), (3), (4) with 10 s timers: a run of 10.0 s. */
const TEN_SECONDS = '?scenario=lab&numbers=2,3,4&delays=10&predict=0';

const VIDEO = '10 s fetch_square clip at 2× → WebM saved (wall)';
const GIF = '10 s fetch_square clip at 2× → GIF saved (wall)';
const CHUNK = 'GIF export chunk, gifenc included (gzip)';

/** The GIF chunk: the one holding gifenc; never among the first screen's scripts. */
export function gifChunkFigure(output: Rolldown.RolldownOutput): Figure {
  const figure = { name: CHUNK, unit: 'kB', budget: GIF_CHUNK_BUDGET_KB };
  const chunks = output.output.filter(
    (c): c is Rolldown.OutputChunk =>
      c.type === 'chunk' && Object.keys(c.modules).some((id) => id.includes('/gifenc/')),
  );
  if (chunks.length === 0) return { ...figure, value: null, note: 'no chunk holds gifenc' };
  const first = new Set(firstLoadChunks(output).map((c) => c.fileName));
  const eager = chunks.filter((c) => first.has(c.fileName));
  if (eager.length > 0)
    return {
      ...figure,
      value: null,
      note: `gifenc loads with the first screen (${eager[0]!.fileName})`,
    };
  const bytes = chunks.reduce((sum, c) => sum + gzipBytes(c.code), 0);
  return {
    ...figure,
    value: Math.round(bytes / 10.24) / 100,
    note: chunks.map((c) => c.fileName).join(', '),
  };
}

/** Clicks `button` with the whole run at 2× chosen; ms until the page saved the file. */
async function timeExport(page: Page, button: string): Promise<{ ms: number; name: string }> {
  const started = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { ms: performance.now() - started, name: download.suggestedFilename() };
}

export async function exportClipFigures(site: Built): Promise<Figure[]> {
  const figures = [gifChunkFigure(site.output)];
  const server = await serveIsolated(site.outDir, '/demo/sub/');
  const browser = await launchChromium();
  try {
    const page = await newBenchPage(browser);
    await page.goto(server.url + TEN_SECONDS, { waitUntil: 'load' });
    // The header comes with the app's views, which load after the page's `load` event.
    const menu = page.getByText('Share & export', { exact: true });
    await menu.waitFor({ timeout: 30_000 }).catch(() => undefined);
    if ((await menu.count()) === 0) {
      const why = 'the page has no Share & export menu';
      return [
        ...figures,
        { name: VIDEO, value: null, unit: 'ms', budget: CLIP_WALL_BUDGET_MS, note: why },
      ];
    }
    await menu.click();
    await page.getByRole('radio', { name: 'Whole run' }).check();
    await page.getByRole('combobox', { name: 'Clip speed' }).selectOption('2×');
    const video = await timeExport(page, 'Export video');
    figures.push({
      name: VIDEO,
      value: Math.round(video.ms),
      unit: 'ms',
      budget: CLIP_WALL_BUDGET_MS,
      note: `${video.name}; 5000 ms of it is the real-time recording`,
    });
    const gif = await timeExport(page, 'Export GIF');
    figures.push({ name: GIF, value: round1(gif.ms), unit: 'ms', note: gif.name });
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The bench section (listed in bench/run.ts). */
export const exportClipBench: BenchSection = {
  name: 'clip export: WebM and GIF of a 10-second run, in headless Chromium',
  async run(): Promise<boolean> {
    const { site } = await sharedBuilds();
    return printFigures(await exportClipFigures(site));
  },
};
