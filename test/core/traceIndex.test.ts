import { describe, expect, it, vi } from 'vitest';
import type { Trace } from '../../src/core/trace';
import { traceIndex } from '../../src/core/traceIndex';
import { runScenario } from '../../src/scenarios';

const trace = runScenario('fetch-square').trace;

describe('traceIndex', () => {
  it('computes a derivation once per trace and hands every reader the same object', () => {
    const count = vi.fn((t: Trace) => ({ events: t.events.length }));
    const first = traceIndex(trace).derive(count);
    expect(traceIndex(trace).derive(count)).toBe(first);
    expect(count).toHaveBeenCalledTimes(1);
    expect(first.events).toBe(trace.events.length);
  });
  it('keeps one index per trace: another trace gets its own facts', () => {
    const other = runScenario('network-request').trace;
    const ends = (t: Trace) => t.end;
    expect(traceIndex(other)).not.toBe(traceIndex(trace));
    expect(traceIndex(other).derive(ends)).toBe(other.end);
    expect(traceIndex(trace).derive(ends)).toBe(trace.end);
  });
});
