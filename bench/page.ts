/**
 * A fresh page for one measurement: its own browser context, a laptop-sized viewport.
 *
 * @example
 *   const page = await newBenchPage(browser);  …  await page.context().close();
 */
import type { Browser, Page } from 'playwright-core';

export async function newBenchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  // tsx compiles the probes with esbuild's keepNames, which calls a `__name` helper.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context.newPage();
}
