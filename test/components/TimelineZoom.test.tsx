/**
 * The timeline's zoom, pan and folding as a reader meets them: Ctrl + wheel zooms around the
 * pointer, a sideways wheel pans, a step onto a cluster of events zooms to show them apart,
 * and a pool's lanes fold under one row that counts what its members are doing.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { VirtualUs } from '../../src/core/trace';
import { Timeline } from '../../src/components/timeline/Timeline';
import { domainOf } from '../../src/layout/zoomWindow';
import { stepsOf } from '../../src/store/selectors/steps';
import { issueProgramTrace } from '../fixtures/issueProgram';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';
import { loadFixture, player, renderWithSnapshot } from './render';

beforeEach(() => loadFixture());

const viewport = () => screen.getByRole('region', { name: /^Timeline lanes/ });
const laneNames = () =>
  within(screen.getByRole('list', { name: 'Lanes' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.tl-name-text')?.textContent);

describe('Timeline zoom and pan', () => {
  it('zooms in around the pointer on Ctrl + wheel, and out again', () => {
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const domain = domainOf(player().getState().run!.trace.end);
    // jsdom lays nothing out: the axis is the model's 800 px guess, starting at x = 0.
    fireEvent.wheel(viewport(), { ctrlKey: true, deltaY: -200, clientX: 400 });
    const view = player().getState().view!;
    expect(view.to - view.from).toBeLessThan(domain * 0.7);
    // The moment under the pointer (the middle) stays under it.
    expect((view.from + view.to) / 2).toBeCloseTo(domain / 2, -3);
    fireEvent.wheel(viewport(), { ctrlKey: true, deltaY: 2000, clientX: 400 });
    expect(player().getState().view).toBeNull();
  });
  it('pans with a sideways wheel once zoomed, and leaves an upright wheel to scrolling', () => {
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    fireEvent.wheel(viewport(), { deltaX: 100 });
    expect(player().getState().view).toBeNull();
    act(() =>
      player()
        .getState()
        .zoomBy(4, 0 as VirtualUs),
    );
    const before = player().getState().view!;
    fireEvent.wheel(viewport(), { deltaX: 100 });
    const after = player().getState().view!;
    expect(after.from).toBeGreaterThan(before.from);
    expect(after.to - after.from).toBe(before.to - before.from);
    fireEvent.wheel(viewport(), { deltaY: 100 });
    expect(player().getState().view).toEqual(after);
  });
  it('pans when the lanes are dragged with a mouse, once zoomed', () => {
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    act(() =>
      player()
        .getState()
        .zoomBy(4, 0 as VirtualUs),
    );
    const before = player().getState().view!;
    const track = screen.getByRole('list', { name: 'Lanes' }).querySelector('.tl-track')!;
    fireEvent.pointerDown(track, { clientX: 500, pointerId: 3, button: 0 });
    fireEvent.pointerMove(window, { clientX: 300, pointerId: 3 });
    fireEvent.pointerUp(window, { clientX: 300, pointerId: 3 });
    const after = player().getState().view!;
    // Dragged 200 px to the left on an 800 px axis: a quarter of the window later.
    expect(after.from - before.from).toBeCloseTo((before.to - before.from) / 4, -3);
    fireEvent.pointerMove(window, { clientX: 100, pointerId: 3 });
    expect(player().getState().view).toEqual(after);
  });
  it('zooms in when a step lands on events closer than a few pixels, so they show apart', () => {
    // fetch_square's three callbacks run 9 ms apart at 8.0 s: one blur on an 8-second axis.
    const steps = stepsOf(fetchSquareRun().trace);
    const before = steps.findIndex((s) => s.t >= 8_000_000) - 1;
    act(() => player().getState().seek(steps[before]!.t, steps[before]!.cut));
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    expect(player().getState().view).toBeNull();
    act(() => player().getState().stepForward());
    const view = player().getState().view!;
    expect(view.to - view.from).toBeLessThan(100_000);
    expect(view.from).toBeLessThanOrEqual(player().getState().t);
    expect(view.to).toBeGreaterThanOrEqual(player().getState().t);
  });
});

describe('Timeline groups', () => {
  beforeEach(() => {
    act(() =>
      player()
        .getState()
        .load({ ...fetchSquareRun(), trace: issueProgramTrace() }),
    );
    act(() => player().getState().jumpToEnd());
  });
  it('puts a pool’s workers and the futures under rows that fold and unfold', async () => {
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    expect(laneNames()).toContain('ThreadPoolExecutor-0_3');
    const pool = screen.getByRole('button', { name: 'ThreadPoolExecutor-0' });
    expect(pool).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(pool);
    expect(pool).toHaveAttribute('aria-expanded', 'false');
    expect(laneNames()).not.toContain('ThreadPoolExecutor-0_3');
    expect(laneNames()).toContain('MainThread');
    await userEvent.click(pool);
    expect(laneNames()).toContain('ThreadPoolExecutor-0_3');
  });
  it('says on a group’s row how many of its members run, wait and are done', () => {
    renderWithSnapshot((s) => <Timeline snapshot={s} />);
    const row = (name: string) => screen.getByRole('button', { name }).closest('li')!;
    expect(row('futures')).toHaveTextContent('8 futures');
    expect(row('futures')).toHaveTextContent('8 done');
    expect(row('ThreadPoolExecutor-0')).toHaveTextContent('4 workers');
    // A worker's own lane says "finished": its group's row uses the lanes' words.
    expect(row('ThreadPoolExecutor-0')).toHaveTextContent('4 finished');
    act(() => player().getState().seek(stepsOf(issueProgramTrace())[3]!.t));
    expect(row('futures')).toHaveTextContent(/\d+ (running|pending)/);
  });
});
