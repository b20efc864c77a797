/**
 * Labels never collide, as a learner sees them: every built-in scenario stepped through from
 * its first step to its last in Chromium, at a projector's width and a phone's, and at each
 * step the boxes of every lane's labels are measured: none overlaps another label of its lane
 * or a mark (a callback, a print, a future's end); nor does an asyncio arrow's "☰" tag overlap
 * any lane's label or mark, or another tag; nor does a time on the axis overlap another or the
 * playhead's time tag.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../src/scenarios';
import { closeBrowser, openApp } from './page';

afterAll(closeBrowser);

interface Collision {
  step: number;
  lane: string;
  a: string;
  b: string;
}

/** Steps to the end inside the page, measuring every lane's boxes after each step's frame. */
function stepAndMeasure(): Promise<{ steps: number; labels: number; collisions: Collision[] }> {
  const frame = () =>
    new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const forward = [...document.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === 'Step forward',
  )!;
  const overlap = (a: DOMRect, b: DOMRect) =>
    a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom && b.top < a.bottom;
  return (async () => {
    const collisions: Collision[] = [];
    let steps = 0;
    let labels = 0;
    const boxesOf = (selector: string) =>
      [...document.querySelectorAll(selector)].map((el) => ({
        text: `${selector} ${el.textContent ?? ''}`,
        box: el.getBoundingClientRect(),
      }));
    while (!forward.disabled && steps < 3000) {
      forward.click();
      await frame();
      steps++;
      // The axis: every tick label still visible, and the playhead's time tag.
      const times = [...document.querySelectorAll('.tl-tick, .tl-playhead-time')]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }));
      labels += times.length;
      times.forEach((a, i) => {
        for (const b of times.slice(i + 1))
          if (overlap(a.box, b.box))
            collisions.push({ step: steps, lane: 'axis', a: a.text, b: b.text });
      });
      const tags = boxesOf('.tl-arrow-tag');
      const taken = boxesOf(
        '[aria-label="Lanes"] .tl-lane-label, [aria-label="Lanes"] .tl-callback, [aria-label="Lanes"] .tl-print, [aria-label="Lanes"] .tl-done-shape',
      );
      tags.forEach((a, i) => {
        for (const b of [...tags.slice(i + 1), ...taken])
          if (overlap(a.box, b.box))
            collisions.push({ step: steps, lane: 'arrow tag', a: a.text, b: b.text });
      });
      for (const lane of document.querySelectorAll('[aria-label="Lanes"] > li')) {
        const name = lane.querySelector('.tl-name-text')?.textContent ?? '?';
        const boxes = [...lane.querySelectorAll('.tl-lane-label')].map((el) => ({
          text: el.textContent ?? '',
          box: el.getBoundingClientRect(),
        }));
        const marks = [...lane.querySelectorAll('.tl-callback, .tl-print, .tl-done-shape')].map(
          (el) => ({ text: `mark ${el.className}`, box: el.getBoundingClientRect() }),
        );
        labels += boxes.length;
        boxes.forEach((a, i) => {
          for (const b of [...boxes.slice(i + 1), ...marks])
            if (overlap(a.box, b.box))
              collisions.push({ step: steps, lane: name, a: a.text, b: b.text });
        });
      }
    }
    return { steps, labels, collisions };
  })();
}

const scenarios = SCENARIO_IDS.filter((id) => id !== 'playground');

describe.each([
  ['a projector', 1366, 800],
  ['a phone', 390, 844],
])('labels on %s', (_, width, height) => {
  it.each(scenarios)('%s: no label overlaps another or a mark at any step', async (id) => {
    const { page, watch } = await openApp(`?scenario=${id}&predict=0`, {
      width,
      height,
      reducedMotion: true,
    });
    await page.getByRole('button', { name: 'Step forward' }).waitFor();
    const result = await (page as Page).evaluate(stepAndMeasure);
    await page.context().close();
    expect(result.steps).toBeGreaterThan(2);
    expect(result.labels).toBeGreaterThan(0);
    expect(result.collisions).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
