/**
 * The playground as the shell sees it: its id (not in the scenarios' `ScenarioId`, which the
 * scenarios room owns), its link (`scenario=playground&code=…`) and the run it shows. What the
 * link carried lives in the player's store (`playground`), not here.
 *
 * @example
 *   playgroundQuery('print(1)\n').toString(); // 'scenario=playground&code=print%281%29%0A'
 */
import type { Trace, VirtualUs } from '../core/trace';
import { SEED_PROGRAM } from '../playground/seed-program';
import type { ScenarioId, ScenarioRun } from '../scenarios/types';

/** The playground's id in the picker and the store (a string outside the scenarios' union). */
export const PLAYGROUND_ID = 'playground' as ScenarioId;

export const PLAYGROUND_TITLE = 'Playground: your own Python';

/** True for the playground's id (or a run of it). */
export const isPlayground = (id: ScenarioId | undefined | null): boolean => id === PLAYGROUND_ID;

/** The program the editor opens with: the link's `code=`, else the seed program. */
export const playgroundCode = (code: string | null): string => code ?? SEED_PROGRAM;

/**
 * The link fields of a playground view: `code=` only when the program is not the seed's.
 *
 * @example playgroundQuery(null).toString(); // 'scenario=playground'
 */
export function playgroundQuery(code: string | null): URLSearchParams {
  const q = new URLSearchParams({ scenario: 'playground' });
  if (code !== null && code !== SEED_PROGRAM) q.set('code', code);
  return q;
}

/**
 * A playground trace as a run the visualizer shows like any scenario.
 *
 * @example player.getState().load(playgroundRun(trace));
 */
export function playgroundRun(trace: Trace): ScenarioRun {
  return {
    id: PLAYGROUND_ID,
    title: PLAYGROUND_TITLE,
    summary:
      'Your own program, run by real CPython in virtual time: edit it, then press Run (Ctrl+Enter).',
    trace,
    cells: null,
    python: trace.source,
    ordering: null,
  };
}

/** The run shown before the first trace arrives: the program, nothing happened yet. */
export function emptyPlaygroundRun(code: string | null): ScenarioRun {
  return playgroundRun({
    version: 1,
    source: playgroundCode(code),
    events: [],
    end: 0 as VirtualUs,
  });
}
