/**
 * The layout model over every built-in scenario, at every step a learner can stop at, at a
 * projector's width, a phone's and zoomed in: no two labels on a lane overlap, none overlaps a
 * mark, none leaves the axis, and every shortened label keeps its full text.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS, runScenario } from '../../src/scenarios';
import { traceSteps } from '../../src/store/selectors/steps';
import { axisOf } from '../../src/layout/axis';
import { overlaps, placeLabels, type Interval } from '../../src/layout/labels';
import { layoutTimeline, type LaidRow } from '../../src/layout/timelineLayout';
import { DONE_MARK_PX } from '../../src/layout/futureRowLayout';
import { layoutThreadRow } from '../../src/layout/threadRowLayout';
import type { VirtualUs } from '../../src/core/trace';
import type { ThreadLane } from '../../src/store/selectors/threadSegments';
import { domainOf } from '../../src/layout/zoomWindow';

const CHAR_PX = 7;

/** Every mark a lane draws that a label must keep clear of. */
function marksOf(r: LaidRow): Interval[] {
  if ('counts' in r) return [];
  if (r.spec.kind === 'thread' && 'lane' in r)
    return [
      ...r.row.callbacks.map((c) => ({ x: c.x, w: c.w })),
      ...r.row.prints.map((p) => ({ x: p.x - 1, w: 3 })),
    ];
  const done = 'future' in r ? r.row?.done : null;
  return done ? [{ x: done.x - DONE_MARK_PX / 2, w: DONE_MARK_PX }] : [];
}

const scenarios = SCENARIO_IDS.filter((id) => id !== 'playground');

describe.each(scenarios)('%s', (id) => {
  it.each([
    ['a projector', 1000, 1],
    ['a phone', 240, 1],
    ['zoomed 8×', 800, 8],
  ])('no label overlaps another or a mark, at every step, on %s', (_, width, zoom) => {
    const { trace } = runScenario(id);
    const domain = domainOf(trace.end);
    let labels = 0;
    for (const step of traceSteps(trace)) {
      const span = domain / zoom;
      const from = Math.min(Math.max(step.t - span / 2, 0), domain - span);
      const axis = axisOf({ from, to: from + span }, width);
      const { laid } = layoutTimeline({ trace, t: step.t, axis, charPx: CHAR_PX });
      for (const r of laid) {
        if ('counts' in r) continue;
        const placed = r.row?.labels ?? [];
        labels += placed.length;
        const where = `${r.spec.key} at ${step.t} µs`;
        for (const [i, a] of placed.entries()) {
          expect(a.x, where).toBeGreaterThanOrEqual(0);
          expect(a.x + a.w, where).toBeLessThanOrEqual(width + 1e-6);
          expect(a.full.startsWith(a.text.replace(/…$/, '')), where).toBe(true);
          for (const b of placed.slice(i + 1))
            expect(overlaps(a, b), `${where}: ${a.text} / ${b.text}`).toBe(false);
          for (const m of marksOf(r))
            expect(overlaps(a, m), `${where}: ${a.text} over a mark`).toBe(false);
        }
      }
    }
    expect(labels).toBeGreaterThan(0);
  });
});

describe('placeLabels', () => {
  it('opens a callout to the right of its mark, or to the left when the right is taken', () => {
    const [a, b] = placeLabels(
      [
        { key: 'a', full: 'prints 4', anchor: { x: 100, w: 0 }, mode: 'beside' },
        { key: 'b', full: 'prints 9', anchor: { x: 104, w: 0 }, mode: 'beside' },
      ],
      [],
      400,
      7,
    );
    expect(a).toMatchObject({ side: 'right', text: 'prints 4' });
    expect(b).toMatchObject({ side: 'left', text: 'prints 9' });
    expect(overlaps(a!, b!)).toBe(false);
  });
  it('shortens a label to its room with an ellipsis and keeps the full text', () => {
    const [a] = placeLabels(
      [
        {
          key: 'a',
          full: 'blocked in fut1.result()',
          anchor: { x: 0, w: 90 },
          mode: 'inside',
          within: { x: 0, w: 90 },
        },
      ],
      [],
      400,
      7,
    );
    expect(a!.text.endsWith('…')).toBe(true);
    expect(a!.w).toBeLessThanOrEqual(90);
    expect(a!.full).toBe('blocked in fut1.result()');
  });
  it('leaves out a label with no room rather than overlap', () => {
    const placed = placeLabels(
      [{ key: 'a', full: 'prints 4', anchor: { x: 50, w: 0 }, mode: 'beside' }],
      [{ x: 0, w: 400 }],
      400,
      7,
    );
    expect(placed).toEqual([]);
  });
});

describe('layoutThreadRow', () => {
  /** A worker's lane: 1,000 jobs, each 1 ms running then 9 ms sleeping. */
  const busy: ThreadLane = {
    thread: 'ThreadPoolExecutor-0_0',
    segments: Array.from({ length: 2000 }, (_, i) => {
      const start = Math.floor(i / 2) * 10_000 + (i % 2) * 1_000;
      const sleeping = i % 2 === 1;
      return {
        kind: sleeping ? 'sleeping' : 'running',
        start: start as VirtualUs,
        end: (start + (sleeping ? 9_000 : 1_000)) as VirtualUs,
        label: sleeping ? 'sleeping 0.009 s' : 'running',
        until: null,
        reason: null,
        wake: null,
        wakeSeq: null,
      };
    }),
    callbacks: [],
    outputs: [],
    finishedAt: 10_000_000 as VirtualUs,
  };
  const label = () => '';
  it('draws parts too thin to tell apart as a few busy boxes, not thousands', () => {
    const row = layoutThreadRow(
      busy,
      10_000_000,
      axisOf({ from: 0, to: 11_000_000 }, 800),
      label,
      7,
    );
    expect(row.segments.length).toBeLessThan(50);
    expect(row.segments.reduce((n, s) => n + s.parts, 0)).toBe(2000);
    expect(row.segments.some((s) => s.parts > 1 && /zoom in/.test(s.title))).toBe(true);
  });
  it('draws each part again once zoomed in far enough', () => {
    const row = layoutThreadRow(busy, 10_000_000, axisOf({ from: 0, to: 100_000 }, 800), label, 7);
    expect(row.segments.every((s) => s.parts === 1)).toBe(true);
    expect(row.segments.length).toBeGreaterThanOrEqual(20);
  });
});
