/**
 * The first lesson: first in the picker, short, two threads and a Timer told in its own plain
 * words at its key steps, and one Predict question that fits it.
 */
import { describe, expect, it } from 'vitest';
import { gatesFor } from '../../src/predict/gatesFor';
import { narrate } from '../../src/scenarios/narrate';
import { SCENARIOS } from '../../src/scenarios/registry';
import { runScenario } from '../../src/scenarios/run';
import { toSeconds } from '../../src/core/trace';

const run = runScenario('first-lesson');
const { trace } = run;
const sentenceOf = (type: string) =>
  narrate(
    trace,
    trace.events.findIndex((e) => e.type === type),
  );

describe('the first lesson', () => {
  it('is first in the picker', () => {
    expect(SCENARIOS[0]!.id).toBe('first-lesson');
  });

  it('runs two threads, MainThread and the Timer’s own, and lasts about a second', () => {
    const threads = trace.events.filter((e) => e.type === 'thread.start').map((e) => e.thread);
    expect(threads).toEqual(['MainThread', 'Thread-1']);
    // At the normal speed (1×) a virtual second is a second: far under a minute.
    expect(toSeconds(trace.end)).toBeLessThan(2);
  });

  it('says what a thread is, that the Timer waits on its own thread, and that print tells who', () => {
    expect(sentenceOf('thread.start')).toMatch(/A thread is one line of work/);
    expect(sentenceOf('timer.create')).toMatch(
      /a thread of its own, Thread-1, that will wait 1\.0 s/,
    );
    expect(sentenceOf('timer.start')).toMatch(
      /Thread-1 waits out its 1\.0 s while MainThread goes on/,
    );
    expect(sentenceOf('stdout')).toBe(
      'MainThread prints “this line is run by MainThread”: threading.current_thread().name is the name of the thread running the print, so each line tells who printed it.',
    );
  });

  it('leaves the events it has no words for to the generic narration', () => {
    const finish = trace.events.findIndex((e) => e.type === 'program.end');
    expect(narrate(trace, finish)).toBe('The program ends with exit code 0.');
  });

  it('asks, before the Timer fires, what greet will print, naming the wrong thread as the distractor', () => {
    const gates = gatesFor(trace);
    expect(gates.map((g) => g.kind)).toEqual(['timer-thread']);
    const gate = gates[0]!;
    expect(trace.events[gate.seq]!.type).toBe('timer.fire');
    expect(gate.question).toBe('The Timer fires: what will greet print?');
    const right = gate.choices.find((c) => c.id === gate.correct)!;
    expect(right.text).toBe('greet is run by Thread-1');
    expect(gate.choices.filter((c) => c.id !== gate.correct).map((c) => c.text)).toEqual([
      'greet is run by MainThread',
    ]);
  });
});
