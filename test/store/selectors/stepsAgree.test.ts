/**
 * Steps that follow the code: at every step of every built-in scenario (the store's step
 * list, as Step forward walks it), the narration, the code pointer and the lane status tell
 * the same story. The rule, with `told` the event the narration tells at the step:
 *
 * 1. When `told` is on a source line and its thread is still in the program's code (not
 *    finished, not between notebook cells), the code panel's current line is `told`'s line,
 *    and it is `told`'s thread's marker.
 * 2. The current line's thread's lane says what its marker says: "running" for a running
 *    marker, the wait's words for a blocked one, "sleeping, …" for a sleeping one.
 * 3. When the narration tells a notebook pausing between cells, its thread has no marker and
 *    its lane says it is idle ("sleeping, 1.0 s left"), not running.
 * 4. "Cell In [n] starts running" points at the first line of `In [n]`, not the cell before.
 * 5. Every line a thread runs carries that thread's marker at some step, and every line the
 *    main thread runs is, at some step, the code panel's current line (the last line of
 *    future_by_hand, `fut.result()`, was never pointed at). Other threads run lines in the
 *    same instant as the one the narration tells, so their lines are marked, not current.
 */
import { describe, expect, it } from 'vitest';
import { threadActivity } from '../../../src/layout/threadActivity';
import { SCENARIOS } from '../../../src/scenarios/registry';
import { narrate } from '../../../src/scenarios/narrate';
import { currentEventIndex } from '../../../src/store/selectors/currentEventIndex';
import { currentLines } from '../../../src/store/selectors/currentLines';
import { currentLineOf, narratedIndex } from '../../../src/store/selectors/narrated';
import { stepsOf } from '../../../src/store/selectors/steps';
import { threadSegments } from '../../../src/store/selectors/threadSegments';

const builtIn = SCENARIOS.filter((s) => s.kind !== 'playground').map((s) => s.id);
/** Events after which a thread has left the program's code for good. */
const GONE = new Set(['thread.finish', 'program.end', 'deadlock']);

describe.each(builtIn)('%s', (id) => {
  it('narration, code pointer and lane status agree at every step', () => {
    const run = SCENARIOS.find((s) => s.id === id)!.run();
    const trace = run.trace;
    const pointedAt = new Set<string>();
    const marked = new Set<string>();
    const lanes = threadSegments(trace);
    const problems: string[] = [];
    for (const step of stepsOf(trace)) {
      const index = currentEventIndex(trace, step.t, step.cut);
      if (index < 0) continue;
      const told = trace.events[narratedIndex(trace, index)]!;
      const lines = currentLines(trace, step.t, step.cut);
      const current = currentLineOf(trace, lines, index);
      const lane = lanes.find((l) => l.thread === told.thread)!;
      const status = threadActivity(lane, step.t, step.cut);
      const where = `seq ${told.seq} (${told.type}) "${narrate(trace, told.seq)}"`;
      const betweenCells = told.type === 'thread.sleep' && told.reason === 'cell-pause';
      if (told.line !== null && !GONE.has(told.type) && status !== 'finished' && !betweenCells) {
        if (current?.line !== told.line || current.thread !== told.thread)
          problems.push(`${where}: code pointer on ${current?.thread}:${current?.line}`);
      }
      if (current) pointedAt.add(`${current.thread}:${current.line}`);
      for (const l of lines) marked.add(`${l.thread}:${l.line}`);
      if (told.type === 'cell.start') {
        const first = run.cells?.find((c) => c.n === told.cell)?.first;
        if (told.line !== first || current?.line !== first)
          problems.push(
            `${where}: In [${told.cell}] starts on line ${first}, pointer on ${current?.line}`,
          );
      }
      if (betweenCells && current !== null)
        problems.push(`${where}: between cells, yet marked on line ${current.line}`);
      if (betweenCells && !status.startsWith('sleeping'))
        problems.push(`${where}: the lane says "${status}"`);
      if (current) {
        const expected =
          current.activity === 'running'
            ? status === 'running'
            : current.activity === 'blocked'
              ? status === current.label
              : status.startsWith('sleeping');
        if (!expected)
          problems.push(
            `${where}: marker ${current.activity} "${current.label}", lane "${status}"`,
          );
      }
    }
    for (const e of trace.events) {
      if (e.type !== 'line') continue;
      const key = `${e.thread}:${e.line}`;
      if (!marked.has(key)) problems.push(`line ${e.line} run by ${e.thread} is never marked`);
      if (e.thread === 'MainThread' && !pointedAt.has(key))
        problems.push(`line ${e.line} run by MainThread is never the current line`);
    }
    expect(problems).toEqual([]);
  });
});
