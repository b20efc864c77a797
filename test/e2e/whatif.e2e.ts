/**
 * "What if…?" in Chromium on fetch_square: at the end of the run, predict the console of the
 * program with its Timers reversed, Check, Run it; the Lab plays the variation from its link,
 * the three changed calls and the two moved console lines are tagged "changed", and Back
 * returns to fetch_square with nothing tagged.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp as openPage } from './page';
import { axeViolations } from './quality/axe';

afterAll(closeBrowser);

const QUESTION = 'What if the Timers waited 3, 2 and 1 s instead of 5, 5 and 5 s?';

async function openApp(query: string) {
  const opened = await openPage(query);
  await opened.page.getByRole('button', { name: /^(Play|Pause)$/ }).waitFor();
  return opened;
}

const codeTags = (page: Page) =>
  page.getByRole('region', { name: 'Source code' }).getByText('changed', { exact: true });
const consoleTags = (page: Page) =>
  page.getByRole('log', { name: 'Console' }).getByText('changed', { exact: true });

describe('What if in Chromium', () => {
  it('fetch_square: predict, Run it, the difference is marked, Back returns', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square&predict=0');
    await page.getByRole('heading', { name: 'Timeline' }).click();
    await page.keyboard.press('End');
    const question = page
      .getByRole('region', { name: 'What if…?' })
      .getByRole('article', { name: QUESTION });
    await question.waitFor();
    expect(await question.getByRole('button', { name: 'Run it' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await question
      .getByRole('radio', { name: /Result is: 16\s*Result is: 9\s*Result is: 4/ })
      .click();
    await page.keyboard.press('Enter');
    await question
      .getByRole('status')
      .getByText(/^Right\./)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await question.getByRole('button', { name: 'Run it' }).click();
    await page.waitForURL(/delays=3%2C2%2C1|delays=3,2,1/);
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('lab');
    await codeTags(page).nth(2).waitFor();
    expect(await codeTags(page).count()).toBe(3);
    await page.getByRole('status').filter({ hasText: 'Playing the changed program' }).waitFor();

    await page.getByRole('heading', { name: 'Timeline' }).click();
    await page.keyboard.press('End');
    await consoleTags(page).nth(1).waitFor();
    expect(await consoleTags(page).count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    await page.goBack();
    await page.waitForURL(/scenario=fetch-square/);
    await page
      .getByRole('region', { name: 'Source code' })
      .getByText('on_done_future')
      .first()
      .waitFor();
    expect(await codeTags(page).count()).toBe(0);

    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });
});
