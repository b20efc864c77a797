import { describe, expect, it } from 'vitest';
import {
  eventStops,
  nextStop,
  prevStop,
  stopIndexAt,
} from '../../../src/store/selectors/eventStops';
import { fetchSquareTrace } from '../../fixtures/fetchSquareTrace';

const trace = fetchSquareTrace();
const stops = eventStops(trace);

describe('eventStops', () => {
  it('starts at 0, strictly increases, and ends at the end of the trace', () => {
    expect(stops[0]).toBe(0);
    for (let i = 1; i < stops.length; i++) expect(stops[i]!).toBeGreaterThan(stops[i - 1]!);
    expect(stops[stops.length - 1]).toBe(trace.end);
  });
  it('has one stop per distinct event time', () => {
    expect(stops.length).toBe(new Set(trace.events.map((e) => e.t)).size);
  });
  it('steps exactly from stop to stop in both directions', () => {
    let t = 0;
    for (let i = 1; i < stops.length; i++) {
      t = nextStop(stops, t);
      expect(t).toBe(stops[i]);
    }
    expect(nextStop(stops, t)).toBe(trace.end);
    for (let i = stops.length - 2; i >= 0; i--) {
      t = prevStop(stops, t);
      expect(t).toBe(stops[i]);
    }
    expect(prevStop(stops, 0)).toBe(0);
  });
  it('from between two stops goes to the neighbouring ones', () => {
    const mid = (stops[5]! + stops[6]!) / 2;
    expect(nextStop(stops, mid)).toBe(stops[6]);
    expect(prevStop(stops, mid)).toBe(stops[5]);
    expect(stopIndexAt(stops, mid)).toBe(5);
  });
});
