import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Controls } from '../../src/components/player/Controls';
import { formatSeconds } from '../../src/core/seconds';
import type { VirtualUs } from '../../src/core/trace';
import { stepIndexAt, stepsOf } from '../../src/store/selectors/steps';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';
import { PRINT_T, twoPrintsRun } from '../store/fixtures/twoPrintsAtOnce';
import { loadFixture, player, renderInPlayer } from './render';

const stops = stepsOf(fetchSquareRun().trace).map((s) => s.t);
const end = fetchSquareRun().trace.end;
beforeEach(() => loadFixture());

/** Sets the slider's value and fires its input event, as a click or drag on the track does. */
function dragTo(slider: HTMLElement, value: number) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(slider, String(value));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('Controls', () => {
  it('has every control, by its exact name', () => {
    renderInPlayer(<Controls />);
    for (const name of ['Reset', 'Step back', 'Play', 'Step forward', 'Jump to end'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Time' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Speed' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Auto-pause at events' })).not.toBeChecked();
  });
  it('gives each transport button a tooltip with its name and keys (its words hide on a phone)', () => {
    renderInPlayer(<Controls />);
    const tips = {
      Reset: 'Reset (Home)',
      'Step back': 'Step back (← or PageUp)',
      Play: 'Play (Space)',
      'Step forward': 'Step forward (→ or PageDown)',
      'Jump to end': 'Jump to end (End)',
    };
    for (const [name, tip] of Object.entries(tips))
      expect(screen.getByRole('button', { name })).toHaveAttribute('title', tip);
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
    expect(slider).toHaveValue(String(stops[2]));
    expect(player().getState().t).toBe(stops[2]);
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    expect(slider).toHaveValue(String(stops[1]));
    expect(player().getState().t).toBe(stops[1]);
  });
  it('the slider is linear in time: its middle is the middle second, not the middle step', () => {
    renderInPlayer(<Controls />);
    const slider = screen.getByRole('slider', { name: 'Time' });
    expect(slider).toHaveAttribute('min', '0');
    expect(slider).toHaveAttribute('max', String(end));
    const middle = Math.round(end / 2);
    // fetch_square's steps crowd at its start and at 5 and 8 s: its middle step is not at 4 s,
    // and no step is.
    expect(Math.abs(stops[stops.length >> 1]! - middle)).toBeGreaterThan(500_000);
    expect(stops).not.toContain(middle);
    act(() => slider.focus());
    // A change event with a value, as a click or drag at 50 % of the track produces.
    dragTo(slider, middle);
    expect(player().getState()).toMatchObject({ t: middle, cut: null, playing: false });
    const step = stepIndexAt(stepsOf(fetchSquareRun().trace), {
      t: middle as VirtualUs,
      lastSeq: Infinity,
    });
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      `${formatSeconds(middle, 3)} s, step ${step + 1} of ${stops.length}`,
    );
    expect(screen.getByRole('status', { name: 'Playhead time' })).toHaveTextContent(
      `${formatSeconds(middle, 3)} s`,
    );
    dragTo(slider, end);
    expect(player().getState().t).toBe(end);
    expect(slider).toHaveValue(slider.getAttribute('max'));
  });
  it('counts each print of an instant as a step, on the slider and its words', async () => {
    const run = twoPrintsRun();
    const steps = stepsOf(run.trace);
    act(() => player().getState().load(run));
    const user = userEvent.setup();
    renderInPlayer(<Controls />);
    const slider = screen.getByRole('slider', { name: 'Time' });
    const first = steps.findIndex((s) => s.t === PRINT_T);
    act(() =>
      player()
        .getState()
        .seek(steps[first - 1]!.t),
    );
    const words: string[] = [];
    for (let i = 0; i < 4; i++) {
      await user.click(screen.getByRole('button', { name: 'Step forward' }));
      // Steps inside one instant share its time: the thumb stays, the words count on.
      expect(slider).toHaveValue(String(PRINT_T));
      words.push(slider.getAttribute('aria-valuetext')!);
    }
    expect(words).toEqual([1, 2, 3, 4].map((k) => `5.0 s, step ${first + k} of ${steps.length}`));
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    expect(slider).toHaveValue(String(PRINT_T));
    expect(player().getState()).toMatchObject({ t: PRINT_T, cut: steps[first + 2]!.cut });
  });
  it('draws a tick under the slider at the time of each step, hidden from screen readers', () => {
    renderInPlayer(<Controls />);
    const ticks = screen.getByTestId('event-ticks');
    expect(ticks).toHaveAttribute('aria-hidden', 'true');
    const drawn = [
      ...ticks
        .querySelector('path')!
        .getAttribute('d')!
        .matchAll(/M([\d.]+) /g),
    ];
    const xs = [...new Set(stops.map((t) => Math.round((t / end) * 1000)))];
    expect(drawn.map((m) => Number(m[1]))).toEqual(xs);
    expect(xs[0]).toBe(0);
    expect(xs[xs.length - 1]).toBe(1000);
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
