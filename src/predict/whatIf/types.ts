/**
 * What a "What if" question is: one generated variation of a scenario's program, the program
 * before and after the change, and how the shell loads the variation (the same way a link does).
 *
 * @example
 *   const [first] = whatIfsFor('fetch-square');
 *   first.question; // 'What if the Timers waited 3, 2 and 1 s instead of 5, 5 and 5 s?'
 */
import type { Trace } from '../../core/trace';
import type { LabParams } from '../../scenarios/types';

/** One program as the question shows it: its text and what it printed, line by line. */
export interface WhatIfProgram {
  source: string;
  /** Every line the program printed, in order (stdout and stderr interleaved). */
  console: readonly string[];
  trace: Trace;
}

/** How the shell plays a variation: as Lab parameters, or as source for the playground. */
export type WhatIfLoad = { kind: 'lab'; lab: LabParams } | { kind: 'playground'; code: string };

/** One answer the learner may pick: a whole console. */
export interface WhatIfChoice {
  /** The console, one printed line per item. */
  lines: readonly string[];
  correct: boolean;
  /** Why someone would pick it, said after a wrong pick. */
  feedback: string;
}

export interface WhatIf {
  /** Stable id: `<scenario>/<kind of change>`. */
  id: string;
  /** The change as a question: "What if the Timers waited 3, 2 and 1 s instead of 5, 5 and 5 s?" */
  question: string;
  /** What a right answer is told: the rule that decides the new console. */
  explanation: string;
  /** The program before the change (the scenario's own, or its requests as a Lab program). */
  before: WhatIfProgram;
  after: WhatIfProgram;
  /** 1-based lines of `after.source` that the change touched. */
  changedLines: readonly number[];
  /** Indexes of `after.console` lines that differ from the line at that place before. */
  changedConsole: readonly number[];
  /** In a deterministic order that does not follow from which one is right. */
  choices: readonly WhatIfChoice[];
  load: WhatIfLoad;
  /**
   * `'same'`: the scenario's own program, changed; `'lab'`: the scenario's requests replayed as
   * a Lab program (one Timer each), so `before` is that Lab program, not the scenario's.
   */
  via: 'same' | 'lab';
}
