/**
 * A scenario that is one small program of its own (each misconception scenario is one): a
 * real Python program, whose `source` CPython runs, and the core program that replays it.
 * When CPython may print in more than one order, it lists every ordering, each a replay of
 * the same source, and a link picks one with `ordering=`.
 *
 * @example
 *   export const resultBlocks = programScenario({
 *     id: 'result-blocks',
 *     title: 'Printing around result()',
 *     summary: 'The main thread prints, then waits inside fut.result() …',
 *     teaches: ['result-at-once'],
 *     program,
 *   });
 */
import { simulate, type Program } from '../core';
import { tellInOwnWords, type OwnNarration } from './ownNarration';
import type { Scenario } from './scenario';
import { SIMULATION } from './simulation';
import type { ScenarioRun } from './types';

/** One of the orders CPython may produce, as a program over the scenario's source. */
export interface Ordering {
  /** What differs in this run: "fut1's Timer fires first". */
  label: string;
  program: () => Program;
}

export interface ProgramScenarioEntry<Id extends string> {
  id: Id;
  title: string;
  summary: string;
  /** Ids of the misconceptions it confronts (as `src/predict/misconceptions.ts` names them). */
  teaches: readonly string[];
  /** The program; with `orderings`, the first of them. */
  program: () => Program;
  /** When CPython may produce more than one output, every ordering it may produce. */
  orderings?: readonly Ordering[];
  /** Said with the scenario when it has `orderings`. */
  orderNote?: string;
  /** Its own words for some events, where the generic narration is too technical (the first lesson). */
  narration?: OwnNarration;
}

export function programScenario<Id extends string>(
  entry: ProgramScenarioEntry<Id>,
): Scenario<Id> & ProgramScenarioEntry<Id> {
  // Fixed programs, like the notebook's: each ordering is simulated once and shared.
  const runs = new Map<number, ScenarioRun<Id>>();
  const count = entry.orderings?.length ?? 1;
  return {
    ...entry,
    kind: 'program',
    cellNumbers: [],
    run({ ordering = 0 } = {}) {
      // An ordering out of range (a hand-written link) shows the first.
      const index = Number.isInteger(ordering) && ordering >= 0 && ordering < count ? ordering : 0;
      const cached = runs.get(index);
      if (cached) return cached;
      const choice = entry.orderings?.[index] ?? null;
      const program = (choice?.program ?? entry.program)();
      const trace = simulate(program, SIMULATION);
      if (entry.narration) tellInOwnWords(trace, entry.narration);
      const run: ScenarioRun<Id> = {
        id: entry.id,
        title: entry.title,
        summary: entry.summary,
        trace,
        cells: null,
        python: program.source,
        ordering: choice && {
          index,
          count,
          label: choice.label,
          labels: entry.orderings!.map((o) => o.label),
          note: entry.orderNote ?? '',
        },
      };
      runs.set(index, run);
      return run;
    },
  };
}
