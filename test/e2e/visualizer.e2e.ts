import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/scenarios/registry';
import { closeBrowser, openApp as openPage } from './page';
import { seedOutputs } from '../seed/seed';

afterAll(closeBrowser);
mkdirSync('test-results', { recursive: true });

const seed = seedOutputs();
const NOTEBOOK = SCENARIOS.filter((s) => s.cellNumbers.length > 0);

/**
 * Opens the app and waits until the simulator chunk has loaded and the player is ready. These
 * tests are about the player itself, so Predict mode is off (test/e2e/predict.e2e.ts has it on).
 */
async function openApp(query = '', options?: Parameters<typeof openPage>[1]) {
  const q = query.includes('predict=') ? query : `${query}${query ? '&' : '?'}predict=0`;
  const opened = await openPage(q, options);
  await opened.page.getByRole('button', { name: /^(Play|Pause)$/ }).waitFor();
  return opened;
}

const consoleText = (page: Page) =>
  page.getByRole('log', { name: 'Console' }).locator('.console-text').allTextContents();
const slider = (page: Page) => page.getByRole('slider', { name: 'Time' });
/** The step number in the Time slider's words ("5.02 s, step 7 of 31" → 7). */
const stepNumber = (words: string | null) => Number(/step (\d+) of/.exec(words ?? '')?.[1]);
const cardText = async (page: Page, name: string) => {
  const card = page.getByRole('article', { name });
  return (await card.count()) === 1 ? ((await card.textContent()) ?? '') : '';
};

/** The text of the timeline lane named `name` ('' when there is none). */
const laneText = async (page: Page, name: string) => {
  const lane = page
    .getByRole('list', { name: 'Lanes' })
    .locator('li')
    .filter({ has: page.getByText(name, { exact: true }) });
  return (await lane.count()) === 1 ? ((await lane.textContent()) ?? '') : '';
};

/** Presses Play at 8× and waits until the playhead reaches the end on its own. */
async function playToEnd(page: Page) {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await page.getByRole('button', { name: 'Play' }).click();
  // Not "wait for Pause, then Play": a short story at 8× can end between two polls of a busy
  // machine, so Pause is never seen. The playhead reaching the end on its own is what counts.
  const max = await slider(page).getAttribute('max');
  await expect.poll(() => slider(page).inputValue(), { timeout: 20_000, interval: 50 }).toBe(max);
  await page.getByRole('button', { name: 'Play' }).waitFor();
}

describe('the visualizer in Chromium', () => {
  for (const scenario of NOTEBOOK) {
    it(`plays ${scenario.id} to the end and its console is the seed's output`, async () => {
      const { page, watch } = await openApp(`?scenario=${scenario.id}`);
      await playToEnd(page);
      const expected = scenario.cellNumbers.flatMap((n) => seed.get(n) ?? []);
      expect(expected.length).toBeGreaterThan(0);
      expect(await consoleText(page)).toEqual(expected);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      await page.context().close();
    });
  }

  it('scrubs forward and back with the Time slider, and the future cards follow exactly', async () => {
    const { page } = await openApp('?scenario=fetch-square');
    const time = slider(page);
    await time.focus();
    // The cards follow the playhead a frame behind (a render of their own after the key's
    // frame): each is read once it has caught up, and must then be exactly this step's.
    const card = (name: string) => expect.poll(() => cardText(page, name));
    // Forward one event at a time until fut1's lane says it finished; one step back makes it
    // pending again.
    let steps = 0;
    while (!(await laneText(page, 'fut1')).includes('finished returned dict')) {
      await page.keyboard.press('ArrowRight');
      if (++steps > 500) throw new Error('fut1 never finished');
    }
    const at = Number(await time.inputValue());
    const step = stepNumber(await time.getAttribute('aria-valuetext'));
    await card('fut1').toContain("result() → {'success': True, 'result': 4}");
    await card('fut2').toContain('pending');
    await page.keyboard.press('ArrowLeft');
    // The slider is in seconds: one step back is the previous step, at or before this time.
    expect(stepNumber(await time.getAttribute('aria-valuetext'))).toBe(step - 1);
    expect(Number(await time.inputValue())).toBeLessThanOrEqual(at);
    await card('fut1').toContain('state=pending>');
    await page.keyboard.press('ArrowRight');
    await card('fut1').toContain('state=finished returned dict>');
    await page.keyboard.press('End');
    for (const [name, n] of [
      ['fut1', 4],
      ['fut2', 9],
      ['fut3', 16],
    ] as const) {
      await card(name).toContain(`{'success': True, 'result': ${n}}`);
      await card(name).toContain('on_done_future ✓ fired on');
    }
    await page.keyboard.press('Home');
    expect(await time.inputValue()).toBe('0');
    await expect.poll(() => page.getByRole('article').count()).toBe(0);
    await page.context().close();
  });

  it('round-trips a link: open, change, copy link, open again, same view', async () => {
    const { page } = await openApp('?scenario=network-request');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('2');
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    for (let i = 0; i < 12; i++) await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Link copied|address bar/ })
      .waitFor();
    const link = page.url();
    expect(link).toContain('scenario=network-request');
    expect(link).toContain('presenter=1');
    const before = {
      time: await slider(page).inputValue(),
      narration: await page.getByRole('status', { name: 'Narration' }).textContent(),
      lanes: await page.getByRole('list', { name: 'Lanes' }).textContent(),
    };
    const again = await openApp(link.slice(link.indexOf('?')));
    expect(await slider(again.page).inputValue()).toBe(before.time);
    expect(await again.page.getByRole('status', { name: 'Narration' }).textContent()).toBe(
      before.narration,
    );
    expect(await again.page.getByRole('list', { name: 'Lanes' }).textContent()).toBe(before.lanes);
    expect(await again.page.getByRole('combobox', { name: 'Speed' }).inputValue()).toBe('2');
    expect(
      await again.page.getByRole('button', { name: 'Presenter mode' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.context().close();
    await again.page.context().close();
  });

  it('runs a scenario by keyboard alone, with a visible focus ring on every control', async () => {
    const { page } = await openApp('?scenario=done-callbacks');
    await page.keyboard.press('ArrowRight'); // off t = 0, so Reset and Step back are enabled
    // Tab through everything focusable: each shows a focus outline.
    const seen: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!info) continue;
      expect(info.outline, `focus ring on ${info.name}`).toBe(true);
      seen.push(info.name);
    }
    expect(seen).toEqual(
      expect.arrayContaining(['Reset', 'Step back', 'Play', 'Step forward', 'Jump to end']),
    );
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // A presentation clicker: PageDown until the end, then the console is the seed's.
    for (let i = 0; i < 200; i++) {
      if (await page.getByRole('button', { name: 'Jump to end' }).isDisabled()) break;
      await page.keyboard.press('PageDown');
    }
    expect(await consoleText(page)).toEqual(seed.get(8));
    await page.keyboard.press('Home');
    expect(await consoleText(page)).toEqual([]);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await page.context().close();
  });

  it('shows a bad link’s problems in a notice and keeps a valid scenario on screen', async () => {
    const { page, watch } = await openApp('?scenario=lab&numbers=2,,3&t=abc');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('numbers');
    expect(await alert.textContent()).toContain('t: “abc”');
    expect(await page.getByRole('main').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Timeline' }).isVisible()).toBe(true);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('with reduced motion, every state still shows', async () => {
    const { page } = await openApp('?scenario=fetch-square', { reducedMotion: true });
    await page.keyboard.press('End');
    await page.getByRole('article', { name: 'fut3' }).waitFor();
    expect(await cardText(page, 'fut3')).toContain('finished returned dict');
    expect(await consoleText(page)).toEqual(seed.get(13));
    await page.context().close();
  });

  it('moves each callback and future end as it happens, and keeps still with reduced motion', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    // Every animation the page starts, by the class of what it moves.
    await page.evaluate(() => {
      const moved: string[] = ((window as unknown as { moved: string[] }).moved = []);
      const animate = Element.prototype.animate;
      Element.prototype.animate = function (...args) {
        moved.push(this.getAttribute('class') ?? '');
        return animate.apply(this, args);
      };
    });
    const moved = () => page.evaluate(() => (window as unknown as { moved: string[] }).moved);
    const stepToCallbacks = async () => {
      const time = slider(page);
      await time.focus();
      await page.keyboard.press('Home');
      while (!(await consoleText(page)).includes('Result is: 4'))
        await page.keyboard.press('ArrowRight');
    };
    await stepToCallbacks();
    await page.waitForFunction(() =>
      (window as unknown as { moved: string[] }).moved.some((c) => c.includes('tl-callback')),
    );
    const classes = (await moved()).join(' ');
    expect(classes).toContain('tl-done-shape');
    expect(classes).toContain('pulse-ring');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.evaluate(() => ((window as unknown as { moved: string[] }).moved.length = 0));
    await stepToCallbacks();
    // The motion module is loaded by now, so a part would start moving before the next frame.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect((await moved()).filter((c) => /tl-|pulse/.test(c))).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  const moment = async (page: Page) => {
    // The instant fut2's callback has printed: the most telling moment of fetch_square.
    const time = slider(page);
    await time.focus();
    while (!(await consoleText(page)).includes('Result is: 9'))
      await page.keyboard.press('ArrowRight');
    await time.blur();
    // Let the 150–300 ms transitions finish (Web Animations), so the picture shows end states.
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => a.playState !== 'running'),
    );
  };

  it('fits a phone (390 px): no horizontal page scroll, the timeline scrolls in its own box', async () => {
    const { page } = await openApp('?scenario=fetch-square', { width: 390, height: 844 });
    await moment(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: 'test-results/phone-390x844.png' });
    await page.context().close();
  });

  it('takes the desktop, dark and presenter screenshots', async () => {
    for (const [file, query, opts] of [
      ['desktop-1366x800.png', '', {}],
      ['desktop-dark-1366x800.png', '', { colorScheme: 'dark' as const }],
      ['presenter-1280x720.png', '&presenter=1', { width: 1280, height: 720 }],
    ] as const) {
      const { page } = await openApp(`?scenario=fetch-square${query}`, opts);
      await moment(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        opts.width ?? 1366,
      );
      await page.screenshot({ path: `test-results/${file}` });
      await page.context().close();
    }
  }, 120_000);
});
