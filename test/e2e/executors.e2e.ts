/**
 * An executor scenario and the issue's own pool program, stepped through as a learner does:
 * while the narration says MainThread is blocked, its lane never says it runs; each wake is
 * its own step, told with who woke it, and drawn as an arrow from the worker that did it.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './page';
import { ISSUE_PROGRAM } from '../fixtures/issueProgram';

afterAll(closeBrowser);

const consoleLines = (page: Page) =>
  page.getByRole('log', { name: 'Console' }).locator('.console-text').allTextContents();
const narration = async (page: Page) =>
  (await page.getByRole('status', { name: 'Narration' }).textContent()) ?? '';

/** Each lane's words at the playhead: thread name → its activity ("blocked in as_completed()"). */
async function laneActivities(page: Page): Promise<Map<string, string>> {
  const rows = page.getByRole('list', { name: 'Lanes' }).getByRole('listitem');
  const out = new Map<string, string>();
  for (const row of await rows.all()) {
    const name = await row.locator('.tl-name').textContent();
    const activity = await row.locator('.tl-activity').textContent();
    if (name && activity !== null) out.set(name.trim(), activity.trim());
  }
  return out;
}

interface Step {
  narration: string;
  main: string;
  lanes: Map<string, string>;
  arrows: string[];
}

/** Presses Step forward until it is disabled, reading what a learner sees at each step. */
async function stepThrough(page: Page): Promise<Step[]> {
  const forward = page.getByRole('button', { name: 'Step forward' });
  const steps: Step[] = [];
  for (let i = 0; i < 2000 && (await forward.isEnabled()); i++) {
    await forward.click();
    const lanes = await laneActivities(page);
    steps.push({
      narration: await narration(page),
      main: lanes.get('MainThread') ?? '',
      lanes,
      arrows: await page
        .getByRole('img')
        .evaluateAll((els) =>
          els
            .map((el) => el.getAttribute('aria-label') ?? '')
            .filter((name) => / wakes | hands | runs /.test(name)),
        ),
    });
  }
  return steps;
}

/**
 * From "MainThread blocks in <call>" to the step that wakes it, MainThread's lane says the wait
 * at every step in between: it is never drawn as running while it waits.
 */
function expectBlockedBetweenWakes(steps: Step[], call: string) {
  let waiting = false;
  let waits = 0;
  for (const step of steps) {
    if (step.narration.startsWith(`MainThread blocks in ${call}`)) {
      waiting = true;
      waits++;
    } else if (waiting && step.narration.includes(`wakes MainThread`)) waiting = false;
    if (waiting) expect(step.main, step.narration).toBe(`blocked in ${call}`);
  }
  expect(waits).toBeGreaterThan(0);
}

describe('executors in Chromium', () => {
  it('pool-as-completed: MainThread blocked in as_completed() until each worker wakes it', async () => {
    const { page, watch } = await openApp('?scenario=pool-as-completed&predict=0');
    await page.getByRole('button', { name: 'Step forward' }).waitFor();
    const steps = await stepThrough(page);

    expectBlockedBetweenWakes(steps, 'as_completed()');
    const wakes = steps.filter((s) => /so as_completed\(\) wakes MainThread/.test(s.narration));
    expect(wakes.map((s) => /on (ThreadPoolExecutor-0_\d)/.exec(s.narration)?.[1])).toEqual([
      'ThreadPoolExecutor-0_1',
      'ThreadPoolExecutor-0_2',
      'ThreadPoolExecutor-0_0',
    ]);
    // A worker whose job is done waits for work; at the end of the with block MainThread waits
    // in shutdown(wait=True).
    expect(steps.some((s) => [...s.lanes.values()].includes('waiting for work'))).toBe(true);
    expect(steps.some((s) => s.main === 'blocked in shutdown(wait=True)')).toBe(true);
    expect(await consoleLines(page)).toEqual([
      'work 2 is done',
      'work 3 is done',
      'work 1 is done',
    ]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it("the issue's program in the playground: MainThread blocked in as_completed(), each wake arrow from the worker that finished", async () => {
    const query = `?scenario=playground&predict=0&code=${encodeURIComponent(ISSUE_PROGRAM)}`;
    const { page, watch } = await openApp(query);
    await page
      .getByRole('list', { name: 'Lanes' })
      .getByText('ThreadPoolExecutor-0_3', { exact: true })
      .waitFor({ timeout: 90_000 });
    // The run may have started playing: back to the first step, paused.
    const reset = page.getByRole('button', { name: 'Reset' });
    if (await reset.isEnabled()) await reset.click();
    if (await page.getByRole('button', { name: 'Pause' }).isVisible())
      await page.getByRole('button', { name: 'Pause' }).click();
    const steps = await stepThrough(page);

    expectBlockedBetweenWakes(steps, 'as_completed()');
    const wakes = steps.filter((s) => /so as_completed\(\) wakes MainThread/.test(s.narration));
    expect(wakes.length).toBeGreaterThan(0);
    for (const step of wakes) {
      const worker = /on (ThreadPoolExecutor-0_\d)/.exec(step.narration)?.[1];
      expect(step.arrows, step.narration).toContain(
        `set_result on ${worker} wakes MainThread from as_completed()`,
      );
    }
    expect((await consoleLines(page)).map(Number).sort((a, b) => a - b)).toEqual([
      0, 1, 4, 9, 16, 25, 36, 49,
    ]);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });
});
