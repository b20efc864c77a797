/**
 * The 50-call Lab's figures (issue 14's budgets): five separate playbacks at 8×, each with
 * its own p95 frame interval (all five must be within a frame), long tasks across all five,
 * main-thread CPU per frame, and the slowest Time-slider key.
 *
 * @example
 *   printFigures(await labFigures(page, siteUrl));
 */
import type { Page } from 'playwright-core';
import {
  CPU_PER_FRAME_BUDGET_MS,
  FRAME_BUDGET_MS,
  LONG_TASK_BUDGET,
  SLIDER_KEY_BUDGET_MS,
} from './budgets';
import { mainThreadCost, openLab, playLab, sliderKeyLatency } from './lab-playback';
import { startProfile } from './profile';
import { playNothing, type PlaybackRecord } from './probes';
import { longTaskFigure, perRunP95Figure } from './playback-figures';
import type { Figure } from './report';
import { round1, round2 } from './stats';

export const LAB_RUNS = 5;

const FRAME_P95 = `Lab 50 calls at 8×: frame p95, worst of ${LAB_RUNS} runs`;
const LONG_TASKS = `Lab 50 calls at 8×: long tasks > 50 ms (${LAB_RUNS} runs)`;
const CPU = 'Lab 50 calls at 8×: main-thread CPU per frame';
const SLIDER = 'slowest Time-slider keyboard response (45 keys)';
const FLOOR = '  the same on a page that only moves a line and a slider';

/** Every Lab figure as n/a, each saying why. */
function missingFigures(why: string): Figure[] {
  return [
    { name: FRAME_P95, value: null, unit: 'ms', budget: FRAME_BUDGET_MS, note: why },
    { name: LONG_TASKS, value: null, unit: '', budget: LONG_TASK_BUDGET, note: why },
    { name: CPU, value: null, unit: 'ms', budget: CPU_PER_FRAME_BUDGET_MS, note: why },
    { name: SLIDER, value: null, unit: 'ms', budget: SLIDER_KEY_BUDGET_MS, note: why },
  ];
}

/** Opens the 50-call Lab in `page` and measures it; n/a figures when a control is missing. */
export async function labFigures(page: Page, siteUrl: string): Promise<Figure[]> {
  const lab = await openLab(page, siteUrl);
  if (lab.missing) return missingFigures(lab.missing);
  if (process.env.BENCH_PROFILE) {
    const stop = await startProfile(page);
    await playLab(page, 1);
    console.log(`\n  CPU profile of one Lab playback (self time):\n${await stop()}`);
  }
  let records: PlaybackRecord[] = [];
  const cost = await mainThreadCost(page, async () => {
    records = await playLab(page, LAB_RUNS);
  });
  const frames = records.reduce((sum, r) => sum + r.frameIntervals.length, 0);
  const slowestKey = await sliderKeyLatency(page);
  return [
    perRunP95Figure(FRAME_P95, records),
    longTaskFigure(LONG_TASKS, records),
    {
      name: CPU,
      value: round2(cost.total / Math.max(1, frames)),
      unit: 'ms',
      budget: CPU_PER_FRAME_BUDGET_MS,
      note: `script ${round1(cost.script)} ms, style ${round1(cost.style)} ms, layout ${round1(cost.layout)} ms in all`,
    },
    await cpuFloorFigure(page),
    {
      name: SLIDER,
      value: round1(slowestKey),
      unit: 'ms',
      budget: SLIDER_KEY_BUDGET_MS,
    },
  ];
}

/**
 * The CPU-per-frame measure on a page that draws almost nothing (no budget): this machine's
 * floor for any playback, so a reader sees how much of the Lab's figure is the machine's.
 * Machines of the same 2-core class have read 1 to 2.4 ms here. Run in a page of its own, so
 * the Lab's page is left as it was.
 */
async function cpuFloorFigure(labPage: Page): Promise<Figure> {
  const page = await labPage.context().newPage();
  let frames = 0;
  const cost = await mainThreadCost(page, async () => {
    frames = await page.evaluate(playNothing, 4_000);
  });
  await page.close();
  return {
    name: FLOOR,
    value: round2(cost.total / Math.max(1, frames)),
    unit: 'ms',
    note: 'and its readout, every frame: no budget; the floor of any playback on this machine',
  };
}
