/**
 * Call frames as the core tracks them, per thread, so that a raised exception can print
 * CPython's traceback. User frames point into the program's source; library frames name a
 * fixed site in CPython's stdlib ({@link LibSite}), whose file, line and text depend on the
 * target version (see `versions.ts`).
 *
 * @example
 *   const f: Frame = { kind: 'user', name: '<module>', line: 4, op: { kind: 'call', name: 'result' } };
 */

/** What a user frame is doing on its current line: tells the traceback where to put carets. */
export type Op =
  | { kind: 'call'; name: string }
  | { kind: 'binop'; op: string }
  | { kind: 'raise' }
  /** `value[index]`: the exact source text of the whole subscript expression. */
  | { kind: 'subscript'; text: string }
  /** Exact source text of the failing expression, when the author knows better. */
  | { kind: 'span'; text: string };

/** The stdlib places that appear in tracebacks. */
export type LibSite =
  | 'invoke_callbacks'
  | 'add_done_callback'
  | 'set_result.raise'
  | 'set_exception.raise'
  | 'set_result.invoke'
  | 'set_exception.invoke'
  | 'cancel.invoke'
  | 'result.cancelled'
  | 'result.cancelled_waited'
  | 'result.get'
  | 'result.get_waited'
  | 'result.timeout'
  | 'get_result'
  | 'exception.cancelled'
  | 'exception.cancelled_waited'
  | 'exception.timeout'
  | 'set_running.raise'
  | 'as_completed.timeout'
  | 'bootstrap_inner'
  | 'thread_start.shutdown'
  | 'timer_run'
  | 'thread_run'
  /** asyncio's `Handle._run`: a loop callback's own frame (events.py). */
  | 'asyncio_handle_run'
  /** `asyncio.run`'s call (runners.py), 3.11+ `Runner.run`'s, and `run_until_complete`'s result. */
  | 'asyncio_run'
  | 'asyncio_runner_run'
  | 'asyncio_run_until_complete';

export interface UserFrame {
  kind: 'user';
  /** `co_name`: `<module>`, `fetch_square`, `<lambda>`. */
  name: string;
  line: number;
  op: Op | null;
  /** Set by the author with `py.op(…)`: later operations on this line keep it. */
  pinned?: boolean;
}
export interface LibFrame {
  kind: 'lib';
  site: LibSite;
}
export type Frame = UserFrame | LibFrame;

/** A frozen copy of a frame, taken when an exception is raised through it. */
export type TbEntry = Readonly<Frame>;

/** Copies a thread's frame stack for a traceback. */
export function snapshot(frames: readonly Frame[]): TbEntry[] {
  return frames.map((f) => (f.kind === 'user' ? { ...f } : f));
}

const libFrames = new Map<LibSite, LibFrame>();

/** The (immutable, shared) frame object for a library site: no allocation per call. */
export function libFrame(site: LibSite): LibFrame {
  let f = libFrames.get(site);
  if (!f) libFrames.set(site, (f = Object.freeze({ kind: 'lib', site }) as LibFrame));
  return f;
}
