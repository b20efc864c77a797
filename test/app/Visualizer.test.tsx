import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PREDICT_MODE_KEY } from '../../src/predict';
import type { PlayerStore } from '../../src/store/playerStore';
import { stopsOf } from '../../src/store/selectors/eventStops';
import { fixtureSource } from '../fixtures/fixtureSource';
import { renderVisualizer } from './renderVisualizer';

let player: PlayerStore;

beforeEach(() => {
  // These are the shell's tests without Predict mode (test/app/predict.test.tsx has it on).
  localStorage.clear();
  localStorage.setItem(PREDICT_MODE_KEY, 'off');
  history.replaceState(null, '', '/');
});

const open = (query = '?scenario=fetch-square') =>
  ({ player } = renderVisualizer(fixtureSource, query));

describe('Visualizer shell', () => {
  it('shows every view and control for the linked scenario', () => {
    open();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Futures Visualizer' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main', { name: 'Visualizer' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveValue('fetch-square');
    for (const h of ['Code', 'Timeline', 'Console', 'Futures'])
      expect(screen.getByRole('heading', { name: h })).toBeInTheDocument();
    expect(screen.getByRole('log', { name: 'Console' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Narration' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Python High Performance');
  });
  it('is driven by the keyboard: → ← PageDown PageUp End Home Space', async () => {
    const user = userEvent.setup();
    open();
    const stops = stopsOf(player.getState().run!.trace);
    // The notebook's pause after In [1] is a step of its own, inside the instant stops[1].
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{PageDown}');
    expect(player.getState().t).toBe(stops[3]);
    await user.keyboard('{ArrowLeft}{ArrowLeft}{PageUp}');
    expect(player.getState().t).toBe(stops[1]);
    await user.keyboard('{End}');
    expect(player.getState().t).toBe(stops[stops.length - 1]);
    expect(screen.getByRole('article', { name: 'fut3' })).toHaveTextContent('finished');
    await user.keyboard('{Home}');
    expect(player.getState().t).toBe(0);
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });
  it('opens at the linked moment, speed and presenter mode, and writes changes back', async () => {
    const user = userEvent.setup();
    const { container } = open('?scenario=fetch-square&t=5.02&speed=2&presenter=1');
    expect(player.getState()).toMatchObject({ t: 5_020_000, speed: 2, presenter: true });
    expect(container.querySelector('.app')).toHaveClass('presenter');
    expect(screen.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Presenter mode' }));
    await user.keyboard('{Home}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '0.5×');
    expect(location.search).toBe('?scenario=fetch-square&speed=0.5');
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    expect(location.search).toBe(`?scenario=fetch-square&t=${player.getState().t / 1e6}&speed=0.5`);
  });
  it('shows link errors in a notice and keeps a valid scenario on screen', async () => {
    const user = userEvent.setup();
    open('?scenario=nope&t=abc&speed=99');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('scenario: “nope” is not known');
    expect(alert).toHaveTextContent('t: “abc” is not a time in seconds');
    expect(alert).toHaveTextContent('speed: “99” is not a speed from 0.25 to 8');
    expect(screen.getByRole('main')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
  it('switches scenario from the picker and updates the link', async () => {
    const user = userEvent.setup();
    open();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Scenario' }),
      'Title of future-by-hand',
    );
    expect(player.getState().run!.id).toBe('future-by-hand');
    expect(location.search).toBe('?scenario=future-by-hand');
  });
  it('toggles the dark theme and records the choice in the link', async () => {
    const user = userEvent.setup();
    open();
    const toggle = screen.getByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(location.search).toContain('theme=dark');
  });
  it('follows a dark system theme until the user chooses', async () => {
    const real = window.matchMedia;
    window.matchMedia = ((q: string) => ({
      matches: q.includes('dark'),
      media: q,
      addEventListener: () => {},
      removeEventListener: () => {},
    })) as unknown as typeof window.matchMedia;
    try {
      const user = userEvent.setup();
      open();
      expect(document.documentElement.dataset.theme).toBe('dark');
      const toggle = screen.getByRole('button', { name: 'Dark theme' });
      expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await user.click(toggle);
      expect(document.documentElement.dataset.theme).toBe('light');
      expect(location.search).toContain('theme=light');
    } finally {
      window.matchMedia = real;
    }
  });
  it('Copy link pauses and copies the address that restores this view', async () => {
    const user = userEvent.setup();
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    open();
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    expect(copied).toEqual([location.href]);
    expect(copied[0]).toContain(`t=${player.getState().t / 1e6}`);
  });
  it('plays with one animation-frame loop until the end', async () => {
    open('?scenario=fetch-square&speed=8');
    const frames: FrameRequestCallback[] = [];
    const real = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => frames.push(cb);
    try {
      act(() => player.getState().play());
      let now = 0;
      for (let i = 0; i < 200 && player.getState().playing; i++) {
        const cb = frames.shift();
        if (!cb) break;
        now += 100;
        act(() => cb(now));
      }
      expect(player.getState()).toMatchObject({
        playing: false,
        t: player.getState().run!.trace.end,
      });
      expect(screen.getByRole('log', { name: 'Console' })).toHaveTextContent('Result is: 16');
    } finally {
      window.requestAnimationFrame = real;
    }
  });
});
