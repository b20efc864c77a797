import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { realScenarioSource } from '../../src/app/realScenarioSource';
import { PREDICT_MODE_KEY } from '../../src/predict';
import { renderVisualizer } from './renderVisualizer';

// The Lab form is a lazy chunk: compile it before any findBy… clock starts (see lab-link.test).
beforeAll(() => import('../../src/components/lab/LabForm'), 30_000);

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

// A busy shared machine: the real simulation and the Lab chunk take their time.
const SLOW = { timeout: 15_000 };
const predictParam = () => new URLSearchParams(location.search).get('predict');
const predictSwitch = () => screen.getByRole('switch', { name: 'Predict mode' });

/** Opens `link` afresh, in a browser whose remembered choice is `remembered`. */
function reopen(view: { unmount(): void }, remembered: 'on' | 'off') {
  const link = location.search;
  view.unmount();
  localStorage.setItem(PREDICT_MODE_KEY, remembered);
  history.replaceState(null, '', '/');
  renderVisualizer(realScenarioSource, link);
}

describe(
  'the link keeps predict=0 / predict=1 through the picker and the Lab',
  { timeout: 30_000 },
  () => {
    it('predict=0 survives picking the Lab, and the link opens with Predict off where it is remembered on', async () => {
      const user = userEvent.setup();
      const view = renderVisualizer(realScenarioSource, '?scenario=fetch-square&predict=0');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'lab');
      await screen.findByRole('textbox', { name: 'Numbers' }, SLOW);
      expect(predictParam()).toBe('0');
      reopen(view, 'on');
      expect(predictSwitch()).not.toBeChecked();
    });
    it('predict=0 survives applying the Lab', async () => {
      const user = userEvent.setup();
      const view = renderVisualizer(realScenarioSource, '?scenario=lab&predict=0');
      const delays = await screen.findByRole('textbox', { name: 'Timer intervals (s)' }, SLOW);
      await user.clear(delays);
      await user.type(delays, '2,1,3');
      await user.click(screen.getByRole('button', { name: 'Apply' }));
      expect(new URLSearchParams(location.search).get('delays')).toBe('2,1,3');
      expect(predictParam()).toBe('0');
      reopen(view, 'on');
      expect(predictSwitch()).not.toBeChecked();
    });
    it('predict=1 survives applying the Lab and picking a scenario', async () => {
      const user = userEvent.setup();
      const view = renderVisualizer(realScenarioSource, '?scenario=lab&predict=1');
      await user.click(await screen.findByRole('button', { name: 'Apply' }, SLOW));
      expect(predictParam()).toBe('1');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'equal-delays');
      expect(new URLSearchParams(location.search).get('scenario')).toBe('equal-delays');
      expect(predictParam()).toBe('1');
      reopen(view, 'off');
      expect(predictSwitch()).toBeChecked();
    });
    it('a link without predict= still leaves it to the learner (short links stay short)', async () => {
      const user = userEvent.setup();
      localStorage.setItem(PREDICT_MODE_KEY, 'off');
      renderVisualizer(realScenarioSource, '?scenario=fetch-square');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'equal-delays');
      expect(predictParam()).toBeNull();
    });
  },
);
