import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Controls } from '../../src/components/player/Controls';
import { FINE_MOVE_US } from '../../src/components/player/sliderKeys';
import type { VirtualUs } from '../../src/core/trace';
import { stepsOf } from '../../src/store/selectors/steps';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';
import { PRINT_T, twoPrintsRun } from '../store/fixtures/twoPrintsAtOnce';
import { loadFixture, player, renderInPlayer } from './render';

const trace = fetchSquareRun().trace;
const stops = stepsOf(trace).map((s) => s.t);

/** The Time slider, rendered and focused. */
function focusedSlider() {
  renderInPlayer(<Controls />);
  const slider = screen.getByRole('slider', { name: 'Time' });
  act(() => slider.focus());
  return slider;
}

beforeEach(() => loadFixture());

describe('the Time slider’s keys', () => {
  it('→ and ↑ go to the next step, ← and ↓ to the previous one', async () => {
    const user = userEvent.setup();
    const slider = focusedSlider();
    await user.keyboard('{ArrowRight}');
    expect(player().getState().t).toBe(stops[1]);
    await user.keyboard('{ArrowUp}');
    expect(player().getState().t).toBe(stops[2]);
    expect(slider).toHaveValue(String(stops[2]));
    await user.keyboard('{ArrowLeft}');
    expect(player().getState().t).toBe(stops[1]);
    await user.keyboard('{ArrowDown}');
    expect(player().getState().t).toBe(stops[0]);
  });
  it('walks each print of one instant, as Step forward does', async () => {
    act(() => player().getState().load(twoPrintsRun()));
    const steps = stepsOf(twoPrintsRun().trace);
    const first = steps.findIndex((s) => s.t === PRINT_T);
    const user = userEvent.setup();
    const slider = focusedSlider();
    act(() =>
      player()
        .getState()
        .seek(steps[first - 1]!.t),
    );
    for (let k = 0; k < 3; k++) {
      await user.keyboard('{ArrowRight}');
      expect(player().getState()).toMatchObject({ t: PRINT_T, cut: steps[first + k]!.cut });
    }
    expect(slider).toHaveAttribute('aria-valuetext', `5.0 s, step ${first + 3} of ${steps.length}`);
  });
  it('Shift+arrow moves 0.1 s in time, between events, and stops at either end', async () => {
    const user = userEvent.setup();
    const slider = focusedSlider();
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{ArrowUp}{/Shift}');
    expect(player().getState()).toMatchObject({ t: 3 * FINE_MOVE_US, cut: null });
    expect(slider).toHaveValue(String(3 * FINE_MOVE_US));
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/^0\.3 s, step /));
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowDown}{/Shift}');
    expect(player().getState().t).toBe(FINE_MOVE_US);
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(player().getState().t).toBe(0);
    act(() =>
      player()
        .getState()
        .seek((trace.end - 50_000) as VirtualUs),
    );
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(player().getState().t).toBe(trace.end);
  });
  it('Home resets, End jumps to the end, PageDown and PageUp step', async () => {
    const user = userEvent.setup();
    const slider = focusedSlider();
    await user.keyboard('{End}');
    expect(player().getState().t).toBe(trace.end);
    expect(slider).toHaveValue(slider.getAttribute('max'));
    await user.keyboard('{PageUp}');
    expect(player().getState().t).toBe(stops[stops.length - 2]);
    await user.keyboard('{Home}');
    expect(player().getState().t).toBe(0);
    await user.keyboard('{PageDown}');
    expect(player().getState().t).toBe(stops[1]);
  });
  it('keeps the native range from also moving: each of its keys is prevented', () => {
    const slider = focusedSlider();
    for (const key of ['ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'PageUp', 'PageDown'])
      expect(fireEvent.keyDown(slider, { key }), key).toBe(false);
    expect(fireEvent.keyDown(slider, { key: 'ArrowRight', shiftKey: true })).toBe(false);
    expect(fireEvent.keyDown(slider, { key: 'End' })).toBe(false);
    expect(fireEvent.keyDown(slider, { key: 'Home' })).toBe(false);
  });
  it('leaves keys with Alt, Ctrl or ⌘ to the browser', () => {
    const slider = focusedSlider();
    for (const mod of ['altKey', 'ctrlKey', 'metaKey'])
      expect(fireEvent.keyDown(slider, { key: 'ArrowRight', [mod]: true }), mod).toBe(true);
    expect(player().getState().t).toBe(0);
  });
});
