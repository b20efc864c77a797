import { beforeEach, describe, expect, it } from 'vitest';
import { playerFromLink } from '../../src/app/loadFromLink';
import { realScenarioSource } from '../../src/app/realScenarioSource';
import { linkFor } from '../../src/app/useUrlSync';
import { fromSeconds } from '../../src/core/trace';
import { domainOf } from '../../src/layout/zoomWindow';
import { PREDICT_MODE_KEY } from '../../src/predict';

const source = realScenarioSource;

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(PREDICT_MODE_KEY, 'off');
});

describe('the zoom window survives a link', () => {
  it('a link with from/to opens zoomed there, and the link written back is the same', () => {
    const link = 'scenario=fetch-square&t=8&from=7.9&to=8.1';
    const player = playerFromLink(source, `?${link}`);
    expect(player.getState()).toMatchObject({
      t: fromSeconds(8),
      view: { from: fromSeconds(7.9), to: fromSeconds(8.1) },
      notices: [],
    });
    expect(linkFor(source, player.getState())).toBe(link);
  });

  it('zooming writes from/to into the link; Fit takes them out', () => {
    const player = playerFromLink(source, '?scenario=fetch-square');
    player.getState().setView({ from: fromSeconds(1), to: fromSeconds(2.5) });
    expect(linkFor(source, player.getState())).toBe('scenario=fetch-square&from=1&to=2.5');
    player.getState().fit();
    expect(linkFor(source, player.getState())).toBe('scenario=fetch-square');
  });

  it('clamps a window past the run’s end into it, keeping its width', () => {
    const player = playerFromLink(source, '?scenario=fetch-square&from=100&to=101');
    const { run, view } = player.getState();
    const last = Math.floor(domainOf(run!.trace.end));
    expect(view).toEqual({ from: last - 1_000_000, to: last });
  });

  it('a bad window is a notice and the run shows whole', () => {
    const player = playerFromLink(source, '?scenario=fetch-square&from=7.9&to=x');
    expect(player.getState().view).toBeNull();
    expect(player.getState().notices).toEqual([
      'from/to: “7.9”–“x” is not a window in seconds (like from=7.9&to=8.1); showing the whole run.',
    ]);
  });

  it('the playground keeps the window for its first trace, as it keeps t', () => {
    const player = playerFromLink(source, '?scenario=playground&t=1&from=0.5&to=1.5');
    expect(player.getState().playground.pendingView).toEqual({
      from: fromSeconds(0.5),
      to: fromSeconds(1.5),
    });
  });
});
