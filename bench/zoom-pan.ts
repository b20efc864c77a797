/**
 * "Zoom or pan step": on a page showing a trace, with nothing focused (the keys go to the
 * page), `+` and `-` ten times in turn, then sideways wheel steps over the list named
 * "Lanes"; each from its event to the frame after. The figure is the slowest step. Until the
 * page has a **Zoom in** button it is n/a; an input that changed nothing is not counted as a
 * step (its "latency" would be an empty frame), and when none did, the figure says so.
 *
 * @example
 *   figures.push(await zoomPanFigure(page, 'zoom or pan step on the 1,000-job trace'));
 */
import type { Page } from 'playwright-core';
import { FRAME_BUDGET_MS } from './budgets';
import { pressKeys, startInputLatencies, wheelSteps } from './input-latency';
import type { InputLatency } from './probes';
import type { Figure } from './report';
import { median, round1 } from './stats';

const ZOOM_KEYS = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? '+' : '-'));
// Earlier then back, so the window ends where it started; 240 px is a few notches of a wheel.
// Earlier first: the zoom keys centre on the playhead, which the playback left at the run's
// end, so the window already touches the end and a step later would change nothing.
const PAN_DELTAS_X = [-240, -240, -240, -240, -240, 240, 240, 240, 240, 240];

/** The slowest of the steps that changed the page (and their median), or why there is none. */
function slowest(steps: InputLatency[], what: string): { ms: number | null; note: string } {
  const changed = steps.filter((s) => s.changes > 0);
  if (changed.length === 0)
    return { ms: null, note: `${what}: none of ${steps.length} changed the page` };
  const times = changed.map((s) => s.ms);
  const ms = Math.max(...times);
  const idle = steps.length - changed.length;
  return {
    ms,
    note:
      `${what}: slowest ${round1(ms)} ms, median ${round1(median(times))} ms` +
      (idle > 0 ? ` (${idle} of ${steps.length} changed nothing)` : ''),
  };
}

/** Puts the mouse over the visible part of the "Lanes" list; false when it is not on screen. */
async function hoverLanes(page: Page): Promise<boolean> {
  const lanes = page.getByRole('list', { name: 'Lanes' }).first();
  if ((await lanes.count()) === 0) return false;
  await lanes.scrollIntoViewIfNeeded();
  const box = await lanes.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, viewport.height);
  if (bottom <= top) return false;
  await page.mouse.move(box.x + box.width / 2, (top + bottom) / 2);
  return true;
}

export async function zoomPanFigure(page: Page, name: string): Promise<Figure> {
  const figure = { name, unit: 'ms', budget: FRAME_BUDGET_MS };
  const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
  if ((await zoomIn.count()) === 0)
    return { ...figure, value: null, note: 'no Zoom in control yet' };

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  await startInputLatencies(page);
  const zoom = slowest(await pressKeys(page, ZOOM_KEYS), `${ZOOM_KEYS.length} zoom keys`);
  // The keys above end where they began (Fit shows all: nothing to pan); zoom in to pan.
  await pressKeys(page, ['+', '+']);
  const pan = (await hoverLanes(page))
    ? slowest(await wheelSteps(page, PAN_DELTAS_X), `${PAN_DELTAS_X.length} wheel pans over Lanes`)
    : { ms: null, note: 'no list named "Lanes" on screen to pan with the wheel' };

  const measured = [zoom.ms, pan.ms].filter((ms): ms is number => ms !== null);
  const note = `${zoom.note}; ${pan.note}`;
  // A step that cannot be measured leaves the budget unmet: the figure is n/a, never partial.
  if (measured.length < 2) return { ...figure, value: null, note };
  return { ...figure, value: round1(Math.max(...measured)), note };
}

/**
 * The same keys and wheel steps on a page whose handlers only change one number: what the
 * probe itself reads when a page does (almost) nothing. On the 2-core bench machine a wheel
 * step reads 25–40 ms there: a wheel event reaches the page's main thread only at the next
 * frame (Chromium aligns wheel and pointer moves to frames), after its trip through the
 * browser and the compositor. Reported beside the zoom/pan figure, without a budget, so a
 * reader sees which part of a step is the app's.
 *
 * @example figures.push(...(await inputFloorFigures(await newBenchPage(browser))));
 */
export async function inputFloorFigures(page: Page): Promise<Figure[]> {
  await page.setContent('<div id="floor" style="position:fixed;inset:0">0</div>');
  await page.evaluate(() => {
    const box = document.getElementById('floor')!;
    let n = 0;
    const bump = () => (box.textContent = String(++n));
    // As the timeline's: not passive, so it may take the wheel from the page's scroll.
    box.addEventListener('wheel', (e) => (e.preventDefault(), bump()), { passive: false });
    document.addEventListener('keydown', bump);
  });
  await page.mouse.move(200, 200);
  await startInputLatencies(page);
  const keys = slowest(await pressKeys(page, ZOOM_KEYS), `${ZOOM_KEYS.length} keys`);
  const wheels = slowest(await wheelSteps(page, PAN_DELTAS_X), `${PAN_DELTAS_X.length} wheels`);
  const figure = (name: string, step: { ms: number | null; note: string }): Figure => ({
    name,
    value: step.ms === null ? null : round1(step.ms),
    unit: 'ms',
    note: step.note,
  });
  return [
    figure('  the probe on a page that only counts: slowest key', keys),
    figure('  the probe on a page that only counts: slowest wheel step', wheels),
  ];
}
