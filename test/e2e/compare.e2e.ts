import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './page';

afterAll(closeBrowser);

const EQUAL = '?scenario=equal-delays&compare=scenario%3Dequal-delays%26ordering%3D2';

/** The lines a run's console shows, by its region. */
const printed = (page: Page, region: RegExp) =>
  page
    .getByRole('region', { name: region })
    .getByRole('log', { name: 'Console' })
    .locator('.console-text')
    .allTextContents();

describe('two runs on one clock, in Chromium', () => {
  it('plays both orderings of equal delays on one clock, lists what differs, and keeps the link', async () => {
    const { page, watch } = await openApp(EQUAL);
    const first = page.getByRole('region', { name: /^First run: .*ordering 1/ });
    const second = page.getByRole('region', { name: /^Second run: .*ordering 2/ });
    await first.waitFor();
    await second.waitFor();
    expect(await page.getByRole('slider', { name: 'Time', exact: true }).count()).toBe(1);
    // Side by side at 1366 px: the second run starts to the right of the first, at its top.
    const [a, b] = [(await first.boundingBox())!, (await second.boundingBox())!];
    expect(b.x).toBeGreaterThan(a.x + a.width / 2);
    expect(Math.abs(b.y - a.y)).toBeLessThan(5);

    await page.getByRole('button', { name: 'Play' }).click();
    const slider = page.getByRole('slider', { name: 'Time', exact: true });
    const atEnd = () =>
      slider.evaluate((el) => (el as HTMLInputElement).value === (el as HTMLInputElement).max);
    await expect.poll(atEnd, { timeout: 30_000 }).toBe(true);
    expect(await printed(page, /^First run/)).toEqual([
      'Result is: 4 on Thread-1',
      'Result is: 9 on Thread-2',
    ]);
    expect(await printed(page, /^Second run/)).toEqual([
      'Result is: 9 on Thread-2',
      'Result is: 4 on Thread-1',
    ]);
    await expect
      .poll(() => page.getByRole('status', { name: 'Difference at the playhead' }).textContent())
      .toMatch(/^Difference: /);

    // A difference in the list seeks there: back to the start of the 1 s instant and on.
    await page.getByRole('button', { name: 'Reset' }).click();
    const differences = page.getByRole('region', { name: 'Differences' }).getByRole('button');
    await differences.first().click();
    const value = await slider.evaluate((el) => Number((el as HTMLInputElement).value));
    expect(value).toBeGreaterThanOrEqual(1_000_000);

    await expect.poll(() => page.url()).toContain('compare=scenario%3Dequal-delays%26ordering%3D2');
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('stacks the runs on a phone, and a bad compare= says why and shows the first run alone', async () => {
    const { page, watch } = await openApp(EQUAL, { width: 390, height: 844 });
    const first = page.getByRole('region', { name: /^First run/ });
    const second = page.getByRole('region', { name: /^Second run/ });
    await second.waitFor();
    const [a, b] = [(await first.boundingBox())!, (await second.boundingBox())!];
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
    await page.context().close();

    const bad = await openApp('?scenario=fetch-square&compare=scenario%3Dlab%26numbers%3D2%2C%2Cx');
    await bad.page.getByRole('alert').waitFor();
    expect(await bad.page.getByRole('alert').textContent()).toContain('compare: numbers:');
    expect(await bad.page.getByRole('region', { name: /^Second run/ }).count()).toBe(0);
    expect([...watch.errors, ...bad.watch.errors]).toEqual([]);
    await bad.page.context().close();
  });
});
