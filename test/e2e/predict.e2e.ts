import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp as openPage, type PageWatch } from './page';
import { axeViolations } from './quality/axe';

afterAll(closeBrowser);

const QUESTION = 'Which thread will run on_done_future when fut1 finishes?';
const SQUARE = '?scenario=fetch-square&predict=1';

/** Opens the app and waits until the player is ready. */
async function openApp(query: string, options?: Parameters<typeof openPage>[1]) {
  const opened = await openPage(query, options);
  await opened.page.getByRole('button', { name: /^(Play|Pause)$/ }).waitFor();
  return opened;
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Predict' });
const consoleLog = (page: Page) => page.getByRole('log', { name: 'Console' });
const slider = (page: Page) => page.getByRole('slider', { name: 'Time' });

/** The first gate is open, asking its question, and "Result is: 4" is not printed yet. */
async function expectFirstGate(page: Page) {
  await dialog(page).waitFor();
  expect(await page.locator('.predict-question').textContent()).toBe(QUESTION);
  expect(await consoleLog(page).textContent()).not.toContain('Result is: 4');
  expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(1);
}

async function done(page: Page, watch: PageWatch) {
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  await page.context().close();
}

/** Presses `key` until the Predict dialog is open (at most `max` times). */
async function pressUntilGate(page: Page, key: string, max = 60) {
  for (let i = 0; i < max && (await dialog(page).count()) === 0; i++)
    await page.keyboard.press(key);
}

describe('Predict mode in Chromium: fetch_square asks before "Result is: 4"', () => {
  it('Play stops at the gate, and Play again stays there', async () => {
    const { page, watch } = await openApp(`${SQUARE}&speed=8`);
    await page.getByRole('button', { name: 'Play' }).click();
    await expectFirstGate(page);
    const at = await slider(page).inputValue();
    // Held while the question is open (issue 15): aria-disabled, saying why; a click does nothing.
    const play = page.getByRole('button', { name: 'Play' });
    expect(await play.getAttribute('aria-disabled')).toBe('true');
    expect(await play.getAttribute('title')).toBe('Answer the question to go on');
    await play.click({ force: true });
    await expectFirstGate(page);
    expect(await slider(page).inputValue()).toBe(at);
    await done(page, watch);
  });

  it('Step forward (button and →) stops at the gate', async () => {
    const { page, watch } = await openApp(SQUARE);
    const step = page.getByRole('button', { name: 'Step forward' });
    for (let i = 0; i < 60 && (await dialog(page).count()) === 0; i++) await step.click();
    await expectFirstGate(page);
    // The page's keys still go through the gate-keeper when focus is outside the dialog.
    await page.getByRole('heading', { name: 'Timeline' }).click();
    await page.keyboard.press('ArrowRight');
    await expectFirstGate(page);
    await done(page, watch);
  });

  it('the Time slider, moved by keyboard, stops at the gate', async () => {
    const { page, watch } = await openApp(SQUARE);
    await slider(page).focus();
    await page.keyboard.press('End');
    await expectFirstGate(page);
    expect(Number(await slider(page).inputValue())).toBeLessThan(
      Number(await slider(page).getAttribute('max')),
    );
    await done(page, watch);
  });

  it('Jump to end, the End key and PageDown stop at the gate', async () => {
    const { page, watch } = await openApp(SQUARE);
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await expectFirstGate(page);
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.keyboard.press('End');
    await expectFirstGate(page);
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('heading', { name: 'Console' }).click();
    await pressUntilGate(page, 'PageDown');
    await expectFirstGate(page);
    await done(page, watch);
  });

  it('a t=9 link opens at the gate', async () => {
    const { page, watch } = await openApp(`${SQUARE}&t=9`);
    await expectFirstGate(page);
    await done(page, watch);
  });

  it('a wrong answer names the misconception and highlights the refuting event; Show me reveals', async () => {
    const { page, watch } = await openApp(SQUARE);
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await expectFirstGate(page);
    // Keyboard-first: focus is on the answers; ↓ moves to the next one (the order is shuffled
    // per gate, so go until MainThread is chosen), Enter checks.
    const main = page.getByRole('radio', { name: /MainThread/ });
    for (let i = 0; i < 3 && (await main.getAttribute('aria-checked')) !== 'true'; i++)
      await page.keyboard.press('ArrowDown');
    expect(await main.getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('Enter');
    const feedback = dialog(page).getByRole('status');
    await expect
      .poll(() => feedback.textContent())
      .toContain("Callbacks don't run on the main thread");
    expect(await feedback.textContent()).toContain(
      'Misconception: “Callbacks run on the main thread”',
    );
    const timeline = page.getByRole('region', { name: 'Timeline' });
    // The feedback's moment ("… at 8.009 s — highlighted") is the one the timeline marks.
    const at = /at ([\d.]+) s — highlighted/.exec((await feedback.textContent()) ?? '')?.[1];
    expect(at).toBeDefined();
    expect(await timeline.locator('.tl-highlight-note').textContent()).toBe(
      `◆ Highlighted: on_done_future(fut1) runs on Thread-1 at ${at} s`,
    );
    expect(await timeline.locator('.tl-highlight span').isVisible()).toBe(true);
    await dialog(page).getByRole('button', { name: 'Show me' }).click();
    expect(await feedback.textContent()).toMatch(/The answer is [A-C]: Thread-1\./);
    await dialog(page).getByRole('button', { name: 'Continue' }).click();
    expect(await dialog(page).count()).toBe(0);
    const step = page.getByRole('button', { name: 'Step forward' });
    for (
      let i = 0;
      i < 10 && !(await consoleLog(page).textContent())?.includes('Result is: 4');
      i++
    )
      await step.click();
    const line = consoleLog(page).locator('li', { hasText: 'Result is: 4' });
    expect(await line.textContent()).toContain('◆ highlighted');
    await done(page, watch);
  });

  it('the score at the end survives a reload, until Reset', async () => {
    const { page, watch } = await openApp(SQUARE);
    const jump = page.getByRole('button', { name: 'Jump to end' });
    // Right on the first try at every gate (the answer the trace shows: fut1 → Thread-1 …).
    for (const thread of ['Thread-1', 'Thread-2', 'Thread-3']) {
      await jump.click();
      await dialog(page)
        .getByRole('radio', { name: new RegExp(`${thread}$`) })
        .click();
      await dialog(page).getByRole('button', { name: 'Check' }).click();
      await dialog(page).getByRole('button', { name: 'Continue' }).click();
    }
    await jump.click();
    const score = page.getByRole('region', { name: 'Your predictions' });
    expect(await score.textContent()).toContain('This scenario: 3 of 3 · All scenarios: 3 of 3.');
    expect(await consoleLog(page).textContent()).toContain('Result is: 16');
    await page.reload();
    // After a reload the gates ask again (Show me passes them), but the first tries are kept.
    await expectFirstGate(page);
    for (let i = 0; i < 3; i++) {
      await dialog(page).getByRole('button', { name: 'Show me' }).click();
      await dialog(page).getByRole('button', { name: 'Continue' }).click();
      await jump.click();
    }
    expect(await score.textContent()).toContain('This scenario: 3 of 3 · All scenarios: 3 of 3.');
    await score.getByRole('button', { name: 'Reset score' }).click();
    expect(await score.textContent()).toContain('This scenario: 0 of 3 · All scenarios: 0 of 0.');
    await done(page, watch);
  });

  it('in presenter mode the gate is large and the teacher reveals with Enter', async () => {
    const { page, watch } = await openApp(`${SQUARE}&presenter=1`);
    await page.keyboard.press('End');
    await dialog(page).waitFor();
    const box = await dialog(page).boundingBox();
    expect(box!.width).toBeGreaterThan(1366 * 0.7);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog(page).getByRole('status').textContent())
      .toContain('on_done_future ran on Thread-1');
    expect(await dialog(page).textContent()).toContain('✗ Callbacks run on the main thread');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ state: 'detached' });
    await page.keyboard.press('End');
    await dialog(page).waitFor();
    expect(await dialog(page).textContent()).toContain('fut2');
    await done(page, watch);
  });

  it('the Predict mode switch is on for a notebook scenario and off turns the gates off', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square');
    const toggle = page.getByRole('switch', { name: 'Predict mode' });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await page.getByRole('button', { name: 'Jump to end' }).click();
    expect(await dialog(page).count()).toBe(0);
    expect(await consoleLog(page).textContent()).toContain('Result is: 16');
    await done(page, watch);
  });

  it('equal delays says CPython may print either order and shows both orderings', async () => {
    const { page, watch } = await openApp('?scenario=equal-delays&predict=0');
    const orderings = page.getByRole('group', { name: 'Ordering shown' });
    expect(await page.getByText('CPython may print either order').count()).toBe(1);
    await page.getByRole('button', { name: 'Jump to end' }).click();
    const lines = () => consoleLog(page).locator('.console-text').allTextContents();
    expect(await lines()).toEqual(['Result is: 4 on Thread-1', 'Result is: 9 on Thread-2']);
    await orderings.getByRole('button', { name: /Ordering 2/ }).click();
    await page.getByRole('button', { name: 'Jump to end' }).click();
    expect(await lines()).toEqual(['Result is: 9 on Thread-2', 'Result is: 4 on Thread-1']);
    // The link holds the ordering, so a reload (or a shared link) shows the same one.
    expect(page.url()).toContain('ordering=2');
    await page.reload();
    // The reloaded link also holds the playhead at the end.
    await page.getByRole('button', { name: 'Jump to end', disabled: true }).waitFor();
    expect(await lines()).toEqual(['Result is: 9 on Thread-2', 'Result is: 4 on Thread-1']);
    expect(
      await orderings.getByRole('button', { name: /Ordering 2/ }).getAttribute('aria-pressed'),
    ).toBe('true');
    await done(page, watch);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`an open gate, its feedback and the score have no axe violations (${colorScheme})`, async () => {
      const { page, watch } = await openApp(SQUARE, { colorScheme, reducedMotion: true });
      await page.getByRole('button', { name: 'Jump to end' }).click();
      await expectFirstGate(page);
      expect(await axeViolations(page)).toEqual([]);
      await dialog(page)
        .getByRole('radio', { name: /MainThread/ })
        .click();
      await dialog(page).getByRole('button', { name: 'Check' }).click();
      expect(await axeViolations(page)).toEqual([]);
      for (let i = 0; i < 3; i++) {
        await dialog(page).getByRole('button', { name: 'Show me' }).click();
        await dialog(page).getByRole('button', { name: 'Continue' }).click();
        await page.getByRole('button', { name: 'Jump to end' }).click();
      }
      await page.getByRole('region', { name: 'Your predictions' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await done(page, watch);
    });
  }
});
