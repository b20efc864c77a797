/**
 * The wrong mental models a gate's distractors are built from. Each has a stable id (used in
 * choices and in tests) and the name the feedback says out loud.
 *
 * The first six are the ones learners and real bug reports show most; the next two are the
 * wrong answers the "which thread" and "when does result() return" questions need; the next
 * five are about executors: what `map` gives first, when a submitted job starts, and which
 * thread runs it; the last four about asyncio: when a done-callback runs, who waits while
 * a coroutine awaits, and where it resumes.
 *
 * @example MISCONCEPTIONS['callback-main-thread'].name // 'Callbacks run on the main thread'
 */
export type MisconceptionId =
  | 'callback-main-thread'
  | 'late-callback-waits'
  | 'call-order'
  | 'result-at-once'
  | 'always-completes'
  | 'lines-at-once'
  | 'callback-own-thread'
  | 'result-waits-for-all'
  | 'map-as-finished'
  | 'submit-starts-at-once'
  | 'workers-in-turn'
  | 'job-on-caller'
  | 'job-own-thread'
  | 'asyncio-callback-immediate'
  | 'await-blocks-thread'
  | 'await-own-thread'
  | 'await-resumes-on-worker';

export interface Misconception {
  id: MisconceptionId;
  /** The belief, as a learner would state it. */
  name: string;
  /** How feedback opens when it refutes the belief ("Callbacks don't run on the main thread"). */
  denial: string;
}

const list: Misconception[] = [
  {
    id: 'callback-main-thread',
    name: 'Callbacks run on the main thread',
    denial: "Callbacks don't run on the main thread",
  },
  {
    id: 'late-callback-waits',
    name: 'A callback added to a finished future waits',
    denial: "A callback added to a finished future doesn't wait",
  },
  {
    id: 'call-order',
    name: 'Futures complete in call order',
    denial: "Futures don't complete in call order",
  },
  {
    id: 'result-at-once',
    name: 'result() returns at once',
    denial: "result() doesn't return at once",
  },
  {
    id: 'always-completes',
    name: 'A future always completes',
    denial: "A future doesn't always complete",
  },
  {
    id: 'lines-at-once',
    name: 'Several lines run at once in one thread',
    denial: "One thread doesn't run several lines at once",
  },
  {
    id: 'callback-own-thread',
    name: 'A callback gets a thread of its own',
    denial: "A callback doesn't get a thread of its own",
  },
  {
    id: 'result-waits-for-all',
    name: 'result() waits for every future',
    denial: "result() doesn't wait for every future",
  },
  {
    id: 'map-as-finished',
    name: 'map() gives results as they finish',
    denial: "map() doesn't give results as they finish",
  },
  {
    id: 'submit-starts-at-once',
    name: 'A submitted job starts at once',
    denial: "A submitted job doesn't start at once",
  },
  {
    id: 'workers-in-turn',
    name: 'Jobs go to the workers in turn',
    denial: "Jobs don't go to the workers in turn",
  },
  {
    id: 'job-on-caller',
    name: 'submit() runs the job on the calling thread',
    denial: "submit() doesn't run the job on the calling thread",
  },
  {
    id: 'job-own-thread',
    name: 'Each job gets a thread of its own',
    denial: "A job doesn't get a thread of its own",
  },
  {
    id: 'asyncio-callback-immediate',
    name: 'An asyncio callback runs at once, inside set_result',
    denial: "An asyncio callback doesn't run inside set_result",
  },
  {
    id: 'await-blocks-thread',
    name: 'await blocks the thread, like result()',
    denial: "await doesn't block the thread",
  },
  {
    id: 'await-own-thread',
    name: 'await starts a thread that waits',
    denial: "await doesn't start a thread",
  },
  {
    id: 'await-resumes-on-worker',
    name: 'A coroutine resumes on the thread that finished its job',
    denial: "A coroutine doesn't resume on the thread that finished its job",
  },
];

export const MISCONCEPTIONS: Readonly<Record<MisconceptionId, Misconception>> = Object.fromEntries(
  list.map((m) => [m.id, m]),
) as Record<MisconceptionId, Misconception>;

export const MISCONCEPTION_IDS: readonly MisconceptionId[] = list.map((m) => m.id);
