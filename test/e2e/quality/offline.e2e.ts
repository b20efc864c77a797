// Issue 7 §5: after one visit the site works with the network gone (service worker), and a
// new version waits for the person's "Reload" instead of swapping itself in.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getBrowser, closeBrowser } from '../page';
import { serveStatic } from '../serve.mjs';
import { consoleText, playToEnd } from './controls';
import { PYODIDE_CACHE } from '../../../build/pwa';

afterAll(closeBrowser);

/** A private copy of dist/ on its own server (its own origin, so its own service worker). */
async function privateSite() {
  const root = await mkdtemp(join(tmpdir(), 'fv-offline-'));
  await cp('dist', root, { recursive: true });
  const server = await serveStatic(root, '/demo/sub/');
  return { root, server, cleanup: async () => rm(root, { recursive: true, force: true }) };
}

async function openWatched(url: string) {
  const context = await (await getBrowser()).newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, errors };
}

/** Waits (on the worker's own events) until the page's service worker has activated. */
function activeWorker(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (!worker) return 'none';
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    }
    return worker.state;
  });
}

describe('offline', () => {
  it('after one visit, the site opens and plays with the network gone', async () => {
    const site = await privateSite();
    const { page, context, errors } = await openWatched(
      site.server.url + '?scenario=fetch-square&speed=8&predict=0',
    );
    expect(await activeWorker(page)).toBe('activated');
    await site.server.close(); // the host is gone…
    await context.setOffline(true); // …and so is the network
    await page.goto(site.server.url + '?scenario=fetch-square&speed=8&predict=0', {
      waitUntil: 'load',
    });
    await page.getByRole('main').first().waitFor();
    expect(await page.title()).toBe('Futures Visualizer');
    await playToEnd(page);
    expect(await consoleText(page)).toContain('Result is: 16');
    expect(errors).toEqual([]);
    await context.close();
    await site.cleanup();
  });

  it('installs once the page is still, never during a playback started at once', async () => {
    const site = await privateSite();
    const { page, context, errors } = await openWatched(
      site.server.url + '?scenario=fetch-square&speed=2&predict=0',
    );
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    // At every frame while it plays (the button then reads Pause): is a worker registered?
    const registeredWhilePlaying = await page.evaluate(async () => {
      const seen: boolean[] = [];
      const playing = () =>
        [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Pause');
      while (playing()) {
        seen.push((await navigator.serviceWorker.getRegistration()) !== undefined);
        await new Promise((frame) => requestAnimationFrame(frame));
      }
      return seen;
    });
    expect(registeredWhilePlaying.length).toBeGreaterThan(30);
    expect(registeredWhilePlaying.filter(Boolean)).toEqual([]);
    // The story has ended: the page is still, and the worker installs.
    expect(await activeWorker(page)).toBe('activated');
    expect(errors).toEqual([]);
    await context.close();
    await site.cleanup();
  });

  it('after one visit, Export SVG and Export GIF work with the network gone (issue 16)', async () => {
    const site = await privateSite();
    const link = '?scenario=fetch-square&t=8.03&predict=0&from=7.9&to=8.1';
    const { page, context, errors } = await openWatched(site.server.url + link);
    expect(await activeWorker(page)).toBe('activated');
    await site.server.close();
    await context.setOffline(true);
    await page.goto(site.server.url + link, { waitUntil: 'load' });
    await page.getByText('Share & export', { exact: true }).click();
    // Each export's code is a lazy chunk: it must come from the service worker's precache.
    const svg = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export SVG' }).click();
    expect((await svg).suggestedFilename()).toBe('fetch-square-8.030s.svg');
    const gif = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export GIF' }).click();
    expect((await gif).suggestedFilename()).toMatch(/^fetch-square-.*\.gif$/);
    expect(errors).toEqual([]);
    await context.close();
    await site.cleanup();
  });

  it('does not precache the Pyodide runtime (it is cached at run time after first use)', async () => {
    const sw = await readFile('dist/sw.js', 'utf8');
    expect(sw).not.toMatch(/url:"pyodide\//);
    expect(sw).toContain(`"${PYODIDE_CACHE}"`);
  });

  it('caches a Pyodide file on first use and serves it with the network gone', async () => {
    const site = await privateSite();
    const { page, context, errors } = await openWatched(site.server.url);
    expect(await activeWorker(page)).toBe('activated');
    await page.reload({ waitUntil: 'load' }); // controlled from here on
    const cached = () =>
      page.evaluate(async (name) => {
        const cache = await caches.open(name);
        return (await cache.keys()).map((request) =>
          new URL(request.url).pathname.split('/').pop(),
        );
      }, PYODIDE_CACHE);
    expect(await cached()).toEqual([]);
    const fetchLock = () =>
      page.evaluate(async () => (await fetch('./pyodide/pyodide-lock.json')).status);
    expect(await fetchLock()).toBe(200);
    // The worker answers first and stores the copy just after: wait for it.
    await page.waitForFunction(
      async (name) => (await (await caches.open(name)).keys()).length > 0,
      PYODIDE_CACHE,
    );
    expect(await cached()).toEqual(['pyodide-lock.json']);
    await site.server.close();
    await context.setOffline(true);
    expect(await fetchLock()).toBe(200);
    expect(errors).toEqual([]);
    await context.close();
    await site.cleanup();
  });

  it('the playground opened once runs Python with the network gone (issue 18)', async () => {
    const site = await privateSite();
    const { page, context, errors } = await openWatched(site.server.url);
    expect(await activeWorker(page)).toBe('activated');
    const openingRun = async () => {
      await page.goto(site.server.url + '?scenario=playground&predict=0', { waitUntil: 'load' });
      await page
        .getByRole('list', { name: 'Lanes' })
        .getByText('MainThread', { exact: true })
        .waitFor({ timeout: 60_000 });
    };
    // A visitor who last came under an older Pyodide: its runtime sits in a cache at the same
    // URLs. It must never be served (this one would break), and is deleted once Python starts.
    await page.evaluate(async (url) => {
      const old = await caches.open('pyodide-runtime');
      const broken = 'export function loadPyodide() { throw new Error("an old runtime"); }';
      const headers = { 'content-type': 'text/javascript' };
      await old.put(url, new Response(broken, { headers }));
    }, `${site.server.url}pyodide/pyodide.mjs`);
    await openingRun();
    await page.waitForFunction(async () => !(await caches.keys()).includes('pyodide-runtime'));
    // The runtime's files pass through the service worker; the memory snapshot is written
    // just after the first run: wait for it, as a learner's visit lasts longer than that.
    await page.waitForFunction(
      async () => (await (await caches.open('pyodide-snapshot')).keys()).length === 1,
      undefined,
      { timeout: 30_000 },
    );
    await site.server.close();
    await context.setOffline(true);
    await openingRun();
    expect(errors).toEqual([]);
    await context.close();
    await site.cleanup();
  });

  it('a new version waits, and the "update available" prompt reloads into it on request', async () => {
    const site = await privateSite();
    const { page, context, errors } = await openWatched(site.server.url);
    expect(await activeWorker(page)).toBe('activated');
    await page.reload({ waitUntil: 'load' }); // now the page is controlled by the worker
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Publish a new version: any byte change to sw.js is a new worker.
    const swPath = join(site.root, 'sw.js');
    await writeFile(swPath, (await readFile(swPath, 'utf8')) + '\n// version 2\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('complementary', { name: 'Update available' });
    await prompt.waitFor({ timeout: 15_000 });
    // Not swapped silently: the new worker is waiting while the prompt is shown.
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
      ),
    ).toBe(true);
    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Reload' }).click(),
    ]);
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
      ),
    ).toBeNull();
    await expect(
      page.getByRole('complementary', { name: 'Update available' }).count(),
    ).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
    await site.server.close();
    await site.cleanup();
  });
});
