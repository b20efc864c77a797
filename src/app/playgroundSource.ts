/**
 * Adds the playground to a scenario source: a picker entry, and `scenario=playground` read
 * before the scenarios' own parser (which does not know it), with its `code=`. The parse is
 * pure: what the link carried goes to the player's store through `loadFromLink`.
 *
 * @example
 *   const source = withPlayground(realScenarioSource);
 *   source.parse(new URLSearchParams('scenario=playground&code=print(1)')).code; // 'print(1)'
 */
import type { ScenarioSource } from './scenarioSource';
import {
  PLAYGROUND_ID,
  PLAYGROUND_TITLE,
  emptyPlaygroundRun,
  isPlayground,
} from './playgroundLink';

export function withPlayground(source: ScenarioSource): ScenarioSource {
  return {
    ...source,
    scenarios: [
      ...source.scenarios,
      {
        id: PLAYGROUND_ID,
        title: PLAYGROUND_TITLE,
        summary: 'Write your own Python and watch it run on CPython.',
      },
    ],
    // The seed program: the shell loads the link's or the editor's program itself.
    run: (id, lab, ordering) =>
      isPlayground(id) ? emptyPlaygroundRun(null) : source.run(id, lab, ordering),
    parse: (params) =>
      params.get('scenario') === 'playground'
        ? { id: PLAYGROUND_ID, lab: source.defaultLab, errors: [], code: params.get('code') }
        : source.parse(params),
  };
}
