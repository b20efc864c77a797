import { beforeEach, describe, expect, it } from 'vitest';
import { fromSeconds, us } from '../../src/core/trace';
import { domainOf, fitWindow, MIN_WINDOW_US, type TimeWindow } from '../../src/layout/zoomWindow';
import { createPlayerStore } from '../../src/store/playerStore';
import { selectView } from '../../src/store/selectors/player';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';

const run = fetchSquareRun();
const domain = domainOf(run.trace.end);
const win = (fromS: number, toS: number): TimeWindow => ({
  from: fromSeconds(fromS),
  to: fromSeconds(toS),
});
let player = createPlayerStore();
const s = () => player.getState();
const width = () => s().view!.to - s().view!.from;

beforeEach(() => {
  player = createPlayerStore();
  s().load(run);
});

describe('the zoom window in the player store', () => {
  it('starts fitted (null) and a new load fits again', () => {
    expect(selectView(s())).toBeNull();
    s().setView(win(1, 2));
    expect(selectView(s())).toEqual(win(1, 2));
    s().load(run);
    expect(s().view).toBeNull();
  });

  it('zooms in around the playhead when it is in view, keeping its place on screen', () => {
    s().seek(fromSeconds(2));
    s().zoomBy(2);
    expect(width()).toBe(Math.round(Math.floor(domain) / 2));
    // 2.0 s was at 2/domain of the way across, and still is.
    const { from, to } = s().view!;
    expect((fromSeconds(2) - from) / (to - from)).toBeCloseTo(
      fromSeconds(2) / Math.floor(domain),
      5,
    );
  });

  it('zooms around the window’s centre when the playhead is out of view', () => {
    s().setView(win(4, 6));
    s().zoomBy(2); // the playhead is at 0
    expect(s().view).toEqual(win(4.5, 5.5));
  });

  it('zooms around an anchor it is given', () => {
    s().setView(win(0, 4));
    s().zoomBy(2, fromSeconds(1));
    expect(s().view).toEqual(win(0.5, 2.5));
  });

  it('goes back to null when zooming out reaches the whole run, and stops at 2 ms', () => {
    s().setView(win(1, 3));
    s().zoomBy(0.01);
    expect(s().view).toBeNull();
    s().zoomBy(1e9);
    expect(width()).toBe(MIN_WINDOW_US);
  });

  it('pans a zoomed window, stopping at the ends; nothing to pan when fitted', () => {
    s().panBy(1_000_000);
    expect(s().view).toBeNull();
    s().setView(win(1, 2));
    s().panBy(500_000);
    expect(s().view).toEqual(win(1.5, 2.5));
    s().panBy(-10_000_000);
    expect(s().view).toEqual(win(0, 1));
  });

  it('setView clamps to the run, and a window covering it all is null', () => {
    s().setView(win(-1, 0.5));
    expect(s().view).toEqual(win(0, 1.5));
    s().setView(win(0, 1_000));
    expect(s().view).toBeNull();
    s().setView(win(1, 2));
    s().fit();
    expect(s().view).toBeNull();
  });

  it('follows the playhead while playing, one page at a time', () => {
    s().setView(win(2, 3));
    s().seek(fromSeconds(2.9));
    expect(s().view).toEqual(win(2, 3));
    s().play();
    s().tick(100); // to 3.0 s: the window's last moment, still in view
    expect(s().view).toEqual(win(2, 3));
    s().tick(50); // 3.05 s: the page turns, the playhead at 10 % of it
    expect(s()).toMatchObject({ t: fromSeconds(3.05), view: win(2.95, 3.95) });
  });

  it('keeps the same window object while the playhead stays in it (no needless renders)', () => {
    s().setView(win(1, 3));
    const before = s().view;
    s().seek(fromSeconds(2));
    expect(s().view).toBe(before);
  });

  it('follows steps, seeks, Reset and Jump to end out of the window', () => {
    s().setView(win(1, 2));
    s().jumpToEnd();
    const { from, to } = s().view!;
    expect(to - from).toBe(1_000_000);
    expect(run.trace.end).toBeGreaterThanOrEqual(from);
    expect(run.trace.end).toBeLessThanOrEqual(to);
    s().reset();
    expect(s().view).toEqual(win(0, 1));
    s().seek(fromSeconds(4));
    expect(s().view).toEqual(win(3.9, 4.9));
    s().stepBack();
    expect(s().t).toBeGreaterThanOrEqual(s().view!.from);
    expect(s().t).toBeLessThanOrEqual(s().view!.to);
  });

  it('does nothing before a scenario is loaded', () => {
    const empty = createPlayerStore();
    empty.getState().zoomBy(2);
    empty.getState().panBy(us(5));
    expect(empty.getState().view).toBeNull();
  });

  it('fitWindow is what a null view draws', () => {
    s().setView(fitWindow(run.trace.end));
    expect(s().view).toBeNull();
  });
});
