// The future cards follow the playhead only where they can be seen: while a run plays with them
// below the fold or under the pinned bar they keep what they showed, and they catch up the moment
// the player stops or they come into view (useFollowWhenSeen).
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './page';

afterAll(closeBrowser);

const futures = (page: Page) => page.getByRole('region', { name: 'Futures' });
const cardTexts = (page: Page) => futures(page).getByRole('article').allInnerTexts();

/** From now on, counts every change in the list of cards (nodes, text, attributes). */
async function countChanges(page: Page): Promise<void> {
  await futures(page)
    .getByRole('list')
    .evaluate((panel) => {
      const w = window as unknown as { cardChanges: number };
      w.cardChanges = 0;
      new MutationObserver((records) => (w.cardChanges += records.length)).observe(panel, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
}

/**
 * Plays until the Time slider passes `us`, then, in that same frame, reads the change count and
 * presses Pause: what the panel did while it played, with no frame of catching up after.
 */
async function playPast(page: Page, us: number): Promise<number> {
  const slider = await page.getByRole('slider', { name: 'Time', exact: true }).elementHandle();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  return page.evaluate(
    ([time, at]) =>
      new Promise<number>((resolve) => {
        const frame = () => {
          const input = time as HTMLInputElement;
          if (Number(input.getAttribute('aria-valuenow') ?? input.value) < at)
            return requestAnimationFrame(frame);
          const changes = (window as unknown as { cardChanges: number }).cardChanges;
          const pause = [...document.querySelectorAll('button')].find(
            (b) => b.textContent?.trim() === 'Pause',
          );
          pause?.click();
          resolve(changes);
        };
        requestAnimationFrame(frame);
      }),
    [slider, us] as const,
  );
}

// fetch_square makes its three futures at 3.0 s and settles them at 8.0 s; at 2× a playback
// passes 5.0 s well before the end, with the cards made two seconds before.
const QUERY = '?scenario=fetch-square&predict=0&speed=2';
const AFTER_CREATION_US = 5_000_000;

describe('future cards during a playback', () => {
  it('keep still below the fold while it plays, and show the moment it stops at', async () => {
    // A short window: the whole Futures panel starts below the bar, and stays there when its
    // "No future created yet." gives way and the list moves up (800 px high, the list alone
    // was under the bar, and could come into view as it moved).
    const { page, watch } = await openApp(QUERY, { reducedMotion: true, height: 600 });
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    const barTop = (await page.getByRole('region', { name: 'Player' }).boundingBox())!.y;
    expect((await futures(page).boundingBox())!.y).toBeGreaterThan(barTop + 100);
    await expect.poll(() => futures(page).getByText('No future created yet.').count()).toBe(1);
    await countChanges(page);

    expect(await playPast(page, AFTER_CREATION_US)).toBe(0);
    // Stopped: the three futures made at 3.0 s have their cards, as a link to this moment shows.
    await expect.poll(() => futures(page).getByRole('article').count()).toBe(3);
    await expect.poll(() => page.url()).toContain('t=');
    const fresh = await openApp(new URL(page.url()).search, { reducedMotion: true, height: 600 });
    await expect.poll(() => cardTexts(fresh.page)).toEqual(await cardTexts(page));
    expect([...watch.errors, ...fresh.watch.errors]).toEqual([]);
    await fresh.page.context().close();
    await page.context().close();
  });

  it('follow the playhead while they are in view', async () => {
    const { page, watch } = await openApp(QUERY, { reducedMotion: true });
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    await futures(page).evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
    await countChanges(page);

    expect(await playPast(page, AFTER_CREATION_US)).toBeGreaterThan(0);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
