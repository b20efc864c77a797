import { describe, expect, it } from 'vitest';
import type { Trace, TraceEventType } from '../../src/core/trace';
import { narrate } from '../../src/scenarios/narrate';
import { runScenario } from '../../src/scenarios/run';
import { SCENARIO_IDS } from '../../src/scenarios/registry';
import type { LabParams } from '../../src/scenarios/types';

/** Lab runs chosen to produce every kind of event the Lab can: raise, cancel, timeout, overflow. */
const LABS: LabParams[] = [
  {
    numbers: ['2', '3', '4'],
    delays: [3, 1, 2],
    outcomes: ['ok', 'fail', 'ok'],
    observe: 'both',
    timeout: null,
  },
  {
    numbers: ['2', '1e308', '4', '5'],
    delays: [3, 1, 2, 4],
    outcomes: ['raise', 'ok', 'cancel', 'ok'],
    observe: 'result',
    timeout: 1.5,
  },
  {
    numbers: ['2', '1e200'],
    delays: [1, 1],
    outcomes: ['cancel', 'ok'],
    observe: 'callbacks',
    timeout: null,
  },
];

const traces: Trace[] = [
  ...SCENARIO_IDS.filter((id) => id !== 'lab').map((id) => runScenario(id).trace),
  ...LABS.map((lab) => runScenario('lab', lab).trace),
];

describe('narrate', () => {
  it('gives every event of every real trace one plain sentence', () => {
    const seen = new Set<TraceEventType>();
    for (const trace of traces) {
      trace.events.forEach((e, i) => {
        const sentence = narrate(trace, i);
        seen.add(e.type);
        expect(sentence, `${e.type} #${i}`).toMatch(/^\S.*\S$/);
        expect(sentence).not.toMatch(/undefined|null|NaN|\[object/);
        expect(sentence.split('\n')).toHaveLength(1);
      });
    }
    // Every type these scenarios can produce was narrated (the rest need other producers).
    expect([...seen].sort()).toEqual(
      [
        'callback.add',
        'callback.invoke',
        'callback.return',
        'cell.start',
        'display',
        'future.create',
        'future.state',
        'line',
        'program.end',
        'stdout',
        'thread.block',
        'thread.finish',
        'thread.sleep',
        'thread.start',
        'thread.unblock',
        'timer.create',
        'timer.fire',
        'timer.start',
      ].sort(),
    );
  });

  it('tells the issue’s sentence when fut2’s timer fires', () => {
    const trace = runScenario('network-request').trace;
    const i = trace.events.findIndex((e) => e.type === 'timer.fire' && e.thread === 'Thread-2');
    expect(narrate(trace, i)).toBe(
      "fut2's timer fires on Thread-2: set_result stores the result and runs the done-callbacks right there, on Thread-2.",
    );
  });

  it('explains where a callback runs, blocking, timeouts and cancellation', () => {
    const fetch = runScenario('fetch-square').trace;
    const sentences = fetch.events.map((_, i) => narrate(fetch, i));
    expect(sentences).toContain(
      'Thread-3 calls on_done_future(fut3): a done-callback runs on the thread that completed the future.',
    );
    expect(sentences).toContain(
      'on_done_future is registered on fut1: it will run on whichever thread completes fut1.',
    );
    const lab = runScenario('lab', LABS[1] as LabParams).trace;
    const labSentences = lab.events.map((_, i) => narrate(lab, i));
    expect(labSentences).toContain(
      'MainThread blocks in fut1.result(): it waits until fut1 is done, or at most 1.5 s (the timeout).',
    );
    expect(labSentences).toContain(
      'MainThread stops waiting for fut1: the timeout has passed, so TimeoutError is raised.',
    );
    expect(
      labSentences.some((s) => s.startsWith('MainThread cancels fut3: it was still pending')),
    ).toBe(true);
    expect(
      labSentences.some((s) =>
        /^fut1's timer fires on Thread-1: set_exception stores the exception/.test(s),
      ),
    ).toBe(true);
  });

  it('narrates events it has never seen in the scenarios, from any producer', () => {
    const base = { seq: 0, t: 0, thread: 'Thread-1', line: null } as const;
    const trace = {
      version: 2,
      source: '',
      end: 0,
      events: [
        {
          ...base,
          type: 'callback.raise',
          future: 1,
          callback: 1,
          exception: "ValueError('oops')",
          logged: true,
        },
        { ...base, type: 'timer.cancel', timer: 1, effective: true },
        { ...base, type: 'stderr', text: 'Traceback (most recent call last):\n  …\n' },
        {
          ...base,
          type: 'deadlock',
          waiting: [{ thread: 'MainThread', future: 1, what: 'result()' }],
        },
        { ...base, type: 'thread.join', target: 'Thread-2', until: null },
        { ...base, type: 'thread.joined', target: 'Thread-2', reason: 'finished' },
      ],
    } as unknown as Trace;
    expect(trace.events.map((_, i) => narrate(trace, i))).toEqual([
      "callback #1 raised ValueError('oops'): concurrent.futures logs it on stderr and the remaining callbacks still run.",
      'The Timer on its thread is cancelled before it fires: its function will never run.',
      'Thread-1 writes to stderr: “Traceback (most recent call last):”.',
      'Deadlock: MainThread waits for future #1, and nothing left running can ever finish it.',
      'Thread-1 waits in join() until Thread-2 has finished.',
      'Thread-2 has finished, so join() returns on Thread-1.',
    ]);
    expect(narrate(trace, 99)).toBe('');
  });
});
