import { describe, expect, it } from 'vitest';
import { us } from '../../src/core/trace';
import { fetchSquareTrace } from '../fixtures/fetchSquareTrace';
import { gatesFor } from '../../src/predict/gatesFor';
import { clampToGate, gateAt } from '../../src/predict/clampToGate';
import { eventStops, nextStop } from '../../src/store/selectors/eventStops';

const trace = fetchSquareTrace();
const gates = gatesFor(trace);
const [g1, g2] = gates as [(typeof gates)[0], (typeof gates)[0]];
const none = new Set<string>();

describe('clampToGate', () => {
  it('stops a jump past a gate (slider, Jump to end, t= link) at the gate, just before its event', () => {
    expect(clampToGate(gates, none, us(0), trace.end)).toEqual({ t: g1.holdT, gate: g1 });
    expect(trace.events.filter((e) => e.t <= g1.holdT).every((e) => e.seq < g1.seq)).toBe(true);
  });

  it('stops Step forward from the hold point until the gate is passed', () => {
    const stops = eventStops(trace);
    const stepped = nextStop(stops, g1.holdT);
    expect(clampToGate(gates, none, g1.holdT, stepped)).toEqual({ t: g1.holdT, gate: g1 });
    expect(clampToGate(gates, new Set([g1.id]), g1.holdT, stepped)).toEqual({
      t: stepped,
      gate: null,
    });
  });

  it('stops Play frame by frame: a frame that would cross the gate ends at its hold point', () => {
    expect(clampToGate(gates, none, us(g1.holdT - 16_000), us(g1.holdT + 16_000)).t).toBe(g1.holdT);
  });

  it('moves on to the next unpassed gate once one is passed', () => {
    expect(clampToGate(gates, new Set([g1.id]), us(0), trace.end)).toEqual({
      t: g2.holdT,
      gate: g2,
    });
    const all = new Set(gates.map((g) => g.id));
    expect(clampToGate(gates, all, us(0), trace.end)).toEqual({ t: trace.end, gate: null });
  });

  it('never limits moving back', () => {
    expect(clampToGate(gates, none, trace.end, us(0))).toEqual({ t: 0, gate: null });
  });

  it('tells which gate the playhead is waiting at', () => {
    expect(gateAt(gates, none, g1.holdT)).toBe(g1);
    expect(gateAt(gates, new Set([g1.id]), g1.holdT)).toBeNull();
    expect(gateAt(gates, none, us(0))).toBeNull();
  });
});
