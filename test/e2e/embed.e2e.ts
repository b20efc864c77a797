// Issue 16 §1: a page on one origin embeds two players served from another and drives them
// through the postMessage API; each player's own controls show what the commands did, the
// page's log shows their fv:state messages, and a bad message changes nothing and logs no
// error. The second origin is a second server on another port, over the same build.
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { closeBrowser, getBrowser } from './page';
import { serveStatic } from './serve.mjs';

let other: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  other = await serveStatic('dist', '/demo/sub/');
});
afterAll(async () => {
  await other.close();
  await closeBrowser();
});

const slider = (f: FrameLocator) => f.getByRole('slider', { name: 'Time', exact: true });
const button = (f: FrameLocator, name: string) => f.getByRole('button', { name, exact: true });
const log = (page: Page): Locator => page.getByRole('list', { name: 'fv:state messages' });

/** Waits until the log's last line from `player` reads `text`. */
async function logged(page: Page, player: 'first' | 'second', text: string) {
  await log(page)
    .locator(`li[data-player="${player}"]`)
    .last()
    .filter({ hasText: text })
    .waitFor({ timeout: 15_000 });
}

async function sliderValue(f: FrameLocator): Promise<number> {
  return Number(await slider(f).inputValue());
}

describe('two embedded players on another origin, driven by the postMessage API', () => {
  it('play, pause, seek, step and load reach each player; a bad message changes nothing', async () => {
    const demoOrigin = new URL(inject('baseURL')).origin;
    const playerOrigin = new URL(other.url).origin;
    expect(playerOrigin).not.toBe(demoOrigin);

    const context = await (
      await getBrowser()
    ).newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    await page.goto(`${inject('baseURL')}embed-demo.html?player=${encodeURIComponent(other.url)}`);

    const first = page.frameLocator('#first');
    const second = page.frameLocator('#second');
    // Framed from another origin, each player loads: nothing blocks framing.
    await button(first, 'Play').waitFor({ timeout: 30_000 });
    await button(second, 'Play').waitFor({ timeout: 30_000 });
    const frameUrl = await page.locator('#first').getAttribute('src');
    expect(new URL(frameUrl!).origin).toBe(playerOrigin);
    expect(await first.getByRole('banner').count()).toBe(0);
    await logged(page, 'first', 't=0.000 s, paused, fetch-square');
    await logged(page, 'second', 't=0.000 s, paused, lab');

    // Step: each player is one step on.
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => slider(first).getAttribute('aria-valuetext')).toMatch(/step 2 of/);
    await expect.poll(() => slider(second).getAttribute('aria-valuetext')).toMatch(/step 2 of/);

    // Seek to 5 s: fetch_square goes there; the 3-second Lab stops at its end.
    await page.getByRole('button', { name: 'Seek to 5 s' }).click();
    await expect.poll(() => sliderValue(first)).toBe(5_000_000);
    const labEnd = Number(await slider(second).getAttribute('max'));
    expect(labEnd).toBeLessThan(5_000_000);
    await expect.poll(() => sliderValue(second)).toBe(labEnd);
    await logged(page, 'first', 't=5.000 s, paused, fetch-square');
    await logged(page, 'second', 't=3.000 s, paused, lab');

    // Play both, then pause both.
    await page.getByRole('button', { name: 'Play both' }).click();
    await button(first, 'Pause').waitFor();
    await logged(page, 'first', 'playing, fetch-square');
    await page.getByRole('button', { name: 'Pause both' }).click();
    await button(first, 'Play').waitFor();
    await logged(page, 'first', 'paused, fetch-square');
    expect(await sliderValue(first)).toBeGreaterThan(5_000_000);

    // Load another scenario, from link fields.
    await page.getByRole('button', { name: 'Load another scenario' }).click();
    await first.getByRole('main', { name: 'Futures Visualizer: Done-callbacks' }).waitFor();
    await second.getByRole('main', { name: 'Futures Visualizer: Done-callbacks' }).waitFor();
    await logged(page, 'first', 'paused, done-callbacks');
    await logged(page, 'second', 'paused, done-callbacks');

    // Bad messages, then one good seek: only the seek shows, in the player and in the log.
    const before = await log(page).locator('li').count();
    const at = await sliderValue(first);
    await page.evaluate((origin) => {
      const frames = [...document.querySelectorAll('iframe')].map((f) => f.contentWindow!);
      const bad: unknown[] = [
        null,
        'play',
        { type: 'fv:command', command: 'explode' },
        { type: 'fv:command', command: 'seek', t: NaN },
        { type: 'fv:command', command: 'seek', t: -1 },
        { type: 'fv:command', command: 'seek', t: '2' },
        { type: 'fv:command', command: 'load', link: 'https://evil.example/' },
        { type: 'fv:command', command: 'load', link: '?scenario=<img src=x onerror=alert(1)>' },
        { type: 'fv:command', command: 'load', link: '?' + 'a'.repeat(100_000) },
        // A prototype key as data (an own "__proto__"), not a prototype.
        JSON.parse('{"__proto__": {"type": "fv:command", "command": "play"}}'),
      ];
      for (const frame of frames) {
        for (const data of bad) frame.postMessage(data, origin);
        frame.postMessage({ type: 'fv:command', command: 'seek', t: 0.5 }, origin);
      }
    }, playerOrigin);
    await logged(page, 'first', 't=0.500 s, paused, done-callbacks');
    await logged(page, 'second', 't=0.500 s, paused, done-callbacks');
    expect(at).not.toBe(500_000);
    // Exactly one new line per player: the seek's.
    expect(await log(page).locator('li').count()).toBe(before + 2);
    await expect.poll(() => sliderValue(first)).toBe(500_000);
    await first.getByRole('main', { name: 'Futures Visualizer: Done-callbacks' }).waitFor();
    expect(await first.locator('img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
