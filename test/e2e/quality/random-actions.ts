/**
 * One random control action for the long random run: transport buttons, slider and page
 * keys, speed, auto-pause, Predict mode and its questions, and the scenario picker.
 *
 * @example
 *   const random = seededRandom(7);
 *   for (let i = 0; i < 500; i++) await randomAction(page, random, baseURL);
 */
import { errors, type Page } from 'playwright-core';
import { SCENARIOS } from '../../../src/scenarios/registry';
import { button, timeSlider } from './controls';

/**
 * Runs a step that needs a control to be there and usable right now. Play turns into Pause as
 * playback runs and a Predict question may cover the page, so a control seen a moment ago
 * may be gone or inert: that is the harness's race, not the app's failure, and the step is
 * skipped (the app's own failures show as console errors, which the test checks).
 */
async function ifReady(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
  }
}

const SOON = { timeout: 1_000 };

/** Does one action chosen by `random`; returns its name (for the failure message). */
export async function randomAction(
  page: Page,
  random: () => number,
  baseURL: string,
): Promise<string> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const roll = random();
  if (roll < 0.4) {
    const name = pick(['Play', 'Pause', 'Step forward', 'Step back', 'Reset', 'Jump to end']);
    const control = button(page, name);
    // Play and Pause are one button: the one not shown now is skipped at once, not waited for.
    await ifReady(async () => {
      if ((await control.count()) > 0 && (await control.isEnabled({ timeout: 300 })))
        await control.click(SOON);
    });
    return `click ${name}`;
  }
  if (roll < 0.58) {
    const key = pick(['ArrowRight', 'ArrowLeft', 'Home', 'End', 'PageUp', 'PageDown']);
    await ifReady(() => timeSlider(page).focus(SOON));
    await page.keyboard.press(key);
    return `slider ${key}`;
  }
  if (roll < 0.7) {
    const key = pick(['Space', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'PageDown', 'Escape']);
    await page.keyboard.press(key);
    return `key ${key}`;
  }
  if (roll < 0.78) {
    const speed = page.getByRole('combobox', { name: /speed/i });
    const options = await speed.locator('option').allTextContents();
    const label = pick(options);
    await ifReady(() => speed.selectOption({ label }, SOON));
    return `speed ${label}`;
  }
  if (roll < 0.82) {
    await ifReady(() => page.getByRole('switch', { name: /auto-pause/i }).click(SOON));
    return 'toggle auto-pause';
  }
  if (roll < 0.86) {
    await ifReady(() => page.getByRole('switch', { name: 'Predict mode' }).click(SOON));
    return 'toggle Predict mode';
  }
  if (roll < 0.93) {
    // Answer (or dismiss) whatever a Predict question offers, if one is open.
    const choices = page.getByRole('dialog').getByRole('button');
    const count = await choices.count();
    if (count) await ifReady(() => choices.nth(Math.floor(random() * count)).click(SOON));
    return 'answer a question';
  }
  const scenario = pick(SCENARIOS.filter((s) => s.kind !== 'playground')).id;
  const picker = page.getByRole('combobox', { name: /scenario/i });
  if (await picker.count()) await ifReady(() => picker.selectOption(scenario, SOON));
  else await page.goto(baseURL + `?scenario=${scenario}`);
  return `scenario ${scenario}`;
}
