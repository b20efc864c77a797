/**
 * Bench section "browser": the site in headless Chromium.
 * - a Lab of 50 calls with varied intervals playing at 8×: p95 frame interval and long tasks;
 * - the slowest response to moving the **Time** slider with the keyboard;
 * - time from navigation until **Play** can be pressed, beside the bare React page's.
 * When the page has no such control yet, the figure is n/a with the reason, never invented.
 *
 * @example
 *   const ok = await browserBench.run();
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/chromium.mjs';
import { idleFrameIntervals, watchForPlayButton } from './probes';
import { mainThreadCost, openLab, playLab, sliderKeyLatency } from './lab-playback';
import { serveIsolated } from './isolated-server';
import { startProfile } from './profile';
import { printFigures, type Figure } from './report';
import type { BenchSection } from './run';
import { sharedBuilds, type Built } from './site';

export const FRAME_BUDGET_MS = 16.7;
export const LONG_TASK_BUDGET = 0;
export const SLIDER_KEY_BUDGET_MS = 50;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const median = (values: number[]) => percentile(values, 50);
const round1 = (ms: number) => Math.round(ms * 10) / 10;
const round2 = (ms: number) => Math.round(ms * 100) / 100;

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  // tsx compiles the probes with esbuild's keepNames, which calls a `__name` helper.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context.newPage();
}

/** Median over `runs` fresh visits of the ms from navigation to an enabled "Play" button. */
async function timeToPlay(browser: Browser, url: string, runs: number): Promise<number | null> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await newPage(browser);
    await page.context().addInitScript(watchForPlayButton);
    await page.goto(url, { waitUntil: 'load' });
    const readyAt = await page
      .waitForFunction(() => window.__playReadyAt, undefined, { timeout: 10_000 })
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    // The in-page watcher reads labels; confirm it by role and accessible name too.
    const confirmed = await page.getByRole('button', { name: 'Play', exact: true }).count();
    await page.context().close();
    if (readyAt === null || readyAt === undefined || confirmed === 0) return null;
    times.push(readyAt);
  }
  return median(times);
}

export async function browserFigures(site: Built, bare: Built): Promise<Figure[]> {
  const siteServer = await serveIsolated(site.outDir, '/demo/sub/');
  const bareServer = await serveIsolated(bare.outDir, '/bare/');
  const browser = await launchChromium();
  try {
    // Others' work on the same machine slows every frame: say how busy it was.
    const figures: Figure[] = [
      {
        name: `machine load, 1-minute average (${availableParallelism()} cores)`,
        value: Math.round(loadavg()[0]! * 100) / 100,
        unit: '',
      },
    ];
    const bareReady = await timeToPlay(browser, bareServer.url, 5);
    const appReady = await timeToPlay(browser, siteServer.url, 5);
    figures.push(
      {
        name: 'navigation → Play can be pressed (median of 5)',
        value: appReady === null ? null : round1(appReady),
        unit: 'ms',
        ...(appReady === null && { note: 'the page has no enabled "Play" button yet' }),
      },
      {
        name: '  the same for the bare React page',
        value: bareReady === null ? null : round1(bareReady),
        unit: 'ms',
      },
    );
    const idlePage = await newPage(browser);
    await idlePage.goto(bareServer.url);
    const idle = await idlePage.evaluate(idleFrameIntervals, 1000);
    const isolated = await idlePage.evaluate(() => crossOriginIsolated);
    await idlePage.context().close();
    figures.push({
      name: 'p95 frame interval, idle bare page (what Chromium paces)',
      value: round2(percentile(idle, 95)),
      unit: 'ms',
      note: isolated ? 'precise clock (cross-origin isolated)' : 'clock coarsened to 0.1 ms',
    });

    const labPage = await newPage(browser);
    const lab = await openLab(labPage, siteServer.url);
    if (lab.missing) {
      const note = lab.missing;
      figures.push(
        {
          name: 'Lab 50 calls at 8×: p95 frame interval',
          value: null,
          unit: 'ms',
          budget: FRAME_BUDGET_MS,
          note,
        },
        {
          name: 'Lab 50 calls at 8×: long tasks > 50 ms',
          value: null,
          unit: '',
          budget: LONG_TASK_BUDGET,
          note,
        },
        {
          name: 'slowest Time-slider keyboard response',
          value: null,
          unit: 'ms',
          budget: SLIDER_KEY_BUDGET_MS,
          note,
        },
      );
    } else {
      if (process.env.BENCH_PROFILE) {
        const stop = await startProfile(labPage);
        await playLab(labPage, 1);
        console.log(`\n  CPU profile of one Lab playback (self time):\n${await stop()}`);
      }
      let records: Awaited<ReturnType<typeof playLab>> = [];
      const cost = await mainThreadCost(labPage, async () => {
        records = await playLab(labPage, 240);
      });
      const intervals = records.flatMap((r) => r.frameIntervals);
      const longTasks = records.flatMap((r) => r.longTasks);
      const ended = records.every((r) => r.reachedEnd);
      figures.push(
        {
          name: 'Lab 50 calls at 8×: p95 frame interval',
          value: round2(percentile(intervals, 95)),
          unit: 'ms',
          budget: FRAME_BUDGET_MS,
          note: `${intervals.length} frames over ${records.length} playback(s)${ended ? '' : ', not all reached the end in 20 s'}`,
        },
        {
          name: 'Lab 50 calls at 8×: long tasks > 50 ms',
          value: longTasks.length,
          unit: '',
          budget: LONG_TASK_BUDGET,
          ...(longTasks.length > 0 && { note: `longest ${round1(Math.max(...longTasks))} ms` }),
        },
        {
          name: 'Lab 50 calls at 8×: main-thread CPU per frame',
          value: round2(cost.total / Math.max(1, intervals.length)),
          unit: 'ms',
          note: `script ${round1(cost.script)} ms, style ${round1(cost.style)} ms, layout ${round1(cost.layout)} ms in all`,
        },
        {
          name: 'slowest Time-slider keyboard response (45 keys)',
          value: round1(await sliderKeyLatency(labPage)),
          unit: 'ms',
          budget: SLIDER_KEY_BUDGET_MS,
        },
      );
    }
    await labPage.context().close();
    return figures;
  } finally {
    await browser.close();
    await siteServer.close();
    await bareServer.close();
  }
}

/** The bench section (listed in bench/run.ts). */
export const browserBench: BenchSection = {
  name: 'browser: the site in headless Chromium',
  async run(): Promise<boolean> {
    const { site, bare } = await sharedBuilds();
    return printFigures(await browserFigures(site, bare));
  },
};
