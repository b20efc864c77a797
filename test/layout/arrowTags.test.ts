import { describe, expect, it } from 'vitest';
import type { ArrowShape } from '../../src/layout/arrowPath';
import { arrowTags, laneMarks } from '../../src/layout/arrowTags';
import type { CauseArrow } from '../../src/layout/causeArrows';
import type { ThreadRowLayout } from '../../src/layout/threadRowLayout';

const ROW_PX = 40;
const arrow = (key: string, kind: CauseArrow['kind']) => ({ key, kind }) as CauseArrow;
/** An arrow from x1 to x2 on row 0's middle. */
const shape = (x1: number, x2: number): ArrowShape => ({
  d: '',
  start: { x: x1, y: ROW_PX / 2 },
  end: { x: x2, y: ROW_PX / 2 },
  angle: 0,
});

describe('asyncio arrow tags', () => {
  it('writes "☰ scheduled" at a scheduled arrow’s start and "☰ queued" at a schedule arrow’s end', () => {
    const tags = arrowTags(
      [arrow('a', 'scheduled'), arrow('b', 'schedule'), arrow('c', 'wake')],
      [shape(100, 200), shape(300, 400), shape(500, 600)],
      { rowPx: ROW_PX, width: 800 },
    );
    expect(tags.map((t) => [t.text, t.x])).toEqual([
      ['☰ scheduled', 106],
      ['☰ queued', 406],
    ]);
  });

  it('moves a tag off its lane’s labels and marks: right, else left, else the ☰ alone, else none', () => {
    const place = (marks: { x: number; w: number }[]) =>
      arrowTags([arrow('a', 'scheduled')], [shape(300, 350)], {
        rowPx: ROW_PX,
        width: 800,
        marksOf: (row) => (row === 0 ? marks : []),
      }).map((t) => [t.text, t.x]);
    expect(place([])).toEqual([['☰ scheduled', 306]]);
    // A label to the right of the point: the words go to its left.
    expect(place([{ x: 320, w: 100 }])).toEqual([['☰ scheduled', 300 - 6 - 11 * 6.5]]);
    // Both sides taken but for a gap just right of the point: the ☰ alone.
    expect(
      place([
        { x: 316, w: 100 },
        { x: 200, w: 95 },
      ]),
    ).toEqual([['☰', 306]]);
    expect(place([{ x: 250, w: 200 }])).toEqual([]);
  });

  it('gives arrows that meet at one point one tag', () => {
    const tags = arrowTags(
      [arrow('a', 'schedule'), arrow('b', 'schedule')],
      [shape(100, 300), shape(200, 300)],
      { rowPx: ROW_PX, width: 800 },
    );
    expect(tags.map((t) => t.key)).toEqual(['a']);
  });

  it('keeps a tag inside the lanes', () => {
    const tags = arrowTags([arrow('a', 'schedule')], [shape(0, 790)], {
      rowPx: ROW_PX,
      width: 800,
    });
    expect(tags.map((t) => [t.text, t.x])).toEqual([['☰ queued', 790 - 6 - 8 * 6.5]]);
  });

  it('does not let another lane’s marks push a tag out', () => {
    const tags = arrowTags([arrow('a', 'scheduled')], [shape(100, 150)], {
      rowPx: ROW_PX,
      width: 800,
      marksOf: (row) => (row === 1 ? [{ x: 0, w: 1000 }] : []),
    });
    expect(tags).toHaveLength(1);
  });

  it('counts a lane’s labels, callbacks, prints, loop steps and numbered turns as its marks', () => {
    const layout = {
      segments: [],
      callbacks: [{ x: 10, w: 5 }],
      prints: [{ seq: 1, x: 50, stream: 'stdout' }],
      labels: [{ key: 'l', x: 70, w: 30, text: 'x', full: 'x', side: 'right' }],
      loop: {
        steps: [{ x: 200, w: 8 }],
        turns: [
          { turn: 1, x: 300, numbered: true, title: '' },
          { turn: 2, x: 310, numbered: false, title: '' },
        ],
      },
    } as unknown as ThreadRowLayout;
    expect(laneMarks(layout).map((m) => [m.x, m.w])).toEqual([
      [70, 30],
      [10, 5],
      [47, 6],
      [200, 8],
      [295, 10],
    ]);
  });
});
