/**
 * Zoom as a learner and a teacher meet it in Chromium: a link's window opens zoomed and stays
 * in the link, the keys and Ctrl + wheel zoom, a phone opens zoomed to the step with its labels
 * whole, and fetch_square's three callbacks at 8.0 s, one blur on the whole run, stand apart
 * when a step lands on them.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './page';

afterAll(closeBrowser);

const readout = (page: Page) =>
  page.getByRole('group', { name: 'Zoom' }).locator('output').textContent();
const linkField = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The left edges, in pixels, of the callback bars drawn on the lanes now. */
const callbackLefts = (page: Page) =>
  page
    .locator('.tl-callback')
    .evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().left));

describe('zoom', () => {
  it('opens a link’s window, and keeps it in the link while the reader zooms', async () => {
    const { page, watch } = await openApp(
      '?scenario=fetch-square&predict=0&t=8.02&from=7.9&to=8.1',
    );
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    expect(await readout(page)).toBe('showing 7.900–8.100 s of 8.0 s');
    expect([linkField(page, 'from'), linkField(page, 'to')]).toEqual(['7.9', '8.1']);
    await page.locator('body').press('-');
    expect(await readout(page)).toMatch(/^showing /);
    // A zoom key's link is written once the keys settle (KEY_STEP_SETTLE_MS), as a step key's.
    const width = () => Number(linkField(page, 'to')) - Number(linkField(page, 'from'));
    await expect.poll(() => Math.abs(width() - 0.4) < 0.0005).toBe(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    expect(Number(linkField(page, 'to')) - Number(linkField(page, 'from'))).toBeCloseTo(0.4, 3);
    await page.getByRole('button', { name: 'Fit' }).click();
    expect(await readout(page)).toBe('whole run, 8.0 s');
    expect(linkField(page, 'from')).toBeNull();
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('zooms around the pointer with Ctrl + wheel', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square&predict=0&t=8.02');
    const lanes = page.getByRole('region', { name: /^Timeline lanes/ });
    const box = (await lanes.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.9, box.y + 40);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await expect.poll(() => readout(page)).toMatch(/^showing /);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('pans when the zoomed lanes are dragged with the mouse', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square&predict=0&t=4&from=3&to=5');
    const lanes = page.getByRole('region', { name: /^Timeline lanes/ });
    await lanes.scrollIntoViewIfNeeded();
    const box = (await lanes.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.8, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => linkField(page, 'from')).not.toBe('3');
    expect(Number(linkField(page, 'from'))).toBeGreaterThan(3);
    expect(Number(linkField(page, 'to')) - Number(linkField(page, 'from'))).toBeCloseTo(2, 3);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('shows fetch_square’s three callbacks apart when a step lands on them', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square&predict=0&t=7.9');
    await page.getByRole('heading', { name: 'Timeline' }).evaluate((h) => h.scrollIntoView());
    const forward = page.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < 40 && (await page.locator('.tl-callback').count()) < 3; i++)
      await forward.click();
    const lefts = (await callbackLefts(page)).sort((a, b) => a - b);
    expect(lefts).toHaveLength(3);
    // Zoomed in by the steps that landed on them: each bar stands clear of the next.
    expect(lefts[1]! - lefts[0]!).toBeGreaterThan(20);
    expect(lefts[2]! - lefts[1]!).toBeGreaterThan(20);
    expect(await readout(page)).toMatch(/^showing /);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('opens zoomed to the step on a phone, with the time slider as wide as the screen', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square&predict=0&t=8.02', {
      width: 390,
      height: 844,
    });
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await expect.poll(() => readout(page)).toMatch(/^showing /);
    const slider = (await page.getByRole('slider', { name: 'Time' }).boundingBox())!;
    expect(slider.width).toBeGreaterThan(390 * 0.6);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
