import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './page';

afterAll(closeBrowser);

describe('the built site, served from a sub-path', () => {
  it('loads with a title, a main landmark and a favicon, and nothing goes wrong', async () => {
    const { page, watch } = await openApp();
    await page.getByRole('main').waitFor();
    expect(await page.title()).toBe('Futures Visualizer');
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBeTruthy();
    const iconResponse = await page.request.get(new URL(icon!, page.url()).href);
    expect(iconResponse.status()).toBe(200);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });
});
