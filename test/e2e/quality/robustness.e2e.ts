// Issue 7 §3–§4: hostile links and a long seeded random run of the controls leave the app
// working: no console error, no uncaught exception, no markup from a link ever rendered,
// and fetch-square still plays to its end afterwards.
import { inject } from 'vitest';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp } from '../page';
import { consoleText, playToEnd, seededRandom, timeSlider } from './controls';
import { randomAction } from './random-actions';
import { HOSTILE_LINKS } from './hostile-links';

afterAll(closeBrowser);

/** What a link's markup would have created had it been parsed as HTML. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if ('__xss' in window) found.push('a payload ran');
    if (document.querySelector('img[src="x"], iframe, #bold, svg[onload]'))
      found.push('markup element');
    for (const s of document.querySelectorAll('script:not([src])'))
      found.push(`inline script ${s.textContent}`);
    return found;
  });
}

async function expectFetchSquarePlays(page: Page): Promise<void> {
  await page.goto(inject('baseURL') + '?scenario=fetch-square&speed=8&predict=0');
  await playToEnd(page);
  const text = await consoleText(page);
  for (const line of ['Result is: 4', 'Result is: 9', 'Result is: 16'])
    expect(text).toContain(line);
}

describe('hostile and malformed links', () => {
  it(`${HOSTILE_LINKS.length} links: each shows the app, renders no markup, logs no error`, async () => {
    const { page, watch } = await openApp();
    const base = inject('baseURL');
    const problems: string[] = [];
    for (const link of HOSTILE_LINKS) {
      const before = watch.errors.length;
      await page.goto(base + link.query, { waitUntil: 'load' });
      const main = await page.getByRole('main').first().isVisible({ timeout: 5_000 });
      if (!main) problems.push(`${link.what}: no main landmark`);
      for (const found of await injected(page)) problems.push(`${link.what}: ${found}`);
      for (const error of watch.errors.slice(before)) problems.push(`${link.what}: ${error}`);
    }
    expect(problems).toEqual([]);
    await expectFetchSquarePlays(page);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });
});

describe('markup typed into the Lab form', () => {
  it('is shown as text, never parsed as HTML', async () => {
    const { page, watch } = await openApp('?scenario=lab');
    const form = page.getByRole('form', { name: 'Lab parameters' });
    const fields = form.getByRole('textbox');
    await fields.first().waitFor();
    const payload = '<img src=x onerror=window.__xss=1><b id=bold>b</b>';
    for (const field of await fields.all()) await field.fill(payload);
    await form.getByRole('button', { name: 'Apply' }).click();
    expect(await fields.first().getAttribute('aria-invalid')).toBe('true');
    // The message quotes what was typed: as characters on the screen.
    expect(await form.innerText()).toContain('<img');
    expect(await injected(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});

describe('markup printed by a playground program', () => {
  it('is shown in the Console as text, never parsed as HTML', async () => {
    const program = 'print("<img src=x onerror=window.__xss=1><b id=bold>b</b>")\n';
    const { page, watch } = await openApp(
      `?scenario=playground&predict=0&code=${encodeURIComponent(program)}`,
    );
    // Once the run is loaded (its MainThread lane is drawn), its end shows the printed line.
    await page
      .getByRole('list', { name: 'Lanes' })
      .getByText('MainThread', { exact: true })
      .waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Jump to end' }).click();
    const line = page.getByRole('log', { name: 'Console' }).getByText('<img src=x onerror=');
    await line.waitFor();
    expect(await consoleText(page)).toContain('<img src=x onerror=window.__xss=1><b id=bold>b</b>');
    expect(await injected(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  }, 120_000);
});

const ACTIONS = 500;
const SEED = 7_2026;

describe('a long random run of the controls', () => {
  it(`${ACTIONS} seeded actions across scenarios, then fetch-square plays to its end`, async () => {
    // Predict mode as a newcomer gets it (on): its questions are part of what is hammered.
    const { page, watch } = await openApp('?scenario=fetch-square&speed=8');
    await timeSlider(page).waitFor();
    const random = seededRandom(SEED);
    const done: string[] = [];
    for (let i = 0; i < ACTIONS; i++) {
      done.push(await randomAction(page, random, inject('baseURL')));
      if (watch.errors.length) break;
    }
    expect(watch.errors, `after: ${done.slice(-5).join(', ')}`).toEqual([]);
    expect(done).toHaveLength(ACTIONS);
    await expectFetchSquarePlays(page);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });
});
