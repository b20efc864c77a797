/**
 * Adds the playground's link to a scenario source: `scenario=playground` read before the
 * scenarios' own parser, with its `code=` (which the scenarios' parser leaves to the shell). The parse is pure: what the link carried goes to the
 * player's store through `loadFromLink`. The picker entry is the registry's.
 *
 * @example
 *   const source = withPlayground(realScenarioSource);
 *   source.parse(new URLSearchParams('scenario=playground&code=print(1)')).code; // 'print(1)'
 */
import type { ScenarioSource } from './scenarioSource';
import { PLAYGROUND_ID } from './playgroundLink';

export function withPlayground(source: ScenarioSource): ScenarioSource {
  return {
    ...source,
    parse: (params) =>
      params.get('scenario') === 'playground'
        ? { id: PLAYGROUND_ID, lab: source.defaultLab, errors: [], code: params.get('code') }
        : source.parse(params),
  };
}
