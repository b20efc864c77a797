/**
 * Bench section "timeline": a playground program with 1,000 pool jobs, opened from its link
 * as a learner would (`?scenario=playground&code=…&speed=8`):
 * - from the app's `fv:trace-arrived` mark (the run's trace handed to the player) to the end
 *   of the first frame after it;
 * - playing it at 8× with the Timeline heading scrolled into view (what a viewer watches):
 *   p95 frame interval, long tasks, and the most elements in the page (middle and end);
 * - the slowest zoom or pan step on it (zoom-pan.ts).
 * A figure that cannot be measured is n/a with the reason, never invented.
 *
 * @example
 *   const ok = await poolTimelineBench.run();
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/chromium.mjs';
import {
  DOM_NODES_BUDGET,
  FRAME_BUDGET_MS,
  LONG_TASK_BUDGET,
  TRACE_TO_FIRST_FRAME_BUDGET_MS,
} from './budgets';
import { longTaskFigure, perRunP95Figure } from './playback-figures';
import { serveIsolated } from './isolated-server';
import { newBenchPage } from './page';
import { recordPlayback, watchTraceArrived, type TraceArrival } from './probes';
import { printFigures, type Figure } from './report';
import type { BenchSection } from './run';
import { sharedBuilds, type Built } from './site';
import { round1 } from './stats';
import { inputFloorFigures, zoomPanFigure } from './zoom-pan';

/**
 * 1,000 jobs on 8 workers. Sleeps of 0.1 s × (n mod 7) make a run of about 37 virtual
 * seconds, some 4.7 s of playback at 8×: enough frames for a p95 to mean something.
 */
export const POOL_1000 = [
  'from concurrent.futures import ThreadPoolExecutor',
  'import time',
  '',
  'def job(n):',
  '    time.sleep(0.1 * (n % 7))',
  '    return n * n',
  '',
  'with ThreadPoolExecutor(max_workers=8) as ex:',
  '    futures = [ex.submit(job, n) for n in range(1000)]',
  '',
  'print(sum(f.result() for f in futures))',
  '',
].join('\n');

/** What CPython prints for it: the sum of n² for n < 1000. */
export const POOL_1000_PRINTS = '332833500';

const FIRST_FRAME = 'playground, 1,000 pool jobs: trace arrived → first frame';
const FRAME_P95 = '1,000 pool jobs at 8×: p95 frame interval';
const LONG_TASKS = '1,000 pool jobs at 8×: long tasks > 50 ms';
const DOM_NODES = '1,000 pool jobs at 8×: elements in the page, most seen';
const ZOOM_PAN = 'zoom or pan step on the 1,000-job trace';

/** Time for Pyodide to load from the network in a fresh context and run 1,000 jobs. */
const RUN_TIMEOUT_MS = 180_000;

function missingFigures(why: string, from = 0): Figure[] {
  const all: Figure[] = [
    { name: FIRST_FRAME, value: null, unit: 'ms', budget: TRACE_TO_FIRST_FRAME_BUDGET_MS },
    { name: FRAME_P95, value: null, unit: 'ms', budget: FRAME_BUDGET_MS },
    { name: LONG_TASKS, value: null, unit: '', budget: LONG_TASK_BUDGET },
    { name: DOM_NODES, value: null, unit: '', budget: DOM_NODES_BUDGET },
    { name: ZOOM_PAN, value: null, unit: 'ms', budget: FRAME_BUDGET_MS },
  ];
  return all.slice(from).map((figure) => ({ ...figure, note: why }));
}

/** Opens the program's link; the first frame after its trace arrived, or why there is none. */
async function openPool(page: Page, siteUrl: string): Promise<TraceArrival | string> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.context().addInitScript(watchTraceArrived);
  // predict=0 as in the Lab's link: a Predict question would pause the run at its first gate.
  const query = new URLSearchParams({
    scenario: 'playground',
    code: POOL_1000,
    speed: '8',
    predict: '0',
  });
  await page.goto(`${siteUrl}?${query}`, { waitUntil: 'load' });
  const arrival = await page
    .waitForFunction(() => window.__traceArrived?.frameDoneAt && window.__traceArrived, undefined, {
      timeout: RUN_TIMEOUT_MS,
    })
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  if (arrival) return arrival;
  const marked = await page.evaluate(() => performance.getEntriesByName('fv:trace-arrived').length);
  if (errors[0]) return `the page failed: ${errors[0]}`;
  return marked > 0
    ? 'no frame came after the fv:trace-arrived mark'
    : `no fv:trace-arrived mark within ${RUN_TIMEOUT_MS / 1000} s (the run gave no trace)`;
}

function firstFrameFigure(arrival: TraceArrival): Figure {
  const done = arrival.frameDoneAt! - arrival.markedAt;
  const started = arrival.frameStartedAt! - arrival.markedAt;
  return {
    name: FIRST_FRAME,
    value: round1(done),
    unit: 'ms',
    budget: TRACE_TO_FIRST_FRAME_BUDGET_MS,
    note: `to the end of that frame; its rAF callback ran ${round1(started)} ms after the mark`,
  };
}

/** Plays the run once at 8× (the link's speed) from the start, counting elements as it goes. */
async function playbackFigures(page: Page): Promise<Figure[]> {
  const play = page.getByRole('button', { name: 'Play', exact: true });
  const slider = page.getByRole('slider', { name: 'Time', exact: true });
  for (const [label, locator] of [
    ['button "Play"', play],
    ['slider "Time"', slider],
  ] as const) {
    if ((await locator.count()) === 0) return missingFigures(`the page has no ${label} yet`, 1);
  }
  // A viewer of the run watches its lanes, as in the Lab bench.
  await page.getByRole('heading', { name: 'Timeline' }).evaluate((h) => h.scrollIntoView());
  const [playEl, sliderEl] = [await play.elementHandle(), await slider.elementHandle()];
  const record = await page.evaluate(recordPlayback, [playEl!, sliderEl!, 60_000, true] as const);
  const printed = (await page.getByText(POOL_1000_PRINTS, { exact: true }).count()) > 0;
  const { middle, end } = record.domNodes!;
  const counts = [middle, end].filter((n): n is number => n !== null);
  const p95 = perRunP95Figure(FRAME_P95, [record]);
  return [
    {
      ...p95,
      note: `${p95.note}${printed ? '' : `; the console did not show ${POOL_1000_PRINTS}`}`,
    },
    longTaskFigure(LONG_TASKS, [record]),
    {
      name: DOM_NODES,
      value: counts.length > 0 ? Math.max(...counts) : null,
      unit: '',
      budget: DOM_NODES_BUDGET,
      note: `middle ${middle ?? 'not reached'}, end ${end}`,
    },
    await zoomPanFigure(page, ZOOM_PAN),
  ];
}

export async function poolTimelineFigures(site: Built): Promise<Figure[]> {
  const server = await serveIsolated(site.outDir, '/demo/sub/');
  const browser = await launchChromium();
  try {
    const page = await newBenchPage(browser);
    const arrival = await openPool(page, server.url);
    if (typeof arrival === 'string') return missingFigures(arrival);
    const figures = [firstFrameFigure(arrival), ...(await playbackFigures(page))];
    await page.context().close();
    // Right after the zoom/pan figure: the same probe's reading on a page that does nothing.
    return [...figures, ...(await inputFloorFigures(await newBenchPage(browser)))];
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The bench section (listed in bench/run.ts). */
export const poolTimelineBench: BenchSection = {
  name: 'timeline: 1,000 pool jobs from a playground link, in headless Chromium',
  async run(): Promise<boolean> {
    const { site } = await sharedBuilds();
    return printFigures(await poolTimelineFigures(site));
  },
};
