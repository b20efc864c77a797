import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium.mjs';

/** What a page did that a user would call broken: console errors, uncaught exceptions, foreign requests. */
export interface PageWatch {
  errors: string[];
  foreignRequests: string[];
}

let browser: Browser | null = null;

export async function getBrowser(): Promise<Browser> {
  browser ??= await launchChromium();
  return browser!;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** Opens the built site (optionally with a query string) and records what went wrong. */
export async function openApp(
  query = '',
  options: {
    width?: number;
    height?: number;
    reducedMotion?: boolean;
    colorScheme?: 'light' | 'dark';
  } = {},
): Promise<{ page: Page; watch: PageWatch }> {
  const base = inject('baseURL');
  const origin = new URL(base).origin;
  const context = await (
    await getBrowser()
  ).newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 800 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const watch: PageWatch = { errors: [], foreignRequests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      watch.foreignRequests.push(url);
    }
  });
  await page.goto(base + query, { waitUntil: 'load' });
  return { page, watch };
}
