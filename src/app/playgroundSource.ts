/**
 * Adds the playground's link to a scenario source: `scenario=playground` read before the
 * scenarios' own parser (the `code=` and a `t=` that waits for the trace are shell state), its
 * run over the learner's code, and its link written with `code=`. The picker entry is the
 * registry's.
 *
 * @example
 *   const source = withPlayground(realScenarioSource);
 *   source.parse(new URLSearchParams('scenario=playground&code=print(1)')).id; // 'playground'
 */
import type { ScenarioSource } from './scenarioSource';
import { readShellParams } from './urlState';
import {
  PLAYGROUND_ID,
  emptyPlaygroundRun,
  isPlayground,
  playgroundCode,
  playgroundLink,
  playgroundQuery,
  setPlaygroundLink,
} from './playgroundLink';

export function withPlayground(source: ScenarioSource): ScenarioSource {
  return {
    ...source,
    run: (id, lab, ordering) =>
      isPlayground(id) ? emptyPlaygroundRun(playgroundCode()) : source.run(id, lab, ordering),
    parse: (params) => {
      if (params.get('scenario') !== 'playground') return source.parse(params);
      // The trace comes later (the program runs after the link loads), so `t=` waits for it.
      setPlaygroundLink({ code: params.get('code'), pendingT: readShellParams(params).params.t });
      return { id: PLAYGROUND_ID, lab: source.defaultLab, errors: [] };
    },
    query: (id, lab) =>
      isPlayground(id) ? playgroundQuery(playgroundLink().code) : source.query(id, lab),
  };
}
