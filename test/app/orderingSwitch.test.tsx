import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { realScenarioSource } from '../../src/app/realScenarioSource';
import { fromSeconds } from '../../src/core/trace';
import { renderVisualizer } from './renderVisualizer';

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

const orderings = () => screen.getByRole('group', { name: 'Ordering shown' });
const option = (n: number) =>
  within(orderings()).getByRole('button', { name: new RegExp(`^Ordering ${n}:`) });

describe('the ordering switch', () => {
  it('is its own labelled group of toggle buttons, not answer-like radios', () => {
    renderVisualizer(realScenarioSource, '?scenario=equal-delays&predict=0');
    expect(screen.getByRole('region', { name: 'CPython may print either order' })).toContainElement(
      orderings(),
    );
    expect(within(orderings()).queryAllByRole('radio')).toEqual([]);
    expect(option(1)).toHaveAttribute('aria-pressed', 'true');
    expect(option(2)).toHaveAttribute('aria-pressed', 'false');
  });
  it('switching keeps the playhead, and the link names the ordering', async () => {
    const user = userEvent.setup();
    const { player } = renderVisualizer(realScenarioSource, '?scenario=equal-delays&predict=0');
    const half = fromSeconds(0.5);
    act(() => player.getState().seek(half));
    await user.click(option(2));
    expect(option(2)).toHaveAttribute('aria-pressed', 'true');
    expect(player.getState().run?.ordering?.index).toBe(1);
    expect(player.getState().t).toBe(half);
    expect(new URLSearchParams(location.search).get('ordering')).toBe('2');
  });
  it('an arrow key on it steps the player instead of switching the ordering', async () => {
    const user = userEvent.setup();
    const { player } = renderVisualizer(realScenarioSource, '?scenario=equal-delays&predict=0');
    option(1).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(player.getState().run?.ordering?.index).toBe(0);
    expect(player.getState().t).toBeGreaterThan(0);
  });
  it('the Lab with equal delays says CPython may print either order, and offers the other', async () => {
    const user = userEvent.setup();
    const view = renderVisualizer(realScenarioSource, '?scenario=lab&delays=5&predict=0');
    expect(
      screen.getByRole('region', { name: 'CPython may print either order' }),
    ).toHaveTextContent('Timers are due within 50 ms of each other');
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    const log = () => screen.getByRole('log', { name: 'Console' }).textContent ?? '';
    expect(log().indexOf('Result is: 4')).toBeLessThan(log().indexOf('Result is: 16'));
    await user.click(option(2));
    await user.click(screen.getByRole('button', { name: 'Jump to end' }));
    expect(log().indexOf('Result is: 16')).toBeLessThan(log().indexOf('Result is: 4'));
    // The link round trip: the same Lab, the same ordering.
    const link = location.search;
    expect(new URLSearchParams(link).get('ordering')).toBe('2');
    view.unmount();
    history.replaceState(null, '', '/');
    renderVisualizer(realScenarioSource, link);
    expect(option(2)).toHaveAttribute('aria-pressed', 'true');
  });
  it('the Lab with delays apart has no ordering switch', () => {
    renderVisualizer(realScenarioSource, '?scenario=lab&delays=3,1,2&predict=0');
    expect(screen.queryByRole('group', { name: 'Ordering shown' })).toBeNull();
  });
});
