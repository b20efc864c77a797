// Issue 7 §4: 100 looped playbacks at top speed; the JS heap, measured after a forced
// garbage collection, grows by at most 5 MB. The story is a short Lab that still exercises
// every moving part (timers, done-callbacks, result(), a failure and a raise) so that 100
// loops fit in CI's time: fetch-square's 5-second timers would take ~2 minutes here.
import { afterAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { closeBrowser, openApp } from '../page';
import { timeSlider } from './controls';

afterAll(closeBrowser);

const SOAK_LINK =
  '?scenario=lab&numbers=2,3,4,5&delays=0.5,0.25,0.75,0.5&outcomes=ok,fail,raise,ok&observe=both&speed=8&predict=0';
const LOOPS = 100;
const WARM_UP = 5;
const GROWTH_BUDGET = 5 * 1024 * 1024;

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Reset, Play, wait for the end: `count` times, driven inside the page (no per-frame round trips). */
function loopPlaybacks(page: Page, count: number): Promise<number> {
  return page.evaluate(async (loops) => {
    const buttons = () => Array.from(document.querySelectorAll('button'));
    const named = (name: string) =>
      buttons().find((b) => b.textContent?.replace(/[^\p{L} ]/gu, '').trim() === name);
    const slider = document.querySelector<HTMLInputElement>('input[type="range"]')!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let completed = 0;
    for (let i = 0; i < loops; i++) {
      named('Reset')?.click();
      await frame();
      named('Play')!.click();
      const started = performance.now();
      while (Number(slider.value) < Number(slider.max) && performance.now() - started < 10_000) {
        await frame();
      }
      if (Number(slider.value) >= Number(slider.max)) completed++;
    }
    return completed;
  }, count);
}

describe('soak', () => {
  it(`${LOOPS} playbacks of a Lab story at top speed grow the heap by ≤ 5 MB`, async () => {
    const { page, watch } = await openApp(SOAK_LINK);
    await timeSlider(page).waitFor();
    const cdp = await page.context().newCDPSession(page);
    expect(await loopPlaybacks(page, WARM_UP)).toBe(WARM_UP);
    const before = await heapAfterGc(cdp);
    expect(await loopPlaybacks(page, LOOPS)).toBe(LOOPS);
    const after = await heapAfterGc(cdp);
    console.log(
      `soak: heap ${(before / 1048576).toFixed(2)} MB → ${(after / 1048576).toFixed(2)} MB`,
    );
    expect(after - before).toBeLessThanOrEqual(GROWTH_BUDGET);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
