/**
 * Drives keys and wheel steps in the bench's page and returns, for each, the time from the
 * event to the frame after its handlers (see `measureInputLatencies` in probes.ts).
 *
 * @example
 *   await startInputLatencies(page);
 *   const keys = await pressKeys(page, ['+', '-']);      // [{ type: 'keydown', ms, changes }, …]
 *   const wheels = await wheelSteps(page, [300, -300]);  // at the mouse's position
 */
import type { Page } from 'playwright-core';
import { measureInputLatencies, type InputLatency } from './probes';

/** From now on, every keydown and wheel event in the page is measured. */
export async function startInputLatencies(page: Page): Promise<void> {
  await page.evaluate(measureInputLatencies);
}

const recorded = (page: Page) => page.evaluate(() => window.__inputLatencies?.length ?? 0);

/** Waits until the event just sent has its frame, so one input never overlaps the next. */
async function awaitRecord(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => (window.__inputLatencies?.length ?? 0) > n, before);
}

async function latenciesSince(page: Page, first: number): Promise<InputLatency[]> {
  return page.evaluate((n) => (window.__inputLatencies ?? []).slice(n), first);
}

/** Presses each key in turn (to whatever has focus) and measures each. */
export async function pressKeys(page: Page, keys: string[]): Promise<InputLatency[]> {
  const first = await recorded(page);
  for (const [index, key] of keys.entries()) {
    await page.keyboard.press(key);
    await awaitRecord(page, first + index);
  }
  return latenciesSince(page, first);
}

/** One wheel event per delta, sideways (deltaX), where the mouse is; measures each. */
export async function wheelSteps(page: Page, deltasX: number[]): Promise<InputLatency[]> {
  const first = await recorded(page);
  for (const [index, deltaX] of deltasX.entries()) {
    await page.mouse.wheel(deltaX, 0);
    await awaitRecord(page, first + index);
  }
  return latenciesSince(page, first);
}
