/**
 * Adds the playground's link to a scenario source: `scenario=playground` read before the
 * scenarios' own parser, with its `code=`. The parse is pure: what the link carried goes to the
 * player's store through `loadFromLink`. The picker entry is the registry's.
 *
 * @example
 *   const source = withPlayground(realScenarioSource);
 *   source.parse(new URLSearchParams('scenario=playground&code=print(1)')).code; // 'print(1)'
 */
import type { ScenarioSource } from './scenarioSource';
import { PLAYGROUND_ID, emptyPlaygroundRun, isPlayground } from './playgroundLink';

export function withPlayground(source: ScenarioSource): ScenarioSource {
  return {
    ...source,
    // The seed program: the shell loads the link's or the editor's program itself (runFor).
    run: (id, lab, ordering) =>
      isPlayground(id) ? emptyPlaygroundRun(null) : source.run(id, lab, ordering),
    parse: (params) =>
      params.get('scenario') === 'playground'
        ? { id: PLAYGROUND_ID, lab: source.defaultLab, errors: [], code: params.get('code') }
        : source.parse(params),
  };
}
