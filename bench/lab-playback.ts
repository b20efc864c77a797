/**
 * Drives the 50-call Lab in the bench's page: opens it, plays it from the start while the
 * probes record frames and long tasks, moves the Time slider by keyboard, and reads the
 * main thread's CPU time (DevTools protocol) so a slow figure says whether script, style or
 * layout is the cost.
 *
 * @example
 *   const lab = await openLab(page, siteUrl);
 *   if (!lab.missing) { const cost = await mainThreadCost(page, () => playLab(page, 5)); }
 */
import type { Page } from 'playwright-core';
import { pressKeys, startInputLatencies } from './input-latency';
import { recordPlayback, type PlaybackRecord } from './probes';

/** 50 Lab calls, intervals 0.5 s … 10.25 s in a scrambled order, every 7th one failing. */
export function lab50Query(): string {
  const calls = Array.from({ length: 50 }, (_, i) => i);
  const numbers = calls.map((i) => String(i + 2)).join(',');
  const delays = calls.map((i) => (0.5 + ((i * 37) % 40) * 0.25).toFixed(2)).join(',');
  const outcomes = calls.map((i) => (i % 7 === 3 ? 'fail' : 'ok')).join(',');
  return `?scenario=lab&numbers=${numbers}&delays=${delays}&outcomes=${outcomes}&observe=callbacks&speed=8&predict=0`;
}

export interface LabControls {
  missing: string | null;
}

export async function openLab(page: Page, siteUrl: string): Promise<LabControls> {
  await page.goto(siteUrl + lab50Query(), { waitUntil: 'load' });
  const wanted = [
    ['button "Play"', page.getByRole('button', { name: 'Play', exact: true })],
    ['slider "Time"', page.getByRole('slider', { name: 'Time', exact: true })],
    ['button "Reset"', page.getByRole('button', { name: 'Reset', exact: true })],
  ] as const;
  for (const [label, locator] of wanted) {
    const found = await locator
      .first()
      .waitFor({ state: 'visible', timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (!found) return { missing: `the page has no ${label} yet` };
  }
  // Measure what a viewer watches: the timeline's lanes on screen, not the Lab form above them.
  await page.getByRole('heading', { name: 'Timeline' }).evaluate((h) => h.scrollIntoView());
  return { missing: null };
}

/** Back to the start (Reset is disabled when already there). */
async function resetIfNeeded(page: Page): Promise<void> {
  const reset = page.getByRole('button', { name: 'Reset', exact: true });
  if (await reset.isEnabled()) await reset.click();
}

/** Plays the Lab from the start `runs` times, each to its end (or 20 s): one record each. */
export async function playLab(page: Page, runs: number): Promise<PlaybackRecord[]> {
  const records: PlaybackRecord[] = [];
  const slider = await page.getByRole('slider', { name: 'Time', exact: true }).elementHandle();
  for (let run = 0; run < runs; run++) {
    await resetIfNeeded(page);
    // Looked up each time: the button may be re-rendered (Play ↔ Pause) between runs.
    const play = await page.getByRole('button', { name: 'Play', exact: true }).elementHandle();
    records.push(await page.evaluate(recordPlayback, [play!, slider!, 20_000, false] as const));
  }
  return records;
}

/** The slowest of 45 Time-slider keys (arrows, pages, Home, End), each to its next frame. */
export async function sliderKeyLatency(page: Page): Promise<number> {
  await resetIfNeeded(page);
  await page.getByRole('slider', { name: 'Time', exact: true }).focus();
  await startInputLatencies(page);
  const keys = [
    ...Array<string>(20).fill('ArrowRight'),
    'PageDown',
    'End',
    ...Array<string>(10).fill('ArrowLeft'),
    'PageUp',
    'Home',
    ...Array<string>(10).fill('ArrowUp'),
  ];
  const latencies = await pressKeys(page, keys);
  return Math.max(...latencies.map((l) => l.ms));
}

/** Main-thread CPU time spent while `work` runs, by kind, in ms. */
export async function mainThreadCost(
  page: Page,
  work: () => Promise<unknown>,
): Promise<{ script: number; style: number; layout: number; total: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return {
      script: get('ScriptDuration'),
      style: get('RecalcStyleDuration'),
      layout: get('LayoutDuration'),
      total: get('TaskDuration'),
    };
  };
  const before = await read();
  await work();
  const after = await read();
  await cdp.detach();
  return {
    script: after.script - before.script,
    style: after.style - before.style,
    layout: after.layout - before.layout,
    total: after.total - before.total,
  };
}
