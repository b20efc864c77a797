/**
 * Property tests (fast-check) over random programs of futures, Timers and callbacks:
 * determinism, each callback fires exactly once, done states are final, time never runs
 * backwards, and every run ends (program.end or deadlock).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Program, PyFuture, TraceEvent } from '../../src/core';
import { simulate } from '../../src/core';

type Action =
  | { kind: 'complete'; future: number; delay: number; how: 'result' | 'exception' | 'cancel' }
  | { kind: 'callback'; future: number; delay: number; raises: boolean }
  | { kind: 'wait'; future: number; timeout: number | null }
  | { kind: 'sleep'; seconds: number };

const futureIndex = fc.integer({ min: 0, max: 3 });
const delay = fc.integer({ min: 0, max: 20 }).map((d) => d / 10);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('complete' as const),
    future: futureIndex,
    delay,
    how: fc.constantFrom('result' as const, 'exception' as const, 'cancel' as const),
  }),
  fc.record({
    kind: fc.constant('callback' as const),
    future: futureIndex,
    delay,
    raises: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('wait' as const),
    future: futureIndex,
    timeout: fc.option(delay, { nil: null }),
  }),
  fc.record({ kind: fc.constant('sleep' as const), seconds: delay }),
);

function program(actions: Action[]): Program {
  return {
    source: 'pass\n',
    *main(py) {
      const futs: PyFuture[] = [0, 1, 2, 3].map((i) => py.Future(`f${i}`));
      for (const [k, a] of actions.entries()) {
        yield* py.line(1);
        if (a.kind === 'sleep') {
          yield* py.sleep(a.seconds);
          continue;
        }
        const f = futs[a.future] as PyFuture;
        if (a.kind === 'complete') {
          const body = py.fn('<lambda>', function* () {
            if (a.how === 'result') yield* f.set_result(BigInt(k));
            else if (a.how === 'exception') yield* f.set_exception(py.exc.ValueError.call(`e${k}`));
            else yield* f.cancel();
          });
          yield* py.Timer(a.delay, body).start();
        } else if (a.kind === 'callback') {
          const cb = py.fn(`cb${k}`, function* (fut: PyFuture) {
            yield* py.line(1);
            yield* py.print(`cb${k}`, fut.state);
            if (a.raises) py.raise(py.exc.RuntimeError.call('x'));
          });
          const adder = py.fn('<lambda>', function* () {
            yield* f.add_done_callback(cb);
          });
          yield* py.Timer(a.delay, adder).start();
        } else if (a.kind === 'wait') {
          try {
            yield* f.result(a.timeout ?? 3);
          } catch (err) {
            py.except(err);
          }
        }
      }
    },
  };
}

const DONE = new Set(['FINISHED', 'CANCELLED', 'CANCELLED_AND_NOTIFIED']);
const byType = <K extends TraceEvent['type']>(events: TraceEvent[], type: K) =>
  events.filter((e): e is Extract<TraceEvent, { type: K }> => e.type === type);

describe('properties of simulate() on random programs', () => {
  const programs = fc.array(action, { minLength: 1, maxLength: 25 });

  it('is deterministic: the same program gives identical JSON', () => {
    fc.assert(
      fc.property(programs, (actions) => {
        expect(JSON.stringify(simulate(program(actions)))).toBe(
          JSON.stringify(simulate(program(actions))),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('fires every callback exactly once when its future is done, never otherwise', () => {
    fc.assert(
      fc.property(programs, (actions) => {
        const { events } = simulate(program(actions));
        const done = new Set(
          byType(events, 'future.state')
            .filter((e) => DONE.has(e.to))
            .map((e) => e.future),
        );
        for (const add of byType(events, 'callback.add')) {
          const invokes = byType(events, 'callback.invoke').filter(
            (e) => e.callback === add.callback,
          );
          expect(invokes.length).toBe(done.has(add.future) ? 1 : 0);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('never moves a future out of a done state (only CANCELLED → CANCELLED_AND_NOTIFIED)', () => {
    fc.assert(
      fc.property(programs, (actions) => {
        const { events } = simulate(program(actions));
        for (const e of byType(events, 'future.state')) {
          if (DONE.has(e.from))
            expect([e.from, e.to]).toEqual(['CANCELLED', 'CANCELLED_AND_NOTIFIED']);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('keeps seq dense and time non-decreasing, and always ends', () => {
    fc.assert(
      fc.property(programs, (actions) => {
        const { events, end } = simulate(program(actions));
        events.forEach((e, i) => {
          expect(e.seq).toBe(i);
          if (i > 0) expect(e.t).toBeGreaterThanOrEqual((events[i - 1] as TraceEvent).t);
        });
        expect(['program.end', 'deadlock']).toContain(events.at(-1)?.type);
        expect(end).toBe(events.at(-1)?.t);
      }),
      { numRuns: 80 },
    );
  });
});
