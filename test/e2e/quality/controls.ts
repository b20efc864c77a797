/**
 * The app's controls as the quality tests drive them: by role and accessible name only (the
 * names issue 6 fixes), so the tests hold whatever the markup becomes.
 *
 * @example
 *   await moveToMidStory(page);
 *   await playToEnd(page);
 */
import type { Locator, Page } from 'playwright-core';

export const button = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

export const timeSlider = (page: Page): Locator =>
  page.getByRole('slider', { name: 'Time', exact: true });

/** The slider's position and range, from ARIA attributes or a native range input. */
export async function sliderState(page: Page): Promise<{ now: number; min: number; max: number }> {
  return timeSlider(page).evaluate((el) => {
    const input = el as HTMLInputElement;
    const read = (name: string, fallback: string) =>
      Number(el.getAttribute(`aria-value${name}`) ?? fallback);
    return {
      now: read('now', input.value),
      min: read('min', input.min),
      max: read('max', input.max),
    };
  });
}

/** Waits until there is a story to move through (the playground has one after its first run). */
export async function waitForStory(page: Page, timeout = 30_000): Promise<void> {
  await timeSlider(page).waitFor({ timeout });
  const slider = await timeSlider(page).elementHandle();
  await page.waitForFunction(
    (el) => {
      const input = el as HTMLInputElement;
      const max = Number(el?.getAttribute('aria-valuemax') ?? input.max);
      const min = Number(el?.getAttribute('aria-valuemin') ?? input.min);
      return max > min;
    },
    slider,
    { timeout },
  );
}

/** Moves the playhead by keyboard on the Time slider to the middle of the story. */
export async function moveToMidStory(page: Page): Promise<void> {
  await timeSlider(page).waitFor();
  await timeSlider(page).focus();
  await page.keyboard.press('Home');
  const { min, max } = await sliderState(page);
  const words = () => timeSlider(page).getAttribute('aria-valuetext');
  let now = (await sliderState(page)).now;
  let said = await words();
  for (let i = 0; i < 400 && now < (min + max) / 2; i++) {
    await page.keyboard.press('ArrowRight');
    // The slider is in seconds, so a step within one instant (a second print) keeps its value;
    // its words ("… step 7 of 31") still change. When they do not, a Predict question holds
    // the playhead: the story stops there, mid-way, until it is answered.
    const after = await words();
    if (after === said) break;
    said = after;
    now = (await sliderState(page)).now;
  }
}

/** Presses Play and waits until the slider reaches its end and the button says Play again. */
export async function playToEnd(page: Page, timeout = 30_000): Promise<void> {
  await button(page, 'Play').click();
  const slider = await timeSlider(page).elementHandle();
  await page.waitForFunction(
    (el) => {
      const input = el as HTMLInputElement;
      const now = Number(el?.getAttribute('aria-valuenow') ?? input.value);
      const max = Number(el?.getAttribute('aria-valuemax') ?? input.max);
      return now >= max;
    },
    slider,
    { timeout, polling: 'raf' },
  );
  await button(page, 'Play').waitFor({ timeout });
}

/** The Console's lines (role "log", named "Console"), as text. */
export async function consoleText(page: Page): Promise<string> {
  return page.getByRole('log', { name: 'Console' }).innerText();
}

/** A small seeded generator (mulberry32): the same seed drives the same control sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
