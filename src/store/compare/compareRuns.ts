import { formatSeconds } from '../../core/seconds';
import type { CallbackId, ThreadName, Trace, VirtualUs } from '../../core/trace';
import { consoleLinesAt } from '../selectors/consoleLinesAt';

/** What differs: a line printed in one run only, at another position, on another thread, at another time. */
export type DifferenceKind = 'only' | 'position' | 'thread' | 'time';

/** One difference between two runs, at the moment it first shows on the shared clock. */
export interface RunDifference {
  kind: DifferenceKind;
  /** The earlier of the moments it shows in the two runs: where the Differences list seeks. */
  t: VirtualUs;
  /** The difference in one sentence, naming the runs "first" and "second". */
  text: string;
  /** The events it is about, by seq, in the first and in the second run (console lines, callbacks). */
  seqs: readonly [number[], number[]];
}

/** One occurrence of something both runs may do: a printed line, a callback run. */
interface Occurrence {
  key: string;
  /** A finer key tried first (a callback's future as well as its name), when there is one. */
  exact?: string;
  seq: number;
  t: VirtualUs;
  thread: ThreadName;
  /** Its position among the run's occurrences of the same sort (the console line's number). */
  index: number;
}

const RUN = ['first', 'second'] as const;
const at = (t: VirtualUs) => `${formatSeconds(t, 3)} s`;

/** The printed lines of a run, by text. */
function printedLines(trace: Trace): Occurrence[] {
  return consoleLinesAt(trace, trace.end).map((l, index) => ({
    key: l.text,
    seq: l.seq,
    t: l.t,
    thread: l.thread,
    index,
  }));
}

/** A callable's own name, without the scopes of its qualname (`fetch_square.<locals>.on_done_future`). */
const ownName = (name: string) => name.slice(name.lastIndexOf('.') + 1);

/**
 * Whether the program's source defines the callable: asyncio's own callbacks (gather's,
 * `_run_until_complete_cb`) are the library's plumbing, not a difference a learner made.
 */
const definedIn = (source: string, name: string) =>
  name === '<lambda>'
    ? /\blambda\b/.test(source)
    : new RegExp(`\\bdef ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\(`).test(source);

/** The done-callbacks of the program's own that a run invoked, by name. */
function callbackRuns(trace: Trace): Occurrence[] {
  const names = new Map<CallbackId, string>();
  const runs: Occurrence[] = [];
  for (const e of trace.events) {
    if (e.type === 'callback.add') names.set(e.callback, ownName(e.name));
    if (e.type !== 'callback.invoke') continue;
    const name = names.get(e.callback);
    if (name === undefined || !definedIn(trace.source, name)) continue;
    runs.push({
      key: name,
      exact: `${name} of ${e.future}`,
      seq: e.seq,
      t: e.t,
      thread: e.thread,
      index: runs.length,
    });
  }
  return runs;
}

/**
 * The futures a run creates, in order, by name and kind: two runs whose futures match are
 * runs of one program (other parameters, another ordering), so their futures are the same.
 */
const futureShapes = (trace: Trace) =>
  trace.events
    .flatMap((e) => (e.type === 'future.create' ? [`${e.future}:${e.name}:${e.kind ?? ''}`] : []))
    .join(' ');

/** Pairs the k-th occurrence of each key in one run with the k-th in the other. */
function pairBy(key: (o: Occurrence) => string | undefined, a: Occurrence[], b: Occurrence[]) {
  const waiting = new Map<string, Occurrence[]>();
  for (const o of b) waiting.set(key(o) ?? '', [...(waiting.get(key(o) ?? '') ?? []), o]);
  const pairs: [Occurrence, Occurrence][] = [];
  const onlyA: Occurrence[] = [];
  for (const o of a) {
    const match = key(o) === undefined ? undefined : waiting.get(key(o)!)?.shift();
    if (match) pairs.push([o, match]);
    else onlyA.push(o);
  }
  const onlyB = b.filter((o) => !pairs.some(([, y]) => y === o));
  return { pairs, onlyA, onlyB };
}

/**
 * Pairs occurrences by their exact key first (a callback of the same future), then what is
 * left by key alone, so `show` of fut1 is compared with `show` of fut1 even when the runs
 * invoke their callbacks in another order. Futures are the same futures only in runs of one
 * program (`futureShapes`): two programs (threads and asyncio) number theirs differently, so
 * there the k-th run of a callback is compared with the k-th.
 */
function pair(a: Occurrence[], b: Occurrence[], sameProgram: boolean) {
  if (!sameProgram) return pairBy((o) => o.key, a, b);
  const exact = pairBy((o) => o.exact, a, b);
  const rest = pairBy((o) => o.key, exact.onlyA, exact.onlyB);
  return { pairs: [...exact.pairs, ...rest.pairs], onlyA: rest.onlyA, onlyB: rest.onlyB };
}

/**
 * What differs between two runs of the same moments: each printed line that is printed in one
 * run only, at another position of the console, by another thread or at another time, and each
 * done-callback that runs on another thread (or in one run only). Lines and callbacks are
 * matched by text and name, the k-th with the k-th. Sorted by the moment each first shows.
 *
 * @example
 *   compareRuns(runScenario('fetch-square').trace, asyncio.trace)
 *   // [{ kind: 'thread', text: 'on_done_future runs on Thread-1 in the first run, on MainThread in the second.', … }, …]
 */
export function compareRuns(a: Trace, b: Trace): RunDifference[] {
  const found: RunDifference[] = [];
  const add = (kind: DifferenceKind, x: Occurrence | null, y: Occurrence | null, text: string) =>
    found.push({
      kind,
      t: Math.min(x?.t ?? Infinity, y?.t ?? Infinity) as VirtualUs,
      text,
      seqs: [x ? [x.seq] : [], y ? [y.seq] : []],
    });

  const sameProgram = futureShapes(a) === futureShapes(b);
  const lines = pair(printedLines(a), printedLines(b), sameProgram);
  for (const [x, y] of lines.pairs) {
    const line = `“${x.key}”`;
    if (x.thread !== y.thread)
      add(
        'thread',
        x,
        y,
        `${line} is printed by ${x.thread} in the first run, by ${y.thread} in the second.`,
      );
    if (x.t !== y.t)
      add(
        'time',
        x,
        y,
        `${line} is printed at ${at(x.t)} in the first run, at ${at(y.t)} in the second.`,
      );
    if (x.index !== y.index)
      add(
        'position',
        x,
        y,
        `${line} is console line ${x.index + 1} in the first run, line ${y.index + 1} in the second.`,
      );
  }
  const only = (run: 0 | 1) => (o: Occurrence) =>
    add(
      'only',
      run === 0 ? o : null,
      run === 0 ? null : o,
      `“${o.key}” is printed only in the ${RUN[run]} run (at ${at(o.t)}, by ${o.thread}).`,
    );
  lines.onlyA.forEach(only(0));
  lines.onlyB.forEach(only(1));

  const callbacks = pair(callbackRuns(a), callbackRuns(b), sameProgram);
  for (const [x, y] of callbacks.pairs)
    if (x.thread !== y.thread)
      add(
        'thread',
        x,
        y,
        `${x.key} runs on ${x.thread} in the first run, on ${y.thread} in the second.`,
      );
  const onlyCallback = (run: 0 | 1) => (o: Occurrence) =>
    add(
      'only',
      run === 0 ? o : null,
      run === 0 ? null : o,
      `The callback ${o.key} runs only in the ${RUN[run]} run (at ${at(o.t)}, on ${o.thread}).`,
    );
  callbacks.onlyA.forEach(onlyCallback(0));
  callbacks.onlyB.forEach(onlyCallback(1));

  // Stable: at one moment, the order above (threads, times, positions, then one-sided).
  return found.sort((p, q) => p.t - q.t);
}

/**
 * The seqs of one run's events that some difference is about, to mark them in its views.
 *
 * @example markedIn(compareRuns(a, b), 0).has(seqOfResultIs4); // true
 */
export function markedIn(differences: readonly RunDifference[], run: 0 | 1): ReadonlySet<number> {
  return new Set(differences.flatMap((d) => d.seqs[run]));
}
