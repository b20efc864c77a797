import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { realScenarioSource } from '../../src/app/realScenarioSource';
import { PREDICT_MODE_KEY } from '../../src/predict';
import { renderVisualizer } from './renderVisualizer';

// The Lab form is a lazy chunk that vitest compiles on first import; do it before any findBy…
// clock starts, as a browser has it built already (on a busy machine it took over 1 s).
beforeAll(() => import('../../src/components/lab/LabForm'), 30_000);

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(PREDICT_MODE_KEY, 'off');
  history.replaceState(null, '', '/');
});

describe('the Lab and its link', () => {
  it('writes applied parameters into the link, and the link brings them back', async () => {
    const user = userEvent.setup();
    const view = renderVisualizer(realScenarioSource, '?scenario=lab');
    const numbers = await screen.findByRole('textbox', { name: 'Numbers' });
    await user.clear(numbers);
    await user.type(numbers, '5,6');
    const delays = screen.getByRole('textbox', { name: 'Timer intervals (s)' });
    await user.clear(delays);
    await user.type(delays, '2,1');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const params = new URLSearchParams(location.search);
    expect(params.get('scenario')).toBe('lab');
    expect(params.get('numbers')).toBe('5,6');
    expect(params.get('delays')).toBe('2,1');
    // The futures on screen are the applied ones.
    expect(within(screen.getByRole('list', { name: 'Lanes' })).getByText('fut2')).toBeVisible();
    expect(screen.queryByText('fut3')).toBeNull();

    // Opening that link again shows the same parameters.
    const link = location.search;
    view.unmount();
    history.replaceState(null, '', '/');
    renderVisualizer(realScenarioSource, link);
    expect(await screen.findByRole('textbox', { name: 'Numbers' })).toHaveValue('5,6');
    expect(screen.getByRole('textbox', { name: 'Timer intervals (s)' })).toHaveValue('2,1');
  });
});
