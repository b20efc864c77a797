// Issue 14 §5: the pinned transport never hides content (the page reserves its height), and the
// Predict dialog docks below the timeline instead of covering the lanes it asks about.
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp as openPage, type PageWatch } from './page';

afterAll(closeBrowser);

const VIEWS = [
  { view: 'desktop', width: 1366, height: 800, query: '' },
  { view: 'phone', width: 390, height: 844, query: '' },
  // Presenter mode at a projector's size: its bar is one row, its type larger.
  { view: 'presenter', width: 1280, height: 720, query: '&presenter=1' },
] as const;

/** Opens the app and waits until the player is ready. */
async function openApp(query: string, width: number, height: number) {
  const opened = await openPage(query, { width, height, reducedMotion: true });
  await opened.page.getByRole('button', { name: /^(Play|Pause)$/ }).waitFor();
  return opened;
}

const bar = (page: Page) => page.getByRole('region', { name: 'Player' });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} has no box: it is not on the page`);
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
}

/** The bar's top edge, after checking that it is pinned to the bottom of the viewport. */
async function barTop(page: Page, viewportHeight: number) {
  const b = await box(bar(page));
  expect(b.bottom).toBeCloseTo(viewportHeight, 0);
  return b.top;
}

async function done(page: Page, watch: PageWatch) {
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  await page.context().close();
}

describe('the transport bar never hides content', () => {
  for (const { view, width, height, query } of VIEWS) {
    it(`scrolled to the bottom, the last future card and the page end above the bar (${view})`, async () => {
      const { page, watch } = await openApp(
        `?scenario=fetch-square&predict=0${query}`,
        width,
        height,
      );
      // At the end every card holds its result and its fired callback: the cards at their tallest.
      await page.getByRole('button', { name: 'Jump to end' }).click();
      const cards = page.getByRole('region', { name: 'Futures' }).getByRole('article');
      // The cards follow a frame behind the playhead: measure them once they have caught up.
      await expect
        .poll(() => cards.filter({ hasText: 'on_done_future ✓ fired on' }).count())
        .toBe(3);
      // Scrolled again on every try: cards coming into view are laid out at their real height
      // (content-visibility), which can grow the page after a first scroll to its end.
      await page.waitForFunction(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      });
      const top = await barTop(page, height);
      expect(await cards.count()).toBe(3);
      expect((await box(cards.last())).bottom).toBeLessThanOrEqual(top);
      expect(
        (await box(page.getByRole('main', { name: 'Visualizer' }))).bottom,
      ).toBeLessThanOrEqual(top);
      await done(page, watch);
    });
  }

  it('a control that takes focus under the bar is scrolled above it (phone)', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square&predict=0', 390, 844);
    const download = page.getByRole('button', { name: 'Download Python' });
    const top = await barTop(page, 844);
    // Put the button behind the bar: inside the viewport, so only the page's scroll padding
    // tells the browser that it is not in view.
    const at = await box(download);
    await page.evaluate((dy) => window.scrollBy(0, dy), (at.top + at.bottom - top - 844) / 2);
    const under = await box(download);
    expect(under.top).toBeGreaterThan(top);
    expect(under.bottom).toBeLessThan(844);
    await download.focus();
    const after = await box(download);
    expect(after.bottom).toBeLessThanOrEqual(await barTop(page, 844));
    expect(after.top).toBeGreaterThanOrEqual(0);
    await done(page, watch);
  });
});

/** Its scroll into view happens once it is laid out: waits until the page stops scrolling. */
async function atRest(page: Page) {
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        const y = window.scrollY;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY === y)));
      }),
  );
}

const intersects = (a: { left: number; top: number; right: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the Predict dialog docks below the timeline', () => {
  for (const { view, width, height, query } of VIEWS) {
    it(`an open gate covers no lane, is wholly above the bar and has focus (${view})`, async () => {
      const { page, watch } = await openApp(
        `?scenario=fetch-square&predict=1${query}`,
        width,
        height,
      );
      await page.getByRole('button', { name: 'Jump to end' }).click();
      const dialog = page.getByRole('dialog', { name: 'Predict' });
      await dialog.waitFor();
      await atRest(page);
      const lanes = await box(page.getByRole('list', { name: 'Lanes' }));
      const asked = await box(dialog);
      expect(
        intersects(asked, lanes),
        `dialog ${JSON.stringify(asked)} over lanes ${JSON.stringify(lanes)}`,
      ).toBe(false);
      expect(asked.bottom).toBeLessThanOrEqual(await barTop(page, height));
      expect(asked.top).toBeGreaterThanOrEqual(0);
      // Focus moved into the dialog (an answer, or Reveal in presenter mode), as before docking.
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      // Feedback makes it taller (a wrong answer's misconception; the teacher's reveal): it
      // grows into view, not under the bar.
      const before = asked.bottom - asked.top;
      // ↑ from the first answer wraps to the last: a wrong one in fetch-square's seeded order.
      if (view !== 'presenter') await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await dialog
        .getByRole('status')
        .getByText(/Thread-1/)
        .waitFor();
      await atRest(page);
      const grown = await box(dialog);
      expect(grown.bottom - grown.top).toBeGreaterThan(before);
      expect(grown.bottom).toBeLessThanOrEqual(await barTop(page, height));
      expect(intersects(grown, await box(page.getByRole('list', { name: 'Lanes' })))).toBe(false);
      await done(page, watch);
    });
  }
});

describe("the playhead's time tag", () => {
  it('stays within the axis at every step of the first second, on a phone', async () => {
    // The phone's axis is about 230 px wide: a tag placed right of a line near its end was cut.
    const { page, watch } = await openApp('?scenario=fetch-square-asyncio&predict=0', 390, 844);
    const axis = page.getByTestId('timeline-axis');
    const tag = axis.getByText(/^\d+\.\d{3} s$/);
    await page.getByRole('slider', { name: 'Time' }).focus();
    let measured = 0;
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('ArrowRight');
      await atRest(page);
      // A step can zoom the window (a cluster), so the tag may sit anywhere on the axis.
      if ((await tag.count()) === 0) continue;
      measured++;
      const [outer, inner] = [await box(axis), await box(tag)];
      expect(inner.left, `step ${step + 1}`).toBeGreaterThanOrEqual(outer.left - 0.5);
      expect(inner.right, `step ${step + 1}: ${await tag.textContent()}`).toBeLessThanOrEqual(
        outer.right + 0.5,
      );
    }
    expect(measured).toBeGreaterThan(6);
    await done(page, watch);
  });
});
