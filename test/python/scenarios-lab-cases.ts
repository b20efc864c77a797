/**
 * A seeded spread of Lab parameters for the CPython comparison, and the rules that decide
 * how strictly a case can be compared: CPython's threads race where the simulation's events
 * are close together, so the test only demands what CPython itself guarantees.
 */
import type { Trace } from '../../src/core/trace';
import type { LabParams, Observe, RequestOutcome } from '../../src/scenarios/types';

/** A small, seeded PRNG (mulberry32): the same cases on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBERS = [
  '2',
  '3',
  '4',
  '-3',
  '2.5',
  '0.1',
  '1e16',
  '1_000',
  '0x1F',
  '0b101',
  '123456789012345678901234567890',
  '-0.0',
  '1e308',
  '1e200',
  '1.5e-5',
  '0',
  '7',
  '3.0',
  '-7.25',
  '9_999_999_999',
  '.5',
  '5.',
];
/**
 * Distinct intervals are at least 0.5 s apart, so their order survives CPython's jitter. No 0:
 * a Timer of 0 s races the caller's next lines in CPython (whether add_done_callback finds the
 * future done depends on the thread switch), so no single answer exists to compare with.
 */
const DELAYS = [0.5, 1, 1.5, 2, 3, 5];
const TIMEOUTS = [0.7, 1.2, 2.2, 4.1];
const OUTCOMES: RequestOutcome[] = ['ok', 'fail', 'raise', 'cancel'];
const OBSERVES: Observe[] = ['callbacks', 'result', 'both'];

export function generateLab(next: () => number): LabParams {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const r = next();
  // Mostly small programs; some of 12 and of 50 calls (the limit).
  const count = r < 0.85 ? 1 + Math.floor(next() * 6) : r < 0.95 ? 12 : 50;
  const many = count > 8;
  const numbers = Array.from({ length: count }, () => pick(NUMBERS));
  const shared = next() < 0.4;
  const one = pick(DELAYS);
  const outcomes = Array.from({ length: count }, () => (next() < 0.5 ? 'ok' : pick(OUTCOMES)));
  const delays = outcomes.map(() => (shared ? one : pick(DELAYS)));
  const observe = pick(OBSERVES);
  const timeout = !many && next() < 0.4 ? pick(TIMEOUTS) : null;
  return { numbers, delays, outcomes, observe, timeout };
}

/** Virtual seconds within which CPython (scaled, jittery) may order two events either way. */
export const RACE_MARGIN_US = 300_000;

/** A timeout that expires about when a Timer fires: CPython may go either way, so the case is unfit. */
export function hasContentRace(trace: Trace): boolean {
  const fires = trace.events.filter((e) => e.type === 'timer.fire').map((e) => e.t);
  return trace.events.some(
    (e) =>
      e.type === 'wait.end' &&
      e.reason === 'timeout' &&
      fires.some((f) => Math.abs(f - e.t) < RACE_MARGIN_US),
  );
}

/** Console writes by different threads close together, one of them MainThread: their order is CPython's to choose. */
export function hasOrderRace(trace: Trace): boolean {
  const writes = trace.events.filter((e) => e.type === 'stdout' || e.type === 'stderr');
  for (let i = 0; i < writes.length; i++) {
    for (let j = i + 1; j < writes.length; j++) {
      const a = writes[i];
      const b = writes[j];
      if (!a || !b || b.t - a.t >= RACE_MARGIN_US) break;
      if (a.thread !== b.thread && (a.thread === 'MainThread' || b.thread === 'MainThread'))
        return true;
    }
  }
  return false;
}
