/**
 * A lane's running, sleeping and busy boxes as paths: one rounded box per drawn box, where the
 * layout put it, and none for the boxes that stay elements (a blocked wait, an idle loop).
 */
import { describe, expect, it } from 'vitest';
import type { VirtualUs } from '../../src/core/trace';
import { CHUNK_BOXES, boxAt, chunkedPaths, segmentPaths } from '../../src/layout/segmentPaths';
import type { SegmentBox, SegmentLook } from '../../src/layout/threadRowLayout';
import type { Segment } from '../../src/store/selectors/threadSegments';

const seg = { kind: 'running', start: 0 as VirtualUs } as Segment;
const box = (look: SegmentLook, x: number, w: number): SegmentBox => ({
  x,
  w,
  seg,
  look,
  title: `${look} at ${x}`,
  parts: 1,
});

/**
 * Each subpath's box: its start (x + r, top) and the width and height its h and v runs add up
 * to, with r read off its first corner (`q r 0 r r`).
 */
function boxesOf(d: string): { left: number; right: number; top: number; bottom: number }[] {
  return d
    .split('M')
    .filter(Boolean)
    .map((sub) => {
      const nums = (sub.match(/-?[\d.]+/g) ?? []).map(Number);
      const [x0, y0] = nums;
      const h = Number(/h(-?[\d.]+)/.exec(sub)![1]);
      const v = Number(/v(-?[\d.]+)/.exec(sub)![1]);
      const r = Number(/q(-?[\d.]+)/.exec(sub)![1]);
      return { left: x0! - r, right: x0! + h + r, top: y0!, bottom: y0! + v + 2 * r };
    });
}

describe('segmentPaths', () => {
  const boxes = [
    box('running', 10, 20),
    box('sleeping', 30, 100),
    box('blocked', 130, 50),
    box('busy', 200, 40),
    box('idle', 250, 30),
    box('running', 300, 4),
  ];
  const paths = segmentPaths(boxes, 28.8);

  it('draws each running and busy box where the layout put it, full height', () => {
    expect(boxesOf(paths.running)).toEqual([
      { left: 10, right: 30, top: 0, bottom: 28.8 },
      { left: 300, right: 304, top: 0, bottom: 28.8 },
    ]);
    expect(boxesOf(paths.busy)).toEqual([{ left: 200, right: 240, top: 0, bottom: 28.8 }]);
  });

  it('draws a sleeping box inset by half its 1.5 px border, so the stroke ends on its edge', () => {
    expect(boxesOf(paths.sleeping)).toEqual([
      { left: 30.75, right: 129.25, top: 0.75, bottom: 28.05 },
    ]);
  });

  it('draws a sleeping box narrower than its border as a zero-width path (the stroke shows it)', () => {
    expect(boxesOf(segmentPaths([box('sleeping', 10, 1)], 28.8).sleeping)).toEqual([
      { left: 10.75, right: 10.75, top: 0.75, bottom: 28.05 },
    ]);
  });

  it('leaves out the boxes that stay elements: a blocked wait and an idle loop', () => {
    expect(segmentPaths([box('blocked', 0, 10), box('idle', 20, 10)], 28.8)).toEqual({
      running: '',
      sleeping: '',
      busy: '',
    });
  });

  it('rounds a narrow box to fit: a 4 px box has 2 px corners', () => {
    expect(segmentPaths([box('running', 0, 4)], 28.8).running).toContain('q2 0 2 2');
  });
});

describe('boxAt', () => {
  const boxes = [box('running', 10, 20), box('sleeping', 30, 100)];
  it('finds the box under a point, the later one where two touch', () => {
    expect(boxAt(boxes, 15)?.title).toBe('running at 10');
    expect(boxAt(boxes, 30)?.title).toBe('sleeping at 30');
    expect(boxAt(boxes, 5)).toBeNull();
    expect(boxAt(boxes, 131)).toBeNull();
  });
});

describe('chunkedPaths', () => {
  /** A playing lane: n boxes 10 px apart, the last growing with `grow`. */
  const lane = (n: number, grow = 0) =>
    Array.from({ length: n }, (_, i) => box('running', i * 10, i === n - 1 ? 4 + grow : 4));

  it('draws the same boxes as segmentPaths, in chunks', () => {
    const boxes = [...lane(70), box('blocked', 700, 20)];
    const kept = chunkedPaths(boxes, 28.8);
    expect(kept.chunks).toHaveLength(Math.ceil(70 / CHUNK_BOXES));
    expect(kept.chunks.map((c) => c.running).join('')).toBe(segmentPaths(boxes, 28.8).running);
  });

  it('keeps the chunks whose boxes did not move, and makes the one that grew', () => {
    const before = chunkedPaths(lane(70), 28.8);
    const after = chunkedPaths(lane(70, 3), 28.8, before);
    expect(after.chunks[0]).toBe(before.chunks[0]);
    expect(after.chunks[1]).toBe(before.chunks[1]);
    expect(after.chunks[2]).not.toBe(before.chunks[2]);
    expect(after.chunks[2]!.running).toBe(segmentPaths(lane(70, 3).slice(64), 28.8).running);
  });

  it('makes a chunk again when a box joins it, and all of them at a new zoom or height', () => {
    const before = chunkedPaths(lane(70), 28.8);
    const more = chunkedPaths(lane(71), 28.8, before);
    expect(more.chunks[2]!.running).toBe(segmentPaths(lane(71).slice(64), 28.8).running);
    const taller = chunkedPaths(lane(70), 30, before);
    expect(taller.chunks.some((c, i) => c === before.chunks[i])).toBe(false);
    const moved = lane(70).map((b) => ({ ...b, x: b.x + 1 }));
    const panned = chunkedPaths(moved, 28.8, before);
    expect(panned.chunks.some((c, i) => c === before.chunks[i])).toBe(false);
  });
});
