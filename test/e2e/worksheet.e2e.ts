import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { gatesFor } from '../../src/predict';
import { DEFAULT_LAB, runScenario } from '../../src/scenarios';
import type { LabParams } from '../../src/scenarios/types';
import { closeBrowser, openApp, type PageWatch } from './page';
import { axeViolations } from './quality/axe';

afterAll(closeBrowser);

/** Opens the app at `query`, ready to play, with `window.print` recording its calls instead of opening a dialog. */
async function openWithPrintStub(query: string) {
  const opened = await openApp(query);
  await opened.page.getByRole('button', { name: /^(Play|Pause)$/ }).waitFor();
  await opened.page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
  return opened;
}

async function printWorksheet(page: Page) {
  await page.getByText('Share & export').click();
  await page.getByRole('button', { name: 'Print worksheet' }).click();
  await page.getByRole('dialog', { name: /^Worksheet: / }).waitFor();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
}

/** Pages in a PDF: one `/Type /Page` object each (`/Pages` is the tree that holds them). */
const pdfPages = (pdf: Buffer): number =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** In print media: the questions and the key are shown, the app's own controls are not. */
async function expectPrintedSheet(page: Page, questions: string[]) {
  await page.emulateMedia({ media: 'print' });
  for (const q of new Set(questions))
    expect(await page.getByText(q, { exact: true }).first().isVisible()).toBe(true);
  expect(await page.getByRole('heading', { name: 'Answers for the teacher' }).isVisible()).toBe(
    true,
  );
  expect(await page.getByRole('heading', { name: 'The program' }).isVisible()).toBe(true);
  // The app behind the sheet, and the sheet's own Print / Close bar, stay off paper.
  for (const name of ['Futures Visualizer', 'Code', 'Console'])
    expect(await page.getByRole('heading', { name, exact: true }).first().isVisible()).toBe(false);
  for (const name of ['Play', 'Step forward', 'Print', 'Close'])
    expect(await page.getByRole('button', { name, exact: true }).first().isVisible()).toBe(false);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The sheet, then the answers on a page of their own.
  expect(pdfPages(pdf)).toBeGreaterThan(1);
}

async function done(page: Page, watch: PageWatch) {
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  await page.context().close();
}

describe('Print worksheet in Chromium', () => {
  it('fetch_square: prints once, and the printed page is the sheet with its questions and key', async () => {
    const { page, watch } = await openWithPrintStub('?scenario=fetch-square');
    await printWorksheet(page);
    await expectPrintedSheet(
      page,
      gatesFor(runScenario('fetch-square').trace).map((g) => g.question),
    );
    await done(page, watch);
  });

  it('the Lab prints the sheet of its current parameters', async () => {
    const params: LabParams = { ...DEFAULT_LAB, delays: [3, 1, 2], observe: 'both' };
    const { page, watch } = await openWithPrintStub(
      '?scenario=lab&numbers=2,3,4&delays=3,1,2&observe=both',
    );
    await printWorksheet(page);
    await expectPrintedSheet(
      page,
      gatesFor(runScenario('lab', params).trace).map((g) => g.question),
    );
    await done(page, watch);
  });

  it('Preview worksheet shows the sheet on screen; Close takes it away and the app is back', async () => {
    const { page, watch } = await openWithPrintStub('?scenario=who-runs-callback');
    await page.getByText('Share & export').click();
    await page.getByRole('button', { name: 'Preview worksheet' }).click();
    const dialog = page.getByRole('dialog', { name: /^Worksheet: / });
    await dialog.getByRole('heading', { name: 'Answers for the teacher' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Play' }).isVisible()).toBe(true);
    await done(page, watch);
  });
});
