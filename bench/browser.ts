/**
 * Bench section "browser": the site in headless Chromium.
 * - time from navigation until **Play** can be pressed, beside the bare React page's;
 * - what frame pacing this browser allows on an idle page;
 * - the 50-call Lab at 8× and its Time slider (lab-figures.ts).
 * When the page has no such control yet, the figure is n/a with the reason, never invented.
 *
 * @example
 *   const ok = await browserBench.run();
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/e2e/chromium.mjs';
import { idleFrameIntervals, watchForPlayButton } from './probes';
import { labFigures } from './lab-figures';
import { newBenchPage } from './page';
import { serveIsolated } from './isolated-server';
import { printFigures, type Figure } from './report';
import type { BenchSection } from './run';
import { sharedBuilds, type Built } from './site';
import { median, percentile, round1, round2 } from './stats';

/** Median over `runs` fresh visits of the ms from navigation to an enabled "Play" button. */
async function timeToPlay(browser: Browser, url: string, runs: number): Promise<number | null> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await newBenchPage(browser);
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
    const idlePage = await newBenchPage(browser);
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

    const labPage = await newBenchPage(browser);
    figures.push(...(await labFigures(labPage, siteServer.url)));
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
