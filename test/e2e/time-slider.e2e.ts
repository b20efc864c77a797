import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp as openPage } from './page';

afterAll(closeBrowser);

/** fetch_square without Predict mode, its player ready. */
async function openApp(options?: Parameters<typeof openPage>[1]) {
  const opened = await openPage('?scenario=fetch-square&predict=0', options);
  await opened.page.getByRole('button', { name: /^(Play|Pause)$/ }).waitFor();
  return opened;
}

const slider = (page: Page) => page.getByRole('slider', { name: 'Time', exact: true });

/** The slider's value, max and words, as a screen reader and the bench read them. */
const read = (page: Page) =>
  slider(page).evaluate((el) => ({
    value: Number((el as HTMLInputElement).value),
    max: Number((el as HTMLInputElement).max),
    words: el.getAttribute('aria-valuetext') ?? '',
  }));

/** The step number in the slider's words ("5.02 s, step 7 of 31" → 7). */
const stepNumber = (words: string) => Number(/step (\d+) of/.exec(words)?.[1]);

describe('the Time slider in Chromium', () => {
  it('is linear in seconds: a click at its middle seeks to the middle of the run', async () => {
    const { page, watch } = await openApp();
    const box = (await slider(page).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const { value, max } = await read(page);
    // One pixel of the thumb's travel (the track less a 16 px thumb) is max / (width - 16).
    expect(Math.abs(value - max / 2)).toBeLessThanOrEqual((2 * max) / (box.width - 16));
    const seconds = await page.getByRole('status', { name: 'Playhead time' }).textContent();
    expect(Number.parseFloat(seconds!)).toBeCloseTo(value / 1e6, 2);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('→ and ← go to the next and previous event, Shift+→ moves 0.1 s: each key moves once', async () => {
    const { page, watch } = await openApp();
    await slider(page).focus();
    const start = await read(page);
    expect(start.value).toBe(0);
    await page.keyboard.press('Shift+ArrowRight');
    // Exactly 0.1 s: neither the native range's own step nor the page's map moved it too.
    expect((await read(page)).value).toBe(100_000);
    await page.keyboard.press('Shift+ArrowLeft');
    expect((await read(page)).value).toBe(0);
    await page.keyboard.press('ArrowRight');
    const next = await read(page);
    expect(stepNumber(next.words)).toBe(stepNumber(start.words) + 1);
    await page.keyboard.press('PageDown');
    expect(stepNumber((await read(page)).words)).toBe(stepNumber(start.words) + 2);
    await page.keyboard.press('ArrowLeft');
    expect(await read(page)).toEqual(next);
    await page.keyboard.press('End');
    const end = await read(page);
    expect(end.value).toBe(end.max);
    await page.keyboard.press('Home');
    expect((await read(page)).value).toBe(0);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('on a phone (390 px) spans the width on its own row; icon-only buttons keep a tooltip', async () => {
    const { page, watch } = await openApp({ width: 390, height: 844 });
    const box = (await slider(page).boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(0.9 * 390);
    const group = page.getByRole('group', { name: 'Playback' });
    const others = [
      ...(await group.getByRole('button').all()),
      page.getByRole('combobox', { name: 'Speed' }),
      page.getByRole('switch', { name: 'Auto-pause at events' }),
      page.getByRole('status', { name: 'Playhead time' }),
    ];
    for (const other of others) {
      const b = (await other.boundingBox())!;
      const overlapsRow = b.y < box.y + box.height && box.y < b.y + b.height;
      expect(overlapsRow, `${await other.textContent()} shares the slider's row`).toBe(false);
    }
    // A button's words are hidden on a phone by clipping them to a 1 px box (layout.css):
    // then its tooltip is what a sighted user has, with the icon.
    const wordsHidden = (el: Element) =>
      [...el.querySelectorAll('.btn-text')].some((t) => t.getBoundingClientRect().width <= 1);
    let iconOnly = 0;
    for (const button of await group.getByRole('button').all()) {
      if (!(await button.evaluate(wordsHidden))) continue;
      iconOnly++;
      const name = (await button.textContent())!.trim();
      expect(await button.getAttribute('title')).toMatch(new RegExp(`^${name} \\(`));
    }
    // Reset, Step back, Step forward and Jump to end are icons alone here: the check ran.
    expect(iconOnly).toBe(4);
    await page.screenshot({ path: 'test-results/phone-transport-390x844.png' });
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
