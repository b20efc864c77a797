/**
 * Bench section "export": Export SVG and Export PNG of every built-in scenario's frame at the
 * end of its run (the fullest frame: every print in the console, every mark on the lanes).
 * - SVG: `frameScene` + `sceneToSvg`, in Node, on a fresh run (the layout's derivations
 *   included, as the first export after a scenario loads pays them).
 * - PNG: `frameScene` + `drawScene` at 2× + `toBlob`, in headless Chromium, through a small
 *   page built from the same sources.
 * Budget: 300 ms each (issue 16); the slowest scenario is reported, with its name
 * (`BENCH_EXPORT_ALL=1` prints every scenario's PNG time too).
 *
 * @example
 *   const ok = await exportBench.run();
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../test/e2e/chromium.mjs';
import { frameScene } from '../src/export/frameScene';
import { sceneToSvg } from '../src/export/svg';
import { SCENARIO_IDS, runScenario } from '../src/scenarios';
import { EXPORT_FRAME_BUDGET_MS } from './budgets';
import { serveIsolated } from './isolated-server';
import { newBenchPage } from './page';
import { printFigures, type Figure } from './report';
import type { BenchSection } from './run';
import { round1 } from './stats';

const PROJECT = resolve(import.meta.dirname, '..');

/** The slowest of per-scenario times, as a figure naming its scenario. */
function slowest(name: string, times: Map<string, number>): Figure {
  let worst: [string, number] | null = null;
  for (const entry of times) if (!worst || entry[1] > worst[1]) worst = entry;
  return worst
    ? {
        name,
        value: round1(worst[1]),
        unit: 'ms',
        budget: EXPORT_FRAME_BUDGET_MS,
        note: `slowest: ${worst[0]}`,
      }
    : { name, value: null, unit: 'ms', budget: EXPORT_FRAME_BUDGET_MS, note: 'no scenario ran' };
}

function svgTimes(): Map<string, number> {
  const times = new Map<string, number>();
  for (const id of SCENARIO_IDS) {
    const run = runScenario(id);
    const start = performance.now();
    sceneToSvg(
      frameScene({ trace: run.trace, title: run.title, cells: run.cells, t: run.trace.end }),
    );
    times.set(id, performance.now() - start);
  }
  return times;
}

// The page: the export code and the scenarios, and a function the bench calls per scenario.
const PAGE_MAIN = (src: string) => `
import { frameScene } from '${src}/export/frameScene';
import { scenePng } from '${src}/export/png';
import { runScenario } from '${src}/scenarios';
(window as any).benchPng = async (id: string) => {
  const run = runScenario(id as never);
  const start = performance.now();
  const blob = await scenePng(frameScene({ trace: run.trace, title: run.title, cells: run.cells, t: run.trace.end }), 2);
  return { ms: performance.now() - start, bytes: blob.size };
};
`;

async function buildPngPage(): Promise<{ outDir: string; cleanup: () => Promise<void> }> {
  const parent = join(PROJECT, 'node_modules', '.cache');
  await mkdir(parent, { recursive: true });
  const root = await mkdtemp(join(parent, 'bench-export-'));
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><html><head><meta charset="UTF-8"><title>export</title></head><body><script type="module" src="./main.ts"></script></body></html>',
  );
  await writeFile(join(root, 'main.ts'), PAGE_MAIN(join(PROJECT, 'src')));
  const outDir = join(root, 'dist');
  await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  return { outDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}

async function pngTimes(): Promise<Map<string, number> | string> {
  const built = await buildPngPage();
  const server = await serveIsolated(built.outDir, '/export/');
  const browser = await launchChromium();
  try {
    const page = await newBenchPage(browser);
    await page.goto(server.url);
    await page.waitForFunction(() => 'benchPng' in window);
    const times = new Map<string, number>();
    for (const id of SCENARIO_IDS) {
      const { ms, bytes } = await page.evaluate(
        (scenario) =>
          (
            window as unknown as {
              benchPng: (id: string) => Promise<{ ms: number; bytes: number }>;
            }
          ).benchPng(scenario),
        id,
      );
      if (bytes === 0) return `${id}: the PNG was empty`;
      times.set(id, ms);
      if (process.env.BENCH_EXPORT_ALL)
        console.log(`    ${id}: ${ms.toFixed(1)} ms, ${bytes} bytes`);
    }
    return times;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await browser.close();
    await server.close();
    await built.cleanup();
  }
}

export const exportBench: BenchSection = {
  name: 'export',
  async run() {
    const svg = svgTimes();
    const png = await pngTimes();
    const pngName = 'Export PNG (2×), frame at the end, slowest built-in scenario';
    return printFigures([
      slowest('Export SVG, frame at the end, slowest built-in scenario', svg),
      typeof png === 'string'
        ? { name: pngName, value: null, unit: 'ms', budget: EXPORT_FRAME_BUDGET_MS, note: png }
        : slowest(pngName, png),
    ]);
  },
};
