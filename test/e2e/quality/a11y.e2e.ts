// Issue 7 §2: axe-core finds nothing on any scenario, light and dark, desktop and phone,
// with the playhead mid-way through the story. "Any scenario" is the picker's own list, plus
// the playground (its story is the trace of the program it runs on opening, on Pyodide).
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../../src/scenarios/registry';
import { closeBrowser, openApp } from '../page';
import { axeViolations } from './axe';
import { moveToMidStory, sliderState, waitForStory } from './controls';

afterAll(closeBrowser);

const VIEWS = [
  { view: 'desktop', width: 1366, height: 800 },
  { view: 'phone', width: 390, height: 844 },
] as const;

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  describe.each(VIEWS)('at $view width ($width px)', ({ width, height }) => {
    it.each(SCENARIOS.map((s) => s.id))(
      '%s, mid-story, has no axe violations',
      async (scenario) => {
        // Reduced motion: axe then checks the settled end state, not a frame mid-transition.
        const { page, watch } = await openApp(`?scenario=${scenario}`, {
          width,
          height,
          colorScheme,
          reducedMotion: true,
        });
        // Pyodide's first load is seconds on a busy machine; the built-in stories are instant.
        await waitForStory(page, scenario === 'playground' ? 90_000 : 30_000);
        await moveToMidStory(page);
        const { now, min, max } = await sliderState(page);
        expect(now).toBeGreaterThan(min);
        expect(now).toBeLessThanOrEqual(max);
        expect(await axeViolations(page)).toEqual([]);
        expect(watch.errors).toEqual([]);
        expect(watch.foreignRequests).toEqual([]);
        await page.context().close();
      },
      120_000,
    );
  });
});
