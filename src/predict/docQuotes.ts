/**
 * What Python's own documentation says, for the **Why?** beside a gate's feedback: one or two
 * sentences quoted word for word from docs.python.org (concurrent.futures, threading and asyncio, as of
 * Python 3.14; these sentences read the same since 3.8), shipped with the site as data, with
 * the page they come from. Nothing is fetched: the link is the learner's to open.
 *
 * A gate's question picks the quote (one per gate kind); "What will be printed next?" can be
 * wrong for several reasons, so there the wrong model behind the chosen answer picks it.
 *
 * @example
 *   docQuoteFor(gate, choice).source // 'concurrent.futures — Future.add_done_callback()'
 */
import type { Choice, Gate, GateKind } from './gate';
import type { MisconceptionId } from './misconceptions';

export interface DocQuote {
  /** The documentation's own sentences, verbatim (markup removed). */
  text: string;
  /** Where they come from, as a reader finds it on the page. */
  source: string;
  /** The page and anchor on docs.python.org. */
  url: string;
}

const FUTURES = 'https://docs.python.org/3/library/concurrent.futures.html';
const THREADING = 'https://docs.python.org/3/library/threading.html';
const ASYNCIO_FUTURE = 'https://docs.python.org/3/library/asyncio-future.html';
const ASYNCIO_TASK = 'https://docs.python.org/3/library/asyncio-task.html';
const ASYNCIO_LOOP = 'https://docs.python.org/3/library/asyncio-eventloop.html';

/** Every quote the site ships, by the behaviour it documents. */
export const DOC_QUOTES = {
  callbackThread: {
    text: 'Added callables are called in the order that they were added and are always called in a thread belonging to the process that added them.',
    source: 'concurrent.futures — Future.add_done_callback()',
    url: `${FUTURES}#concurrent.futures.Future.add_done_callback`,
  },
  callbackWhenDone: {
    text: 'If the future has already completed or been cancelled, fn will be called immediately.',
    source: 'concurrent.futures — Future.add_done_callback()',
    url: `${FUTURES}#concurrent.futures.Future.add_done_callback`,
  },
  result: {
    text: "Return the value returned by the call. If the call hasn't yet completed then this method will wait up to timeout seconds.",
    source: 'concurrent.futures — Future.result()',
    url: `${FUTURES}#concurrent.futures.Future.result`,
  },
  timer: {
    text: 'Create a timer that will run function with arguments args and keyword arguments kwargs, after interval seconds have passed.',
    source: 'threading — Timer',
    url: `${THREADING}#threading.Timer`,
  },
  timerIsThread: {
    text: 'This class represents an action that should be run only after a certain amount of time has passed — a timer. Timer is a subclass of Thread and as such also functions as an example of creating custom threads.',
    source: 'threading — Timer Objects',
    url: `${THREADING}#timer-objects`,
  },
  thread: {
    text: 'The Thread class represents an activity that is run in a separate thread of control.',
    source: 'threading — Thread Objects',
    url: `${THREADING}#thread-objects`,
  },
  pool: {
    text: 'An Executor subclass that uses a pool of at most max_workers threads to execute calls asynchronously.',
    source: 'concurrent.futures — ThreadPoolExecutor',
    url: `${FUTURES}#concurrent.futures.ThreadPoolExecutor`,
  },
  submit: {
    text: 'Schedules the callable, fn, to be executed as fn(*args, **kwargs) and returns a Future object representing the execution of the callable.',
    source: 'concurrent.futures — Executor.submit()',
    url: `${FUTURES}#concurrent.futures.Executor.submit`,
  },
  asCompleted: {
    text: 'Returns an iterator over the Future instances (possibly created by different Executor instances) given by fs that yields futures as they complete (finished or cancelled futures).',
    source: 'concurrent.futures — as_completed()',
    url: `${FUTURES}#concurrent.futures.as_completed`,
  },
  firstCompleted: {
    text: 'The function will return when any future finishes or is cancelled.',
    source: 'concurrent.futures — wait(), FIRST_COMPLETED',
    url: `${FUTURES}#concurrent.futures.FIRST_COMPLETED`,
  },
  map: {
    text: 'Similar to map(fn, *iterables) except: … fn is executed asynchronously and several calls to fn may be made concurrently.',
    source: 'concurrent.futures — Executor.map()',
    url: `${FUTURES}#concurrent.futures.Executor.map`,
  },
  asyncioCallback: {
    text: 'Callbacks registered with asyncio.Future.add_done_callback() are not called immediately. They are scheduled with loop.call_soon() instead.',
    source: 'asyncio — Future (its differences from concurrent.futures.Future)',
    url: `${ASYNCIO_FUTURE}#asyncio.Future`,
  },
  taskAwait: {
    text: 'Event loops use cooperative scheduling: an event loop runs one Task at a time. While a Task awaits for the completion of a Future, the event loop runs other Tasks, callbacks, or performs IO operations.',
    source: 'asyncio — Task',
    url: `${ASYNCIO_TASK}#asyncio.Task`,
  },
  threadsafe: {
    text: 'A thread-safe variant of call_soon(). When scheduling callbacks from another thread, this function must be used, since call_soon() is not thread-safe.',
    source: 'asyncio — loop.call_soon_threadsafe()',
    url: `${ASYNCIO_LOOP}#asyncio.loop.call_soon_threadsafe`,
  },
} as const satisfies Record<string, DocQuote>;

/** The quote for each gate kind's question. */
const BY_GATE: Record<Exclude<GateKind, 'next-line'>, DocQuote> = {
  'callback-thread': DOC_QUOTES.callbackThread,
  'late-callback': DOC_QUOTES.callbackWhenDone,
  'result-return': DOC_QUOTES.result,
  'first-finish': DOC_QUOTES.timer,
  'timer-thread': DOC_QUOTES.timerIsThread,
  'worker-pick': DOC_QUOTES.pool,
  'queued-state': DOC_QUOTES.submit,
  'first-yield': DOC_QUOTES.asCompleted,
  'map-first': DOC_QUOTES.map,
  'loop-callback': DOC_QUOTES.asyncioCallback,
  'await-thread': DOC_QUOTES.taskAwait,
  'threadsafe-wake': DOC_QUOTES.threadsafe,
};

/** For "What will be printed next?": the quote that answers the wrong model behind a choice. */
const BY_MISCONCEPTION: Record<MisconceptionId, DocQuote> = {
  'callback-main-thread': DOC_QUOTES.callbackThread,
  'callback-own-thread': DOC_QUOTES.callbackThread,
  'late-callback-waits': DOC_QUOTES.callbackWhenDone,
  'call-order': DOC_QUOTES.timer,
  'result-at-once': DOC_QUOTES.result,
  'result-waits-for-all': DOC_QUOTES.result,
  'always-completes': DOC_QUOTES.result,
  'lines-at-once': DOC_QUOTES.thread,
  'map-as-finished': DOC_QUOTES.map,
  'submit-starts-at-once': DOC_QUOTES.submit,
  'workers-in-turn': DOC_QUOTES.pool,
  'job-on-caller': DOC_QUOTES.pool,
  'job-own-thread': DOC_QUOTES.pool,
  'asyncio-callback-immediate': DOC_QUOTES.asyncioCallback,
  'await-blocks-thread': DOC_QUOTES.taskAwait,
  'await-own-thread': DOC_QUOTES.taskAwait,
  'await-resumes-on-worker': DOC_QUOTES.threadsafe,
};

/**
 * The documentation's sentence behind `gate`, for the answer `choice` the learner gave (the
 * right one, or a wrong one with its misconception).
 */
export function docQuoteFor(gate: Gate, choice: Choice | undefined): DocQuote {
  if (gate.kind === 'next-line') {
    const wrong = choice?.misconception ?? null;
    // A right answer is about what printed it: a thread runs its lines one at a time.
    return wrong ? BY_MISCONCEPTION[wrong] : DOC_QUOTES.thread;
  }
  // wait(return_when=FIRST_COMPLETED) asks the same question as as_completed(), of another call.
  if (gate.kind === 'first-yield' && /\bwait\(/.test(gate.question))
    return DOC_QUOTES.firstCompleted;
  return BY_GATE[gate.kind];
}
