/**
 * Adds the playground to a scenario source: a picker entry, `scenario=playground` read before
 * the scenarios' own parser (which does not know it), and its link written with `code=`.
 *
 * @example
 *   const source = withPlayground(realScenarioSource);
 *   source.parse(new URLSearchParams('scenario=playground&code=print(1)')).id; // 'playground'
 */
import type { ScenarioSource } from './scenarioSource';
import { readShellParams } from './urlState';
import {
  PLAYGROUND_ID,
  PLAYGROUND_TITLE,
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
    scenarios: [
      ...source.scenarios,
      {
        id: PLAYGROUND_ID,
        title: PLAYGROUND_TITLE,
        summary: 'Write your own Python and watch it run on CPython.',
      },
    ],
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
