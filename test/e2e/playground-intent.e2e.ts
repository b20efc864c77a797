// Issue 18: the playground's runtime starts on intent, never on the first screen.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './page';

afterAll(closeBrowser);

const RUNTIME = /playground-worker\.js|\/pyodide\//;

describe('the playground starts before the click (Chromium)', () => {
  it('requests nothing of the runtime on the first screen; a hover on Edit this code starts it', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square&predict=0');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await page.getByRole('button', { name: 'Jump to end' }).click();
    expect(requested.filter((url) => RUNTIME.test(url))).toEqual([]);

    await page.getByRole('link', { name: 'Edit this code' }).hover();
    await expect
      .poll(() => requested.filter((url) => url.endsWith('/pyodide/pyodide.asm.wasm')).length, {
        timeout: 30_000,
      })
      .toBe(1);
    expect(requested.some((url) => url.endsWith('playground-worker.js'))).toBe(true);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });
});
