import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Overview } from '../../src/components/timeline/Overview';
import {
  DENSITY_BINS,
  densityPath,
  eventDensity,
} from '../../src/components/timeline/overviewDensity';
import { fromSeconds } from '../../src/core/trace';
import { domainOf } from '../../src/layout/zoomWindow';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';
import { loadFixture, player, renderInPlayer } from './render';

const s = () => player().getState();
const end = () => s().run!.trace.end;
const domain = () => domainOf(end());
const runLength = () => `${(end() / 1e6).toFixed(1)} s`;
const slider = () => screen.getByRole('slider', { name: 'Zoom window' });
const zoomTo = (fromS: number, toS: number) =>
  act(() => s().setView({ from: fromSeconds(fromS), to: fromSeconds(toS) }));

/** The strip laid out 1,000 px wide from x = 100, and pointer capture as a browser keeps it. */
function layOut(el: HTMLElement) {
  el.getBoundingClientRect = () =>
    ({ left: 100, width: 1000, top: 0, height: 20, right: 1100, bottom: 20 }) as DOMRect;
  let captured: number | null = null;
  el.setPointerCapture = (id: number) => void (captured = id);
  el.hasPointerCapture = (id: number) => captured === id;
  return { release: () => (captured = null) };
}

beforeEach(() => loadFixture(fromSeconds(8)));

describe('Overview', () => {
  it('is one focusable slider, “Zoom window”, covering the whole run when fitted', () => {
    renderInPlayer(<Overview />);
    expect(slider()).toHaveAttribute('tabindex', '0');
    expect(slider()).toHaveAttribute('aria-valuetext', `whole run, ${runLength()}`);
    expect(slider()).toHaveAttribute('aria-valuenow', '0');
    expect(slider()).toHaveAttribute('aria-valuemax', '0');
    expect(screen.getByTestId('overview-window')).toHaveStyle({
      left: '0.000%',
      width: '100.000%',
    });
  });

  it('draws the zoom window and the playhead where they are on the run', () => {
    zoomTo(7.9, 8.1);
    renderInPlayer(<Overview />);
    expect(slider()).toHaveAttribute('aria-valuetext', `7.9 s to 8.1 s of ${runLength()}`);
    const left = parseFloat(screen.getByTestId('overview-window').style.left);
    expect(left).toBeCloseTo((fromSeconds(7.9) / domain()) * 100, 2);
    const playhead = parseFloat(screen.getByTestId('overview-playhead').style.left);
    expect(playhead).toBeCloseTo((fromSeconds(8) / domain()) * 100, 2);
  });

  it('← / → move the window by a tenth of its width, without stepping the playhead', async () => {
    const user = userEvent.setup();
    zoomTo(4, 6);
    const stepped: string[] = [];
    const onPageKey = (e: KeyboardEvent) => stepped.push(e.key);
    window.addEventListener('keydown', onPageKey);
    renderInPlayer(<Overview />);
    act(() => slider().focus());
    await user.keyboard('{ArrowRight}');
    expect(s().view).toEqual({ from: fromSeconds(4.2), to: fromSeconds(6.2) });
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(s().view).toEqual({ from: fromSeconds(3.8), to: fromSeconds(5.8) });
    window.removeEventListener('keydown', onPageKey);
    expect(stepped).toEqual([]);
    expect(s().t).toBe(fromSeconds(8));
  });

  it('Home / End take the window to the run’s start / end', async () => {
    const user = userEvent.setup();
    zoomTo(4, 6);
    renderInPlayer(<Overview />);
    act(() => slider().focus());
    await user.keyboard('{End}');
    expect(s().view).toEqual({ from: Math.floor(domain()) - 2_000_000, to: Math.floor(domain()) });
    await user.keyboard('{Home}');
    expect(s().view).toEqual({ from: 0, to: fromSeconds(2) });
  });

  it('the arrows do nothing when the whole run is shown', async () => {
    const user = userEvent.setup();
    renderInPlayer(<Overview />);
    act(() => slider().focus());
    await user.keyboard('{ArrowRight}{End}');
    expect(s().view).toBeNull();
  });

  it('a click centres the window there', () => {
    zoomTo(1, 3);
    renderInPlayer(<Overview />);
    layOut(slider());
    fireEvent.pointerDown(slider(), { clientX: 600, pointerId: 1, button: 0 });
    const mid = domain() / 2;
    expect(s().view).toEqual({
      from: Math.round(mid - 1_000_000),
      to: Math.round(mid + 1_000_000),
    });
  });

  it('dragging the window moves it with the pointer, and stops when the pointer lifts', () => {
    zoomTo(1, 3);
    renderInPlayer(<Overview />);
    const strip = layOut(slider());
    const x = (t: number) => 100 + (t / domain()) * 1000;
    // Pressed 0.5 s into the window: it keeps that grip.
    fireEvent.pointerDown(slider(), { clientX: x(fromSeconds(1.5)), pointerId: 3, button: 0 });
    expect(s().view).toEqual({ from: fromSeconds(1), to: fromSeconds(3) });
    fireEvent.pointerMove(slider(), { clientX: x(fromSeconds(4.5)), pointerId: 3 });
    expect(s().view).toEqual({ from: fromSeconds(4), to: fromSeconds(6) });
    strip.release();
    fireEvent.pointerMove(slider(), { clientX: x(fromSeconds(6.5)), pointerId: 3 });
    expect(s().view).toEqual({ from: fromSeconds(4), to: fromSeconds(6) });
  });

  it('takes the axis width when given it', () => {
    renderInPlayer(<Overview width={840} />);
    expect(slider()).toHaveStyle({ width: '840px' });
  });
});

describe('the overview’s density line', () => {
  it('counts every event once, in the slice of the domain it falls in', () => {
    const trace = fetchSquareRun().trace;
    const counts = eventDensity(trace);
    expect(counts).toHaveLength(DENSITY_BINS);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(trace.events.length);
    // fetch_square's three timers fire together at about 8 s: that slice is busy.
    const at8 = Math.floor((fromSeconds(8) / domainOf(trace.end)) * DENSITY_BINS);
    expect(Math.max(...counts.slice(at8 - 1, at8 + 2))).toBeGreaterThan(0);
  });
  it('is one closed path, the same string for the same trace', () => {
    const trace = fetchSquareRun().trace;
    const d = densityPath(trace);
    expect(d).toMatch(/^M0 20.*Z$/);
    expect(densityPath(trace)).toBe(d);
  });
});
