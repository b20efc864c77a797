/**
 * The first lesson in Chromium: opened from the empty state, played with Predict mode on, a
 * wrong answer's Why? opens Python's documentation sentence; and the code panel keeps the
 * narrated line in view, down to future_by_hand's last line.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp as openPage, type PageWatch } from './page';

afterAll(closeBrowser);

async function openApp(query: string, options?: Parameters<typeof openPage>[1]) {
  const opened = await openPage(query, options);
  await opened.page.getByRole('button', { name: /^(Play|Pause)$/ }).waitFor();
  return opened;
}

async function done(page: Page, watch: PageWatch) {
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  await page.context().close();
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Predict' });
const consoleLog = (page: Page) => page.getByRole('log', { name: 'Console' });
const narration = (page: Page) => page.getByRole('status', { name: 'Narration' });

describe('the first lesson in Chromium', () => {
  it('opens from the empty state, plays, and a wrong answer’s Why? quotes the docs', async () => {
    const { page, watch } = await openApp('?predict=1');
    await page.getByRole('link', { name: 'Start with the first lesson' }).click();
    await page.getByText('First lesson: two threads and a Timer.', { exact: false }).waitFor();
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('first-lesson');
    const started = Date.now();
    await page.getByRole('button', { name: 'Play' }).click();
    // MainThread prints first; the question comes before the Timer fires.
    await dialog(page).waitFor();
    expect(await consoleLog(page).textContent()).toContain('this line is run by MainThread');
    expect(await consoleLog(page).textContent()).not.toContain('greet is run by');
    await dialog(page)
      .getByRole('radio', { name: /greet is run by MainThread/ })
      .click();
    await dialog(page).getByRole('button', { name: 'Check' }).click();
    await dialog(page)
      .getByText('Misconception: “Callbacks run on the main thread”', { exact: false })
      .waitFor();
    const why = dialog(page).getByRole('button', { name: 'Why?' });
    expect(await why.getAttribute('aria-expanded')).toBe('false');
    await why.click();
    expect(await why.getAttribute('aria-expanded')).toBe('true');
    const quote = dialog(page).getByText(/Timer is a subclass of Thread/);
    await quote.waitFor({ state: 'visible' });
    const docs = dialog(page).getByRole('link', { name: 'threading — Timer Objects' });
    expect(await docs.getAttribute('href')).toBe(
      'https://docs.python.org/3/library/threading.html#timer-objects',
    );
    await dialog(page).getByRole('button', { name: 'Show me' }).click();
    await dialog(page).getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Play' }).click();
    await consoleLog(page).getByText('greet is run by Thread-1').waitFor();
    await page.getByRole('button', { name: 'Play' }).waitFor(); // it has come to its end
    // Under a minute at the normal speed, question included.
    expect(Date.now() - started).toBeLessThan(60_000);
    await done(page, watch);
  }, 90_000);

  it('keeps the narrated line in view: future_by_hand’s last line as Out[6] is shown', async () => {
    const { page, watch } = await openApp('?scenario=future-by-hand&predict=0', { height: 560 });
    const step = page.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < 40 && !(await narration(page).textContent())?.includes('Out[6]'); i++)
      await step.click();
    expect(await narration(page).textContent()).toContain('Out[6]');
    const current = page.locator('.code-scroll [aria-current="step"]');
    expect(await current.count()).toBe(1);
    expect(await current.textContent()).toContain('fut.result()');
    // The current row lies inside the code box's visible area.
    await page.waitForFunction(() => {
      const box = document.querySelector('.code-scroll')!.getBoundingClientRect();
      const row = document
        .querySelector('.code-scroll [aria-current="step"]')!
        .getBoundingClientRect();
      return row.top >= box.top - 1 && row.bottom <= box.bottom + 1;
    });
    await done(page, watch);
  }, 60_000);
});
