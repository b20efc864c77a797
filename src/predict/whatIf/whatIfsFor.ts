/**
 * The "What if" questions at the end of a run, generated from the run itself: a pool program
 * gets fewer workers (its own program, changed); any other program has its requests replayed
 * as a Lab program, and the Lab changes a delay, a timeout or an outcome (`./labChanges.ts`).
 * Nothing here is written per scenario. A variation whose console CPython would leave open
 * (two completions within 50 ms) or that offers no wrong answer is left out.
 *
 * @example
 *   whatIfsFor(scenarioById('fetch-square').run(), null).map((w) => w.id)
 *   // ['fetch-square/delays', 'fetch-square/raise']
 */
import { simulate } from '../../core/simulate';
import type { Program } from '../../core/program';
import type { Trace } from '../../core/trace';
import { lab as labScenario } from '../../scenarios/lab-scenario';
import { scenarioById } from '../../scenarios/registry';
import { SIMULATION } from '../../scenarios/simulation';
import type { LabParams, ScenarioRun } from '../../scenarios/types';
import { consoleChoices } from './consoleChoices';
import { changedIndexes, changedSourceLines, printedLines } from './consoleLines';
import { labBaseOf } from './labBase';
import { labChangesOf } from './labChanges';
import { lateCallbackExplanation, withLateCallback } from './lateCallback';
import { labProgram } from '../../scenarios/programs/lab-program';
import { LAB_LINE_COST_US } from '../../scenarios/lab-scenario';
import { fewerWorkers, workerCountsOf } from './poolChange';
import type { WhatIf, WhatIfLoad, WhatIfProgram } from './types';

/** Completions closer than this may come in either order on CPython (spec P-3). */
const AMBIGUOUS_US = 50_000;

/** At most this many questions at the end of a run. */
const MAX_WHAT_IFS = 2;

function programOf(trace: Trace): WhatIfProgram {
  return { source: trace.source, console: printedLines(trace), trace };
}

/**
 * Whether CPython may print this console in another order (spec P-2, P-3): two futures finish
 * within 50 ms of each other (`mainInCallOrder`: unless only the main thread prints, in call
 * order, as a Lab program's `result()` loop does), or a done-callback prints off the main
 * thread within 50 ms of a main-thread line (the waiter woken by a completion races the
 * callbacks that completion runs).
 */
function isAmbiguous(trace: Trace, mainInCallOrder: boolean): boolean {
  const inCallback = new Set<string>();
  const callbackLines: number[] = [];
  const mainLines: number[] = [];
  for (const e of trace.events) {
    if (e.type === 'callback.invoke') inCallback.add(e.thread);
    else if (e.type === 'callback.return' || e.type === 'callback.raise')
      inCallback.delete(e.thread);
    else if (e.type === 'stdout' && e.thread === 'MainThread') mainLines.push(e.t);
    else if (e.type === 'stdout' && inCallback.has(e.thread)) callbackLines.push(e.t);
  }
  const near = (a: number) => mainLines.some((b) => Math.abs(a - b) < AMBIGUOUS_US);
  if (callbackLines.some(near)) return true;
  const offMain = trace.events.some((e) => e.type === 'stdout' && e.thread !== 'MainThread');
  if (mainInCallOrder && !offMain) return false;
  const times = trace.events
    .filter((e) => e.type === 'future.state' && (e.to === 'FINISHED' || e.to === 'CANCELLED'))
    .map((e) => e.t)
    .sort((a, b) => a - b);
  return times.some((t, i) => i > 0 && t - times[i - 1]! < AMBIGUOUS_US);
}

function whatIf(
  id: string,
  texts: { question: string; explanation: string },
  before: WhatIfProgram,
  after: WhatIfProgram,
  load: WhatIfLoad,
  via: WhatIf['via'],
  /** A Lab program (changed or not), whose main thread prints in call order. */
  labProgram: boolean,
): WhatIf | null {
  if (isAmbiguous(after.trace, labProgram)) return null;
  const choices = consoleChoices(before.console, after.console, texts.explanation);
  if (choices.length < 2) return null;
  return {
    id,
    ...texts,
    before,
    after,
    changedLines: changedSourceLines(before.source, after.source),
    changedConsole: changedIndexes(before.console, after.console),
    choices,
    load,
    via,
  };
}

/** The program a fixed-program scenario replays, when it has one (`programScenario`). */
function ownProgram(run: ScenarioRun): (() => Program) | null {
  if (run.id === 'lab' || run.id === 'playground') return null;
  const scenario = scenarioById(run.id) as { program?: () => Program; kind: string };
  return scenario.kind === 'program' && scenario.program ? scenario.program : null;
}

/** A step of the questions' making: each `yield` follows one simulation (see prepareWhatIfs). */
type Steps<T> = Generator<void, T, void>;

function* poolWhatIfs(run: ScenarioRun, program: () => Program): Steps<WhatIf[]> {
  const [workers] = workerCountsOf(run.trace.source);
  if (workers === undefined || workers < 2) return [];
  // One worker fewer; if that makes two jobs finish together, a single worker (one at a time).
  for (const fewer of new Set([workers - 1, 1])) {
    const changed = fewerWorkers(program(), fewer);
    if (!changed) return [];
    const after = programOf(simulate(changed, SIMULATION));
    yield;
    const made = whatIf(
      `${run.id}/workers`,
      {
        question: `What if the pool had ${fewer} worker${fewer === 1 ? '' : 's'} instead of ${workers}?`,
        explanation: `A submitted job waits in the pool's queue until one of the ${fewer} worker${fewer === 1 ? ' is' : 's is'} free, and a free worker takes the next job in the queue: jobs run at most ${fewer} at a time, so they finish later and the order can change.`,
      },
      programOf(run.trace),
      after,
      { kind: 'playground', code: changed.source },
      'same',
      false,
    );
    if (made) return [made];
  }
  return [];
}

/**
 * A done-callback added to fut1 at the end: where it runs depends on whether fut1 is done by
 * then. Played in the playground (the Lab's form cannot say it). Only where the program waits
 * for its futures (`result()`), so the main thread gets there after they finished or timed out.
 */
function* lateCallbackWhatIf(
  run: ScenarioRun,
  base: LabParams,
  before: WhatIfProgram,
): Steps<WhatIf | null> {
  if (base.observe === 'callbacks') return null;
  const changed = withLateCallback(labProgram(base));
  const after = programOf(simulate(changed, { ...SIMULATION, lineCostUs: LAB_LINE_COST_US }));
  yield;
  return whatIf(
    `${run.id}/late-callback`,
    {
      question: 'What if the program then added a done-callback, on_late, to fut1?',
      explanation: lateCallbackExplanation(after.trace),
    },
    before,
    after,
    { kind: 'playground', code: changed.source },
    run.id === 'lab' ? 'same' : 'lab',
    true,
  );
}

function* labWhatIfs(run: ScenarioRun, lab: LabParams | null): Steps<WhatIf[]> {
  const base = run.id === 'lab' && lab ? lab : labBaseOf(run.trace);
  const before = programOf(run.id === 'lab' ? run.trace : labScenario.run({ lab: base }).trace);
  if (run.id !== 'lab') yield;
  const late = yield* lateCallbackWhatIf(run, base, before);
  const changes: WhatIf[] = [];
  for (const change of labChangesOf(base)) {
    const after = programOf(labScenario.run({ lab: change.lab }).trace);
    yield;
    const made = whatIf(
      `${run.id}/${change.kind}`,
      change,
      before,
      after,
      { kind: 'lab', lab: change.lab },
      run.id === 'lab' ? 'same' : 'lab',
      true,
    );
    if (made) changes.push(made);
  }
  // The late callback second: after a changed delay or timeout, before an outcome that raises.
  const [first, ...rest] = changes;
  return [first, late, ...rest].filter((w): w is WhatIf => w !== null && w !== undefined);
}

function* whatIfSteps(run: ScenarioRun, lab: LabParams | null): Steps<WhatIf[]> {
  try {
    const program = ownProgram(run);
    const pooled = run.trace.events.some((e) => e.type === 'executor.submit');
    // A pool whose size cannot change (one worker) has its requests replayed as a Lab program.
    const sized = program && pooled ? yield* poolWhatIfs(run, program) : [];
    return (sized.length > 0 ? sized : yield* labWhatIfs(run, lab)).slice(0, MAX_WHAT_IFS);
  } catch {
    // A variation the core cannot run (a simulation limit) is no question to ask; the run on
    // screen is unaffected, so the section is simply left out rather than failing the page.
    return [];
  }
}

/** Per trace: its questions once made, or the steps that are making them. */
const made = new WeakMap<Trace, WhatIf[] | Steps<WhatIf[]>>();

/** Runs one more step of `run`'s questions; true once they are all made. */
function stepWhatIfs(run: ScenarioRun, lab: LabParams | null): boolean {
  let entry = made.get(run.trace);
  if (entry === undefined) made.set(run.trace, (entry = whatIfSteps(run, lab)));
  if (Array.isArray(entry)) return true;
  const next = entry.next();
  if (next.done) made.set(run.trace, next.value);
  return next.done === true;
}

/**
 * Up to two "What if" questions for a run (none for the playground, whose program is the
 * learner's own). `lab` is the Lab's parameters when the run is the Lab's. Made here and now,
 * or finishing what prepareWhatIfs began.
 */
export function whatIfsFor(run: ScenarioRun, lab: LabParams | null): WhatIf[] {
  if (run.id === 'playground') return [];
  while (!stepWhatIfs(run, lab));
  return made.get(run.trace) as WhatIf[];
}

/**
 * Makes a run's questions ahead of its end, one simulation per task when the page is idle
 * (`schedule`), so the frame that reaches the end does not also simulate two or three
 * variations (18–102 ms for the bench's 50-call Lab in Node, up to 130 ms in the page: a
 * long task just as the learner looks up). Returns a function that stops it; whatIfsFor finishes what is left.
 *
 * @example useEffect(() => prepareWhatIfs(run, lab), [run, lab]);
 */
export function prepareWhatIfs(
  run: ScenarioRun,
  lab: LabParams | null,
  schedule: (step: () => void) => () => void = whenIdle,
): () => void {
  if (run.id === 'playground') return () => undefined;
  let cancel: () => void = () => undefined;
  const step = () => {
    if (!stepWhatIfs(run, lab)) cancel = schedule(step);
  };
  cancel = schedule(step);
  return () => cancel();
}

/**
 * Milliseconds an idle period must offer before a step runs: only a page with no frame to
 * draw offers this much (up to 50), so a step never delays a playing timeline's next frame.
 */
const IDLE_MS = 40;

/**
 * How long to wait after a short idle period before asking for another. A playing timeline
 * leaves a few ms between frames: asking again at once would wake the page for nothing in
 * every frame (a task per frame, 65 in a 50-call Lab playback at 8×).
 */
export const IDLE_RETRY_MS = 250;

/**
 * The next long idle period (requestIdleCallback). Where there is none (Safari, jsdom),
 * nothing is made ahead: the end's render makes the questions, as it always could.
 *
 * @example const stop = whenIdle(() => makeOneQuestion());
 */
export function whenIdle(step: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') return () => undefined;
  let idle = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const ask = () => (idle = requestIdleCallback(check));
  const check = (deadline: IdleDeadline) => {
    if (deadline.timeRemaining() >= IDLE_MS) step();
    else retry = setTimeout(ask, IDLE_RETRY_MS);
  };
  ask();
  return () => {
    cancelIdleCallback(idle);
    clearTimeout(retry);
  };
}
