/** The scheduler: line cost, (time, seq) order, P-3 ties, deadlock, daemon exit, the event budget. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINE_COST_US, SimulationLimitError, consoleText, simulate } from '../../src/core';
import { EntryHeap } from '../../src/core/heap';
import { run } from './helpers';

describe('EntryHeap', () => {
  it('pops by time, equal times in push order', () => {
    const h = new EntryHeap<string>();
    for (const [t, v] of [
      [5, 'b'],
      [1, 'a'],
      [5, 'c'],
      [3, 'x'],
      [5, 'd'],
    ] as const)
      h.push(t, v);
    expect(Array.from({ length: 5 }, () => h.pop()?.item)).toEqual(['a', 'x', 'b', 'c', 'd']);
  });
});

describe('virtual time', () => {
  it('each executed line costs the fixed line cost', () => {
    const trace = run(function* (py) {
      yield* py.line(1);
      yield* py.line(2);
      yield* py.line(3);
    });
    expect(trace.events.filter((e) => e.type === 'line').map((e) => e.t)).toEqual([
      0,
      DEFAULT_LINE_COST_US,
      2 * DEFAULT_LINE_COST_US,
    ]);
  });

  it('P-3: Timers fire by start + interval, ties by start order', () => {
    const trace = run(function* (py) {
      for (const [name, interval] of [
        ['a', 0.3],
        ['b', 0.2],
        ['c', 0.2],
        ['d', 0.1],
      ] as const) {
        yield* py.Timer(interval, py.printFn, [name]).start();
      }
    });
    expect(consoleText(trace)).toBe('d\nb\nc\na\n');
  });

  it('T-3: program.end comes after every non-daemon Timer has run', () => {
    const trace = run(function* (py) {
      yield* py.Timer(5, py.printFn, ['late']).start();
    });
    const end = trace.events.at(-1);
    expect(end?.type).toBe('program.end');
    expect(end?.t).toBe(5_000_000);
    expect(consoleText(trace)).toBe('late\n');
  });
});

describe('deadlock and runaway programs', () => {
  it('ends with a deadlock event when result() can never return', () => {
    const trace = run(function* (py) {
      yield* py.Future('never').result();
    });
    const last = trace.events.at(-1);
    expect(last?.type).toBe('deadlock');
    expect(last?.type === 'deadlock' && last.waiting).toEqual([
      { thread: 'MainThread', future: 1, what: 'result() on never' },
    ]);
  });

  it('stops a runaway program with a clear SimulationLimitError', () => {
    const program = {
      source: 'while True: time.sleep(1)\n',
      *main(
        py: Parameters<typeof simulate>[0]['main'] extends (p: infer P) => unknown ? P : never,
      ) {
        for (;;) yield* py.sleep(1);
      },
    };
    expect(() => simulate(program, { maxEvents: 1000 })).toThrow(SimulationLimitError);
    expect(() => simulate(program, { maxEvents: 1000 })).toThrow(/stopped after 1000 trace events/);
  });

  it('rejects an unsupported version with a clear message', () => {
    expect(() => run(function* () {}, { python: '2.7' })).toThrow(
      /Unsupported Python version "2.7"/,
    );
  });
});
