import type { ScenarioRun } from '../../scenarios/types';
import { createPlayerStore, type PlayerStore } from '../playerStore';
import { mergeTraces, positionIn, type MergedTraces } from './mergeTraces';

/** The clock of two compared players: a player over both runs' events, and the merge it plays. */
export interface SharedClock {
  /**
   * A player whose trace is the two runs merged (`mergeTraces`): the one transport (Play, Step,
   * the Time slider, speed) drives it, its slider spans the longer run, and its steps are the
   * steps of either run. It has no Predict mode: gates belong to one run, not to the pair.
   */
  clock: PlayerStore;
  merged: MergedTraces;
}

/**
 * A shared clock for two runs, paused at the start.
 *
 * @example
 *   const { clock } = createSharedClock(a.getState().run!, b.getState().run!);
 *   const unlink = linkClock(shared, a, b); // a and b now follow clock
 */
export function createSharedClock(first: ScenarioRun, second: ScenarioRun): SharedClock {
  const merged = mergeTraces(first.trace, second.trace);
  const clock = createPlayerStore();
  clock.getState().load({
    id: first.id,
    title: `${first.title} and ${second.title}`,
    summary: '',
    trace: merged.trace,
    cells: null,
    python: '',
  });
  return { clock, merged };
}

/**
 * Makes two players follow a shared clock: each move of the clock moves both to the same
 * moment (a run that has ended stays at its end), showing the same events of an instant the
 * clock has stepped into. Their Predict mode is turned off, as its gates would hold one run
 * back. Returns the function that unlinks them.
 *
 * @example useEffect(() => linkClock(shared, a, b), [shared, a, b]);
 */
export function linkClock(
  shared: SharedClock,
  first: PlayerStore,
  second: PlayerStore,
): () => void {
  const players = [first, second] as const;
  for (const p of players) if (p.getState().predict) p.getState().setPredict(false);
  const follow = () => {
    const { t, cut } = shared.clock.getState();
    players.forEach((p, run) => {
      const to = positionIn(shared.merged, run as 0 | 1, { t, cut });
      const now = p.getState();
      if (now.t !== to.t || now.cut !== to.cut) now.seek(to.t, to.cut);
    });
  };
  follow();
  return shared.clock.subscribe(follow);
}
