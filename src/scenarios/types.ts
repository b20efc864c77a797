/**
 * The contract between the scenarios room and the UI: which scenarios there are, what the
 * Lab's parameters are, and what a run hands to the store. A scenario itself is `./scenario.ts`.
 */
import type { Trace } from '../core/trace';
import type { ScenarioId } from './registry';

/** The link's `scenario=` values, derived from the one list of scenarios. */
export type { ScenarioId } from './registry';

/** What each Lab request does. */
export type RequestOutcome = 'ok' | 'fail' | 'raise' | 'cancel';

/** How the Lab's program observes its futures. */
export type Observe = 'callbacks' | 'result' | 'both';

/** The Lab's parameters, already validated. */
export interface LabParams {
  /** Python int or float literals as the user typed them (`2`, `-3`, `10**20` is not a literal; `1e16` is). */
  numbers: string[];
  /** Timer interval in seconds for each call (same length as `numbers`). */
  delays: number[];
  /** One per call (same length as `numbers`). */
  outcomes: RequestOutcome[];
  observe: Observe;
  /** `result(timeout=…)` in seconds, or null for no timeout. */
  timeout: number | null;
}

/** The query-string fields a scenario owns (the app shell owns `t`, `speed`, `presenter`, …). */
export type ScenarioField = 'scenario' | 'numbers' | 'delays' | 'outcomes' | 'observe' | 'timeout';

/** A user-facing message about one field: what is wrong and where. */
export interface FieldError {
  field: ScenarioField;
  message: string;
}

/** A notebook cell's place in the displayed source: lines `first`..`last` are `In [n]`. */
export interface CellSpan {
  n: number;
  first: number;
  last: number;
}

/** Everything the UI needs to show one scenario (`Id` narrows it to one scenario's runs). */
export interface ScenarioRun<Id extends string = ScenarioId> {
  id: Id;
  title: string;
  /** One sentence on what this scenario teaches. */
  summary: string;
  /** The simulation; `trace.source` is the code panel's text. */
  trace: Trace;
  /** For notebook scenarios, which lines are which `In [n]`; null for the other kinds. */
  cells: CellSpan[] | null;
  /** The downloadable `<id>.py`: run by CPython it prints what the console shows at the end. */
  python: string;
  /**
   * When CPython may print in more than one order (equal delays): which ordering this run shows
   * (`index` of `count`), what differs in it, and the note the UI shows. Absent otherwise.
   */
  ordering?: ScenarioOrdering | null;
}

/** One of the orderings CPython may produce, as a run shows it. */
export interface ScenarioOrdering {
  index: number;
  count: number;
  label: string;
  /** Every ordering's label, so the choice can be offered without running the others. */
  labels: readonly string[];
  note: string;
}
