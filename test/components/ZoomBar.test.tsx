import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZoomBar } from '../../src/components/timeline/ZoomBar';
import { fromSeconds, us } from '../../src/core/trace';
import { domainOf, MIN_WINDOW_US } from '../../src/layout/zoomWindow';
import { loadFixture, player, renderInPlayer } from './render';

const s = () => player().getState();
const runLength = () => `${(s().run!.trace.end / 1e6).toFixed(1)} s`;
const button = (name: string) =>
  within(screen.getByRole('group', { name: 'Zoom' })).getByRole('button', { name });

beforeEach(() => loadFixture(fromSeconds(8)));

describe('ZoomBar', () => {
  it('has Zoom in, Zoom out and Fit with their keys, and says the whole run is shown', () => {
    renderInPlayer(<ZoomBar />);
    expect(button('Zoom in')).toHaveAttribute('aria-keyshortcuts', 'Plus =');
    expect(button('Zoom out')).toHaveAttribute('aria-keyshortcuts', '-');
    expect(button('Fit')).toHaveAttribute('aria-keyshortcuts', '0');
    expect(screen.getByRole('status')).toHaveTextContent(`whole run, ${runLength()}`);
  });

  it('when fitted, only Zoom in has something to do', () => {
    renderInPlayer(<ZoomBar />);
    expect(button('Zoom in')).toBeEnabled();
    expect(button('Zoom out')).toBeDisabled();
    expect(button('Fit')).toBeDisabled();
  });

  it('Zoom in halves the window around the playhead and says which stretch is shown', async () => {
    const user = userEvent.setup();
    renderInPlayer(<ZoomBar />);
    await user.click(button('Zoom in'));
    const { from, to } = s().view!;
    expect(to - from).toBe(Math.round(Math.floor(domainOf(s().run!.trace.end)) / 2));
    expect(from).toBeLessThan(fromSeconds(8));
    expect(to).toBeGreaterThan(fromSeconds(8));
    expect(button('Zoom out')).toBeEnabled();
    expect(button('Fit')).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent(
      new RegExp(`^showing \\d+\\.\\d+–\\d+\\.\\d+ s of ${runLength()}$`),
    );
  });

  it('reads a narrow window to the decimals it needs', () => {
    act(() => s().setView({ from: fromSeconds(7.9), to: fromSeconds(8.1) }));
    renderInPlayer(<ZoomBar />);
    expect(screen.getByRole('status')).toHaveTextContent(`showing 7.900–8.100 s of ${runLength()}`);
  });

  it('Zoom out back to the whole run and Fit both return to “whole run”', async () => {
    const user = userEvent.setup();
    renderInPlayer(<ZoomBar />);
    await user.click(button('Zoom in'));
    await user.click(button('Zoom out'));
    expect(s().view).toBeNull();
    await user.click(button('Zoom in'));
    await user.click(button('Zoom in'));
    await user.click(button('Fit'));
    expect(s().view).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('whole run');
    expect(button('Fit')).toBeDisabled();
  });

  it('disables Zoom in at the narrowest window, 2 ms', () => {
    act(() => s().setView({ from: fromSeconds(8), to: us(fromSeconds(8) + MIN_WINDOW_US) }));
    renderInPlayer(<ZoomBar />);
    expect(button('Zoom in')).toBeDisabled();
    expect(button('Zoom out')).toBeEnabled();
  });

  it('works from the keyboard: Tab to a button, Enter', async () => {
    const user = userEvent.setup();
    renderInPlayer(<ZoomBar />);
    await user.tab();
    expect(button('Zoom in')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(s().view).not.toBeNull();
  });
});
