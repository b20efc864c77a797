import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realScenarioSource } from '../../src/app/realScenarioSource';
import { PREDICT_MODE_KEY } from '../../src/predict';
import { renderVisualizer } from './renderVisualizer';

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(PREDICT_MODE_KEY, 'off');
  history.replaceState(null, '', '/');
});
afterEach(cleanup);

const builtIn = realScenarioSource.scenarios.filter((s) => s.id !== 'playground');

describe('the line above the panels', () => {
  it.each(builtIn.map((s) => [s.id, s.title]))(
    '%s: opens with its title as one sentence, ending in a single mark',
    (id, title) => {
      renderVisualizer(realScenarioSource, `?scenario=${id}`);
      const headline = screen.getByText(title, { exact: false, selector: 'strong' });
      expect(headline.textContent).toMatch(/^[^]*[^.?!][.?!]$/);
      expect(headline.textContent!.startsWith(title)).toBe(true);
    },
  );
});
