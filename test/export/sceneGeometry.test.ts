import { describe, expect, it } from 'vitest';
import { frameScene } from '../../src/export/frameScene';
import type { Scene, SceneItem } from '../../src/export/scene';
import { monoWidth } from '../../src/export/text';
import { overlaps, type Interval } from '../../src/layout/labels';
import { SCENARIO_IDS, runScenario } from '../../src/scenarios';

type Text = Extract<SceneItem, { kind: 'text' }>;

/** A monospace text's box on its line (sans texts are headings, alone on their lines). */
function box(t: Text): Interval {
  const w = monoWidth(t.text, t.size);
  const x = t.anchor === 'end' ? t.x - w : t.anchor === 'middle' ? t.x - w / 2 : t.x;
  return { x, w };
}

/** Every point an item touches (a path's every coordinate pair). */
function points(item: SceneItem): [number, number][] {
  switch (item.kind) {
    case 'rect':
      return [
        [item.x, item.y],
        [item.x + item.w, item.y + item.h],
      ];
    case 'line':
      return [
        [item.x1, item.y1],
        [item.x2, item.y2],
      ];
    case 'text':
      return item.font === 'mono'
        ? [
            [box(item).x, item.y - item.size],
            [box(item).x + box(item).w, item.y],
          ]
        : [[item.x, item.y]];
    case 'path': {
      const n = (item.d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      // Arc commands carry radii and flags between their points: check M/L/C paths only.
      if (/[Aa]/.test(item.d)) return [];
      const pairs: [number, number][] = [];
      for (let i = 0; i + 1 < n.length; i += 2) pairs.push([n[i]!, n[i + 1]!]);
      return pairs;
    }
  }
}

/** Each built-in scenario at its start, halfway, and its end. */
const frames: { name: string; scene: Scene }[] = SCENARIO_IDS.flatMap((id) => {
  const run = runScenario(id);
  return [0, 0.5, 1].map((k) => {
    const t = Math.round(run.trace.end * k);
    return {
      name: `${id} at ${t} µs`,
      scene: frameScene({ trace: run.trace, title: run.title, cells: run.cells, t }),
    };
  });
});

describe('every built-in scenario’s frame', () => {
  it.each(frames)('$name: every item lies inside the scene', ({ scene }) => {
    for (const item of scene.items)
      for (const [x, y] of points(item)) {
        expect(x, JSON.stringify(item)).toBeGreaterThanOrEqual(-0.5);
        expect(x, JSON.stringify(item)).toBeLessThanOrEqual(scene.width + 0.5);
        expect(y, JSON.stringify(item)).toBeGreaterThanOrEqual(-0.5);
        expect(y, JSON.stringify(item)).toBeLessThanOrEqual(scene.height + 0.5);
      }
  });

  it.each(frames)('$name: no two texts on one line overlap (labels, names, ticks)', ({ scene }) => {
    const byLine = new Map<number, Text[]>();
    for (const item of scene.items)
      if (item.kind === 'text' && item.font === 'mono')
        byLine.set(item.y, [...(byLine.get(item.y) ?? []), item]);
    for (const texts of byLine.values())
      texts.forEach((a, i) =>
        texts.slice(i + 1).forEach((b) => {
          // Fractions of a pixel are rounding: a character's side bearing covers them.
          const shrink = (r: Interval) => ({ x: r.x + 0.5, w: Math.max(0, r.w - 1) });
          expect(overlaps(shrink(box(a)), shrink(box(b))), `"${a.text}" and "${b.text}"`).toBe(
            false,
          );
        }),
      );
  });
});
