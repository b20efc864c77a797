/**
 * The playground as the shell sees it: its link (`scenario=playground&code=…`), the state the
 * link carries until the program's trace arrives, and the run it shows. The playground itself
 * is a registered scenario (`src/scenarios/playground-scenario.ts`); its id comes from there.
 *
 * @example
 *   playgroundQuery('print(1)\n').toString(); // 'scenario=playground&code=print%281%29%0A'
 */
// The light module, not the scenarios' index: the shell's first script must not pull in the simulator.
import { PLAYGROUND_SEED, playground, playgroundRun } from '../scenarios/playground-scenario';
import type { ScenarioId, ScenarioRun } from '../scenarios/types';

export { playgroundRun };

/** The playground's id in the picker and the store. */
export const PLAYGROUND_ID = playground.id;

export const PLAYGROUND_TITLE = playground.title;

/** True for the playground's id (or a run of it). */
export const isPlayground = (id: ScenarioId | undefined | null): boolean => id === PLAYGROUND_ID;

/** What the playground link carried and what the learner has typed since. */
export interface PlaygroundLinkState {
  /** The editor's text when it differs from the seed (the `code=` field), else null. */
  code: string | null;
  /** The link's `t=` (µs), applied to the first trace, since the run comes after the link loads. */
  pendingT: number | null;
}

const state: PlaygroundLinkState = { code: null, pendingT: null };

/** The current playground link state (a live object: read it, do not keep it). */
export const playgroundLink = (): Readonly<PlaygroundLinkState> => state;

/** Sets part of the playground link state. */
export function setPlaygroundLink(next: Partial<PlaygroundLinkState>): void {
  Object.assign(state, next);
}

/** The program the editor should open with. */
export const playgroundCode = (): string => state.code ?? PLAYGROUND_SEED;

/**
 * The link fields of a playground view: `code=` only when the program is not the seed's.
 *
 * @example playgroundQuery(null).toString(); // 'scenario=playground'
 */
export function playgroundQuery(code: string | null): URLSearchParams {
  const q = new URLSearchParams({ scenario: 'playground' });
  if (code !== null && code !== PLAYGROUND_SEED) q.set('code', code);
  return q;
}

/** The run shown before the first trace arrives: the program, nothing happened yet. */
export function emptyPlaygroundRun(code: string): ScenarioRun {
  return playground.run({ code });
}
