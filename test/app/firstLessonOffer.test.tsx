/**
 * The empty state offers the first lesson: before anything plays, a link "Start with the first
 * lesson" opens it in the page; it is gone once the learner starts, and in the lesson itself.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { realScenarioSource } from '../../src/app/realScenarioSource';
import { PREDICT_MODE_KEY } from '../../src/predict';
import { renderVisualizer } from './renderVisualizer';

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(PREDICT_MODE_KEY, 'off');
  history.replaceState(null, '', '/');
});

describe('the first lesson from the empty state', () => {
  it('is offered before anything plays, and opens the lesson in the page', async () => {
    const user = userEvent.setup();
    const { player } = renderVisualizer(realScenarioSource, '');
    // A visitor with no link sees the seed's notebook, and the offer.
    expect(player.getState().run?.id).toBe('future-by-hand');
    const offer = screen.getByRole('link', { name: 'Start with the first lesson' });
    expect(offer).toHaveAttribute('href', '?scenario=first-lesson');
    await user.click(offer);
    expect(player.getState().run?.id).toBe('first-lesson');
    expect(screen.getByRole('combobox', { name: /scenario/i })).toHaveDisplayValue(
      'First lesson: two threads and a Timer',
    );
    expect(screen.queryByRole('link', { name: 'Start with the first lesson' })).toBeNull();
  });

  it('goes once the learner starts', () => {
    const { player } = renderVisualizer(realScenarioSource, '?scenario=fetch-square');
    expect(screen.getByRole('link', { name: 'Start with the first lesson' })).toBeInTheDocument();
    act(() => player.getState().stepForward());
    act(() => player.getState().stepForward());
    expect(screen.queryByRole('link', { name: 'Start with the first lesson' })).toBeNull();
  });
});
