/**
 * Property tests (fast-check) over random asyncio programs: tasks that sleep, futures set by
 * call_later or cancelled, done-callbacks, tasks cancelled. Every trace keeps the core's
 * invariants (deterministic, seq dense, time non-decreasing, ends) and the loop's own: a
 * handle runs at most once, only after it was scheduled, never once cancelled, only in a turn
 * that listed it; a task steps only inside a handle run; each callback added to a future that
 * completes is invoked exactly once.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AsyncFuture, Program, TraceEvent } from '../../src/core';
import { simulate } from '../../src/core';

type Action =
  | { kind: 'set'; future: number; delay: number; how: 'result' | 'exception' | 'cancel' }
  | { kind: 'callback'; future: number }
  | { kind: 'task'; sleep: number; awaits: number | null }
  | { kind: 'cancelTask'; task: number }
  | { kind: 'sleep'; seconds: number };

const index = fc.integer({ min: 0, max: 2 });
const delay = fc.integer({ min: 0, max: 10 }).map((d) => d / 10);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    future: index,
    delay,
    how: fc.constantFrom('result' as const, 'exception' as const, 'cancel' as const),
  }),
  fc.record({ kind: fc.constant('callback' as const), future: index }),
  fc.record({
    kind: fc.constant('task' as const),
    sleep: delay,
    awaits: fc.option(index, { nil: null }),
  }),
  fc.record({ kind: fc.constant('cancelTask' as const), task: index }),
  fc.record({ kind: fc.constant('sleep' as const), seconds: delay }),
);

function program(actions: Action[]): Program {
  return {
    source: 'pass\n',
    *main(py) {
      const main = py.async('main', function* () {
        const loop = py.asyncio.get_running_loop();
        const futs: AsyncFuture[] = [0, 1, 2].map((i) => loop.create_future(`f${i}`));
        const tasks: ReturnType<typeof py.asyncio.create_task>[] = [];
        for (const [k, a] of actions.entries()) {
          yield* py.line(1);
          if (a.kind === 'sleep') yield* py.await(py.asyncio.sleep(a.seconds));
          else if (a.kind === 'set') {
            const f = futs[a.future] as AsyncFuture;
            const body = py.fn('<lambda>', function* () {
              yield* py.line(1);
              if (f.done()) return;
              if (a.how === 'result') yield* f.set_result(BigInt(k));
              else if (a.how === 'exception')
                yield* f.set_exception(py.exc.ValueError.call(`e${k}`));
              else yield* f.cancel();
            });
            yield* loop.call_later(a.delay, body);
          } else if (a.kind === 'callback') {
            const cb = py.fn(`cb${k}`, function* () {
              yield* py.print(`cb${k}`);
            });
            yield* (futs[a.future] as AsyncFuture).add_done_callback(cb);
          } else if (a.kind === 'task') {
            const child = py.async(`child${k}`, function* () {
              yield* py.await(py.asyncio.sleep(a.sleep));
              if (a.awaits !== null) yield* py.await(futs[a.awaits] as AsyncFuture);
            });
            tasks.push(py.asyncio.create_task(py.callAsync(child)));
          } else {
            const t = tasks[a.task];
            if (t) yield* t.cancel();
          }
        }
        yield* py.await(py.asyncio.sleep(2));
      });
      yield* py.asyncio.run(py.callAsync(main));
    },
  };
}

const byType = <K extends TraceEvent['type']>(events: TraceEvent[], type: K) =>
  events.filter((e): e is Extract<TraceEvent, { type: K }> => e.type === type);

describe('properties of simulate() on random asyncio programs', () => {
  const programs = fc.array(action, { minLength: 1, maxLength: 20 });

  it('is deterministic, keeps seq dense and time non-decreasing, and always ends', () => {
    fc.assert(
      fc.property(programs, (actions) => {
        const trace = simulate(program(actions));
        expect(JSON.stringify(trace)).toBe(JSON.stringify(simulate(program(actions))));
        const { events } = trace;
        events.forEach((e, i) => {
          expect(e.seq).toBe(i);
          if (i > 0) expect(e.t).toBeGreaterThanOrEqual((events[i - 1] as TraceEvent).t);
        });
        expect(['program.end', 'deadlock']).toContain(events.at(-1)?.type);
      }),
      { numRuns: 60 },
    );
  });

  it('runs each handle at most once, after scheduling, never once cancelled, in a turn listing it', () => {
    fc.assert(
      fc.property(programs, (actions) => {
        const { events } = simulate(program(actions));
        const scheduledAt = new Map(
          byType(events, 'handle.schedule').map((e) => [e.handle, e.seq]),
        );
        const cancelledAt = new Map(byType(events, 'handle.cancel').map((e) => [e.handle, e.seq]));
        const turns = new Map(byType(events, 'loop.turn').map((e) => [e.turn, e.ready]));
        const seen = new Set<number>();
        for (const r of byType(events, 'handle.run')) {
          expect(seen.has(r.handle)).toBe(false);
          seen.add(r.handle);
          expect(scheduledAt.get(r.handle)).toBeLessThan(r.seq);
          const c = cancelledAt.get(r.handle);
          if (c !== undefined) expect(c).toBeGreaterThan(r.seq);
          expect(turns.get(r.turn)).toContain(r.handle);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('steps a task only right after a handle run, and invokes each callback of a done future once', () => {
    fc.assert(
      fc.property(programs, (actions) => {
        const { events } = simulate(program(actions));
        for (const s of byType(events, 'task.step'))
          expect(events[s.seq - 1]?.type).toBe('handle.run');
        const done = new Set(
          byType(events, 'future.state')
            .filter((e) => e.to !== 'PENDING')
            .map((e) => e.future),
        );
        for (const add of byType(events, 'callback.add')) {
          const invokes = byType(events, 'callback.invoke').filter(
            (e) => e.callback === add.callback,
          );
          expect(invokes.length).toBeLessThanOrEqual(1);
          if (!done.has(add.future)) expect(invokes).toHaveLength(0);
        }
        const loopEnd = events.at(-1)?.type === 'program.end';
        if (loopEnd)
          for (const add of byType(events, 'callback.add').filter((a) => done.has(a.future)))
            expect(byType(events, 'callback.invoke').some((e) => e.callback === add.callback)).toBe(
              true,
            );
      }),
      { numRuns: 60 },
    );
  });
});
