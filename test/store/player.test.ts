import { beforeEach, describe, expect, it } from 'vitest';
import { fromSeconds, us } from '../../src/core/trace';
import { advance, nearestSpeed } from '../../src/store/playback';
import { createPlayerStore } from '../../src/store/playerStore';
import { stopsOf } from '../../src/store/selectors/eventStops';
import { fetchSquareRun } from '../fixtures/fetchSquareTrace';

const run = fetchSquareRun();
const stops = stopsOf(run.trace);
let player = createPlayerStore();
const s = () => player.getState();

beforeEach(() => {
  player = createPlayerStore();
  s().load(run);
});

describe('player store', () => {
  it('loads paused at 0, or at a clamped t', () => {
    expect(s()).toMatchObject({ t: 0, playing: false });
    s().load(run, null, fromSeconds(99));
    expect(s().t).toBe(run.trace.end);
  });
  it('steps forward and back one event at a time, pausing playback', () => {
    s().play();
    s().stepForward();
    expect(s()).toMatchObject({ t: stops[1], playing: false });
    s().stepForward();
    s().stepBack();
    expect(s().t).toBe(stops[1]);
  });
  it('jumps to the end and resets to 0', () => {
    s().jumpToEnd();
    expect(s().t).toBe(run.trace.end);
    s().reset();
    expect(s().t).toBe(0);
  });
  it('ticks only while playing, and stops at the end', () => {
    s().tick(16);
    expect(s().t).toBe(0);
    s().seek(fromSeconds(2));
    s().play();
    s().tick(50);
    expect(s().t).toBe(fromSeconds(2.05));
    s().seek(us(run.trace.end - 10));
    s().play();
    s().tick(50);
    expect(s()).toMatchObject({ t: run.trace.end, playing: false });
  });
  it('plays from the start again when Play is pressed at the end', () => {
    s().jumpToEnd();
    s().play();
    expect(s()).toMatchObject({ t: 0, playing: true });
  });
});

describe('advance', () => {
  it('moves by wall-clock time times speed', () => {
    expect(advance({ t: us(0), speed: 2, autoPause: false }, stops, run.trace.end, 10)).toEqual({
      t: 20_000,
      playing: true,
    });
  });
  it('with auto-pause, stops exactly at the next event', () => {
    const next = stops.find((x) => x > fromSeconds(1))!;
    const t = us(next - 500_000); // 0.5 s before it; a frame at 8× covers 0.8 s
    expect(advance({ t, speed: 8, autoPause: true }, stops, run.trace.end, 100)).toEqual({
      t: next,
      playing: false,
    });
  });
  it('treats a very long frame as 100 ms', () => {
    expect(advance({ t: us(0), speed: 1, autoPause: false }, stops, run.trace.end, 5000).t).toBe(
      100_000,
    );
  });
  it('rounds a speed from a link to an offered one', () => {
    expect(nearestSpeed(3)).toBe(2);
    expect(nearestSpeed(100)).toBe(8);
    expect(nearestSpeed(0.3)).toBe(0.25);
  });
});
