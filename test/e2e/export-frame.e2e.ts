import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, getBrowser, openApp } from './page';

afterAll(closeBrowser);

/** Presses one of the menu's export buttons and takes the file the page saves. */
async function exportFrom(page: Page, button: 'Export SVG' | 'Export PNG') {
  const menu = page.getByText('Share & export', { exact: true });
  if (!(await page.getByRole('button', { name: button }).isVisible())) await menu.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path: path! };
}

/** What the app shows now: each lane's name and each console line's text. */
async function shownOnPage(page: Page) {
  const lanes = page.getByRole('list', { name: 'Lanes' }).getByRole('listitem');
  const names = await lanes.locator('.tl-name-text').allTextContents();
  const console = page.getByRole('log', { name: 'Console' }).getByRole('listitem');
  const lines = await console.locator('.console-text').allTextContents();
  return { names, lines };
}

describe('Export a frame', () => {
  it('saves an SVG that holds every lane name and console line the page shows', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square&t=8.03&predict=0');
    await page.getByRole('log', { name: 'Console' }).getByText('Result is: 16').waitFor();
    const { names, lines } = await shownOnPage(page);
    expect(names).toEqual([
      'MainThread',
      'Thread-1',
      'Thread-2',
      'Thread-3',
      'fut1',
      'fut2',
      'fut3',
    ]);
    expect(lines).toEqual(['Result is: 4', 'Result is: 9', 'Result is: 16']);

    const svg = await exportFrom(page, 'Export SVG');
    expect(svg.name).toBe('fetch-square-8.030s.svg');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent())
      .toBe('Saved fetch-square-8.030s.svg');

    // Open the file itself in a browser tab, as a reader would.
    const dir = await mkdtemp(join(tmpdir(), 'fv-export-'));
    const file = join(dir, svg.name);
    await copyFile(svg.path, file);
    const viewer = await (await getBrowser()).newPage();
    await viewer.goto(`file://${file}`);
    const texts = await viewer.locator('text').allTextContents();
    for (const name of names) expect(texts).toContain(name);
    for (const line of lines) expect(texts).toContain(line);
    expect(await viewer.locator('title').first().textContent()).toContain('t = 8.030 s');
    await viewer.close();

    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('saves a PNG twice the frame’s width, for slides', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square&t=8&predict=0');
    await page.getByRole('list', { name: 'Lanes' }).waitFor();
    const svg = await exportFrom(page, 'Export SVG');
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(await readFile(svg.path, 'utf8'))?.[1]);
    expect(width).toBeGreaterThan(0);

    const png = await exportFrom(page, 'Export PNG');
    expect(png.name).toBe('fetch-square-8.000s.png');
    const bytes = await readFile(png.path);
    // The PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers.
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
    expect(bytes.readUInt32BE(16)).toBe(2 * width);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent())
      .toBe('Saved fetch-square-8.000s.png');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
