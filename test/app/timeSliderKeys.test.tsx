import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FINE_MOVE_US } from '../../src/components/player/sliderKeys';
import { gatesFor } from '../../src/predict';
import type { VirtualUs } from '../../src/core/trace';
import type { PlayerStore } from '../../src/store/playerStore';
import { stepsOf } from '../../src/store/selectors/steps';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';
import { fixtureSource } from '../fixtures/fixtureSource';
import { renderVisualizer } from './renderVisualizer';

const trace = fetchSquareRun().trace;
const stops = stepsOf(trace).map((s) => s.t);

let player: PlayerStore;

/** Opens the whole page (with its window-level keyboard map) and focuses the Time slider. */
function openWithSliderFocused(query = '?scenario=fetch-square&predict=0') {
  ({ player } = renderVisualizer(fixtureSource, query));
  const slider = screen.getByRole('slider', { name: 'Time' });
  act(() => slider.focus());
  return slider;
}

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

describe('a key on the focused Time slider, in the whole page, acts once', () => {
  it('→, PageDown, ←, PageUp each move one step, not two (slider and page map)', async () => {
    const user = userEvent.setup();
    openWithSliderFocused();
    await user.keyboard('{ArrowRight}');
    expect(player.getState().t).toBe(stops[1]);
    await user.keyboard('{PageDown}');
    expect(player.getState().t).toBe(stops[2]);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(player.getState().t).toBe(stops[4]);
    await user.keyboard('{ArrowLeft}');
    expect(player.getState().t).toBe(stops[3]);
    await user.keyboard('{PageUp}');
    expect(player.getState().t).toBe(stops[2]);
  });
  it('Shift+→ moves 0.1 s, End and Home go to the ends, Space still plays', async () => {
    const user = userEvent.setup();
    const slider = openWithSliderFocused();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(player.getState().t).toBe(FINE_MOVE_US);
    await user.keyboard('{End}');
    expect(player.getState().t).toBe(trace.end);
    await user.keyboard('{Home}');
    expect(player.getState().t).toBe(0);
    await user.keyboard(' ');
    expect(player.getState().playing).toBe(true);
    expect(slider).toHaveFocus();
  });
  it('in Predict mode, Shift+→ stops at the first gate like every other move', async () => {
    const user = userEvent.setup();
    openWithSliderFocused('?scenario=fetch-square&predict=1');
    const gate = gatesFor(trace)[0]!;
    // Just before the gate (its question is about the instant after holdT), then past it.
    act(() => player.getState().seek((gate.holdT - 150_000) as VirtualUs));
    expect(screen.queryByRole('dialog', { name: 'Predict' })).toBeNull();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(player.getState().t).toBe(gate.holdT - 50_000);
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(player.getState().t).toBe(gate.holdT);
    expect(screen.getByRole('dialog', { name: 'Predict' })).toBeInTheDocument();
  });
});
