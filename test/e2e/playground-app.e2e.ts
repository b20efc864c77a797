// Issue 8 in the app: `?scenario=playground` edits, runs on CPython (Pyodide) and shows the
// trace in the same panels as the built-in scenarios; links carry the program as `code=`.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { UNSUPPORTED_MESSAGE } from '../../src/playground/report';
import { runScenario } from '../../src/scenarios';
import { closeBrowser, openApp } from './page';
import { axeViolations } from './quality/axe';
import { SEED_FETCH_SQUARE as SEED } from '../seed/seed';

afterAll(closeBrowser);

// What only the playground loads: its view, the editor, the worker and the runtime.
const PLAYGROUND_FILES = /\/(Playground|PythonEditor)-[^/]*\.js$|playground-worker\.js|\/pyodide\//;

const editor = (page: Page) => page.getByRole('textbox', { name: 'Python program' });
const consoleLines = (page: Page) =>
  page.getByRole('log', { name: 'Console' }).locator('.console-text').allTextContents();
const laneNames = (page: Page) =>
  page.getByRole('list', { name: 'Lanes' }).locator('.tl-name').allTextContents();
const slider = (page: Page) => page.getByRole('slider', { name: 'Time' });

/** The editor's whole text, as the learner gets it: the playground's Download Python. */
async function editorText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Python' }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

/** The opening run has finished when its trace's MainThread lane is on screen. */
async function openingRunShown(page: Page) {
  await editor(page).waitFor({ timeout: 30_000 });
  await page
    .getByRole('list', { name: 'Lanes' })
    .getByText('MainThread', { exact: true })
    .waitFor({ timeout: 60_000 });
}

async function openPlayground(query: string) {
  const opened = await openApp(query);
  await openingRunShown(opened.page);
  return opened;
}

/** Waits until playback (started by Run) reaches the end of the trace. */
async function waitForEnd(page: Page) {
  await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
  await expect
    .poll(
      async () => (await slider(page).inputValue()) === (await slider(page).getAttribute('max')),
    )
    .toBe(true);
}

describe('the playground in the app (Chromium)', () => {
  it('edits fetch_square(2) to fetch_square(5) by keyboard, runs it and plays its futures', async () => {
    const { page, watch } = await openPlayground('?scenario=playground');
    expect(await page.getByRole('combobox', { name: 'Scenario' }).inputValue()).toBe('playground');
    // The opening run already shows the seed's program in the code panel.
    expect(await page.getByRole('region', { name: 'Source code' }).textContent()).toContain(
      'fetch_square(2)',
    );
    // The learner's own program: they answer no Predict questions here.
    await page.getByRole('switch', { name: 'Predict mode' }).uncheck();
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');

    const line = SEED.split('\n').indexOf('fetch_square(2)');
    expect(line).toBeGreaterThan(0);
    await editor(page).click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < line; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('5');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('code'))
      .toBe(SEED.replace('fetch_square(2)', 'fetch_square(5)'));

    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 30_000 });
    await waitForEnd(page);
    const printed = await consoleLines(page);
    expect(printed).toContain('Result is: 25');
    expect([...printed].sort()).toEqual(['Result is: 16', 'Result is: 25', 'Result is: 9']);
    expect(await laneNames(page)).toEqual(
      expect.arrayContaining(['MainThread', 'Thread-1', 'Thread-2', 'Thread-3']),
    );
    expect(await page.getByRole('region', { name: 'Source code' }).textContent()).toContain(
      'fetch_square(5)',
    );
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('restores a program and its moment from a code= and t= link', async () => {
    const code = 'import threading\nthreading.Timer(2.0, lambda: print("late", 6 * 7)).start()\n';
    const query = new URLSearchParams({ scenario: 'playground', code, t: '1.5', predict: '0' });
    const { page, watch } = await openPlayground(`?${query}`);
    expect(await editorText(page)).toBe(code);
    await expect.poll(() => page.getByLabel('Playhead time').textContent()).toMatch(/^1\.50* s$/);
    expect(new URL(page.url()).searchParams.get('t')).toBe('1.5');
    expect(await consoleLines(page)).toEqual([]);
    await page.getByRole('button', { name: 'Jump to end' }).click();
    expect(await consoleLines(page)).toEqual(['late 42']);
    expect(await laneNames(page)).toEqual(expect.arrayContaining(['MainThread', 'Thread-1']));
    expect(new URL(page.url()).searchParams.get('code')).toBe(code);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('"Edit this code" on fetch-square opens its downloadable .py in the playground', async () => {
    const python = runScenario('fetch-square').python;
    const { page, watch } = await openApp('?scenario=fetch-square&predict=0');
    await page.getByRole('link', { name: 'Edit this code' }).click();
    await editor(page).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('playground');
    expect(new URL(page.url()).searchParams.get('code')).toBe(python);
    expect(await editorText(page)).toBe(python);
    await openingRunShown(page);
    await page.getByRole('switch', { name: 'Predict mode' }).uncheck();
    await page.getByRole('button', { name: 'Jump to end' }).click();
    expect(await consoleLines(page)).toEqual(coreConsole('fetch-square'));
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('"Edit this code" on fetch-square-asyncio runs it on the virtual-time event loop', async () => {
    const python = runScenario('fetch-square-asyncio').python;
    const { page, watch } = await openApp('?scenario=fetch-square-asyncio&predict=0');
    await page.getByRole('link', { name: 'Edit this code' }).click();
    await editor(page).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('code')).toBe(python);
    await openingRunShown(page);
    await page.getByRole('switch', { name: 'Predict mode' }).uncheck();
    await page.getByRole('button', { name: 'Jump to end' }).click();
    expect(await consoleLines(page)).toEqual(coreConsole('fetch-square-asyncio'));
    // Drawn as the core draws it: the loop's thread, and the coroutine as a task of its own.
    const lanes = await laneNames(page);
    expect(lanes).toContain('MainThread ⟳ runs the asyncio event loop');
    expect(lanes.some((name) => name.startsWith('↳ Task-1 · main()'))).toBe(true);
    // The 5-second call_later costs virtual time only: the run ends just after 5 s.
    expect(Number(await slider(page).getAttribute('max')) / 1e6).toBeCloseTo(5.03, 1);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });

  it.each([
    { colorScheme: 'light', width: 1366, height: 800 },
    { colorScheme: 'dark', width: 390, height: 844 },
  ] as const)(
    'has no axe violations after a run ($colorScheme, $width px)',
    async ({ colorScheme, width, height }) => {
      const { page, watch } = await openApp('?scenario=playground&predict=0', {
        width,
        height,
        colorScheme,
        reducedMotion: true,
      });
      await openingRunShown(page);
      await page.getByRole('button', { name: 'Step forward' }).click();
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.errors).toEqual([]);
      await page.context().close();
    },
  );

  it('keeps the playground and Pyodide out of the first screen', async () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial) {
      const js = readFileSync(`dist/${file}`, 'utf8');
      expect(js, file).not.toMatch(/@codemirror|cm-editor|loadPyodide|pyodide\.asm/);
    }
    const { page, watch } = await openApp('?scenario=fetch-square&predict=0');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await page.getByRole('button', { name: 'Jump to end' }).click();
    expect(requested.filter((url) => PLAYGROUND_FILES.test(url))).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('without stack switching says so, offers Download Python, and the app still works', async () => {
    const { page, watch } = await openApp('?scenario=fetch-square&predict=0');
    await page.addInitScript(() => {
      const wasm = WebAssembly as unknown as Record<string, unknown>;
      delete wasm.Suspending;
      delete wasm.Suspender;
    });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(page.url().replace(/\?.*$/, '?scenario=playground&predict=0'));
    await page.getByText(UNSUPPORTED_MESSAGE).waitFor({ timeout: 30_000 });
    await expect.poll(() => editor(page).count()).toBe(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Python' }).click();
    expect((await download).suggestedFilename()).toBe('main.py');
    expect(requested.filter((url) => /playground-worker\.js|\/pyodide\//.test(url))).toEqual([]);
    // The built-in scenarios are one choice away and play as ever.
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('fetch-square');
    await page.getByRole('button', { name: 'Jump to end' }).click();
    expect(await consoleLines(page)).toEqual(['Result is: 4', 'Result is: 9', 'Result is: 16']);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.context().close();
  });
});

/** The console the TypeScript core shows at the end of a built-in scenario. */
function coreConsole(id: 'fetch-square' | 'fetch-square-asyncio'): string[] {
  return runScenario(id).trace.events.flatMap((e) =>
    e.type === 'stdout' ? [e.text.replace(/\n$/, '')] : [],
  );
}
