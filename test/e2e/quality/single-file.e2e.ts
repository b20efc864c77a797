// Issue 7 §5: `npm run build:single` makes one self-contained .html that works from file://.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SINGLE_FILE_NAME } from '../../../build/single-file';
import { closeBrowser, getBrowser } from '../page';
import { consoleText, playToEnd } from './controls';

let outDir = '';

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'fv-single-'));
  // As in global-setup: without this, vitest's NODE_ENV=test would yield a development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'single', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}, 120_000);

afterAll(async () => {
  await closeBrowser();
  await rm(outDir, { recursive: true, force: true });
});

describe('the single-file build', () => {
  it('is exactly one .html file', async () => {
    expect(await readdir(outDir)).toEqual([SINGLE_FILE_NAME]);
  });

  it('opens from file:// and plays fetch-square to its end, loading nothing else', async () => {
    const context = await (
      await getBrowser()
    ).newContext({ viewport: { width: 1366, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    const file = pathToFileURL(join(outDir, SINGLE_FILE_NAME)).href;
    await page.goto(file + '?scenario=fetch-square&speed=8&predict=0', { waitUntil: 'load' });
    expect(await page.title()).toBe('Futures Visualizer');
    await playToEnd(page);
    expect(await consoleText(page)).toContain('Result is: 16');
    expect(requests.filter((url) => !url.startsWith(file) && !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
