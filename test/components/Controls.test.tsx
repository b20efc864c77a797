import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Controls } from '../../src/components/player/Controls';
import { stepsOf } from '../../src/store/selectors/steps';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';
import { PRINT_T, twoPrintsRun } from '../store/fixtures/twoPrintsAtOnce';
import { loadFixture, player, renderInPlayer } from './render';

const stops = stepsOf(fetchSquareRun().trace).map((s) => s.t);
beforeEach(() => loadFixture());

describe('Controls', () => {
  it('has every control, by its exact name', () => {
    renderInPlayer(<Controls />);
    for (const name of ['Reset', 'Step back', 'Play', 'Step forward', 'Jump to end'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Time' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Speed' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Auto-pause at events' })).not.toBeChecked();
  });
  it('Play becomes Pause and back', async () => {
    const user = userEvent.setup();
    renderInPlayer(<Controls />);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(player().getState().playing).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(player().getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });
  it('steps one event at a time, and the Time slider follows exactly', async () => {
    const user = userEvent.setup();
    renderInPlayer(<Controls />);
    const slider = screen.getByRole('slider', { name: 'Time' });
    expect(screen.getByRole('button', { name: 'Step back' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(slider).toHaveValue('2');
    expect(player().getState().t).toBe(stops[2]);
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    expect(slider).toHaveValue('1');
    expect(player().getState().t).toBe(stops[1]);
  });
  it('the slider has one position per step and moves the playhead to that step', () => {
    renderInPlayer(<Controls />);
    const slider = screen.getByRole('slider', { name: 'Time' });
    expect(slider).toHaveAttribute('max', String(stops.length - 1));
    act(() => {
      slider.focus();
    });
    // A change event with a value, as a drag or the arrow keys produce.
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    act(() => {
      setter.call(slider, String(stops.length - 2));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(player().getState().t).toBe(stops[stops.length - 2]);
    expect(slider.getAttribute('aria-valuetext')).toMatch(
      new RegExp(` s, step ${stops.length - 1} of ${stops.length}$`),
    );
  });
  it('counts each print of an instant as a step, on the slider and its words', async () => {
    const run = twoPrintsRun();
    const steps = stepsOf(run.trace);
    act(() => player().getState().load(run));
    const user = userEvent.setup();
    renderInPlayer(<Controls />);
    const slider = screen.getByRole('slider', { name: 'Time' });
    expect(slider).toHaveAttribute('max', String(steps.length - 1));
    const first = steps.findIndex((s) => s.t === PRINT_T);
    act(() =>
      player()
        .getState()
        .seek(steps[first - 1]!.t),
    );
    const words: string[] = [];
    for (let i = 0; i < 4; i++) {
      await user.click(screen.getByRole('button', { name: 'Step forward' }));
      expect(slider).toHaveValue(String(first + i));
      words.push(slider.getAttribute('aria-valuetext')!);
    }
    expect(words).toEqual([1, 2, 3, 4].map((k) => `5.0 s, step ${first + k} of ${steps.length}`));
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    expect(slider).toHaveValue(String(first + 2));
    expect(player().getState()).toMatchObject({ t: PRINT_T, cut: steps[first + 2]!.cut });
  });
  it('draws a tick under the slider for every step, hidden from screen readers', () => {
    renderInPlayer(<Controls />);
    const ticks = screen.getByTestId('event-ticks');
    expect(ticks.children).toHaveLength(stops.length);
    expect(ticks).toHaveAttribute('aria-hidden', 'true');
  });
  it('Jump to end and Reset', async () => {
    const user = userEvent.setup();
    renderInPlayer(<Controls />);
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    expect(player().getState().t).toBe(stops[stops.length - 1]);
    expect(screen.getByRole('button', { name: 'Jump to end' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(player().getState().t).toBe(0);
  });
  it('chooses a speed from 0.25× to 8× and toggles auto-pause', async () => {
    const user = userEvent.setup();
    renderInPlayer(<Controls />);
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    expect([...speed.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '0.25×',
      '0.5×',
      '1×',
      '2×',
      '4×',
      '8×',
    ]);
    await user.selectOptions(speed, '4×');
    expect(player().getState().speed).toBe(4);
    await user.click(screen.getByRole('switch', { name: 'Auto-pause at events' }));
    expect(player().getState().autoPause).toBe(true);
  });
});
