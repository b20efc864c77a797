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

  it('a click after the hover keeps the runtime it started: Edit this code stays in the page', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square&predict=0');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const edit = page.getByRole('link', { name: 'Edit this code' });
    await edit.hover();
    await edit.click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Scenario' }).inputValue())
      .toBe('playground');
    // The program runs on the runtime the hover started, and its trace is shown from the start.
    await page
      .getByRole('list', { name: 'Lanes' })
      .getByText('Thread-3', { exact: true })
      .waitFor({ timeout: 50_000 });
    await page.getByRole('button', { name: 'Jump to end' }).click();
    await page.getByRole('log', { name: 'Console' }).getByText('Result is: 16').waitFor();
    expect(requested.filter((url) => url.endsWith('/pyodide/pyodide.asm.wasm'))).toHaveLength(1);
    expect(requested.filter((url) => url.endsWith('playground-worker.js'))).toHaveLength(1);
    await page.goBack();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Scenario' }).inputValue())
      .toBe('fetch-square');
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
