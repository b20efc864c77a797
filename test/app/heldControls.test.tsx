import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { gatesFor } from '../../src/predict';
import type { PlayerStore } from '../../src/store/playerStore';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';
import { fixtureSource } from '../fixtures/fixtureSource';
import { renderVisualizer } from './renderVisualizer';

const REASON = 'Answer the question to go on';
const FORWARD = ['Play', 'Step forward', 'Jump to end'];
const gates = gatesFor(fetchSquareRun().trace);

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

const open = (query: string): PlayerStore => renderVisualizer(fixtureSource, query).player;
const button = (name: string) => screen.getByRole('button', { name });

describe('while a Predict question is open, the forward moves look held', () => {
  it('Play, Step forward and Jump to end are aria-disabled, focusable, and say why', async () => {
    const user = userEvent.setup();
    open('?scenario=fetch-square&predict=1');
    await user.click(button('Jump to end'));
    expect(screen.getByRole('dialog', { name: 'Predict' })).toBeInTheDocument();
    for (const name of FORWARD) {
      const b = button(name);
      expect(b).toHaveAttribute('aria-disabled', 'true');
      // Held, not disabled: a keyboard user can still reach it and hear the reason.
      expect(b).toBeEnabled();
      expect(b).toHaveAccessibleDescription(REASON);
      expect(b).toHaveAttribute('title', REASON);
      // Not colour alone: a lock glyph replaces the arrow.
      expect(b.querySelector('path')!.getAttribute('d')).toMatch(/^M12 2a5 5/);
    }
    // Moving back is never held.
    expect(button('Step back')).not.toHaveAttribute('aria-disabled');
  });
  it('a click or key on a held button does not move, and the keys stay clamped', async () => {
    const user = userEvent.setup();
    const player = open('?scenario=fetch-square&predict=1');
    await user.click(button('Jump to end'));
    const at = player.getState().t;
    expect(at).toBe(gates[0]!.holdT);
    button('Step forward').focus();
    await user.keyboard('{Enter}');
    await user.click(button('Play'));
    await user.keyboard('{End}{ArrowRight}{PageDown}');
    expect(player.getState()).toMatchObject({ t: at, playing: false });
  });
  it('answering the question lets them go again', async () => {
    const user = userEvent.setup();
    open('?scenario=fetch-square&predict=1');
    await user.click(button('Jump to end'));
    const dialog = screen.getByRole('dialog', { name: 'Predict' });
    await user.click(within(dialog).getByRole('button', { name: 'Show me' }));
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    for (const name of FORWARD) {
      expect(button(name)).not.toHaveAttribute('aria-disabled');
      expect(button(name)).not.toHaveAccessibleDescription(REASON);
    }
    expect(button('Step forward')).toHaveAttribute('title', 'Step forward (→ or PageDown)');
  });
  it('with Predict mode off nothing is held', async () => {
    const user = userEvent.setup();
    open('?scenario=fetch-square&predict=0');
    await user.click(button('Step forward'));
    for (const name of FORWARD) expect(button(name)).not.toHaveAttribute('aria-disabled');
  });
});
