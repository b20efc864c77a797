import { endMark } from './marks';
import type { Palette } from './palette';
import type { SceneItem } from './scene';
import { monoWidth } from './text';

const LINE_PX = 20;
const SIZE = 11;

/**
 * The key to the lanes' shapes and patterns, as the page's legend: a picture that leaves the
 * page must still explain itself. Entries flow onto more lines when `width` is narrow.
 *
 * @example legendItems(paletteOf('light'), 16, 300, 1248).height; // 20
 */
export function legendItems(
  p: Palette,
  x: number,
  y: number,
  width: number,
  /** The run has an asyncio event loop: key its looks too (the page's LoopLegend). */
  loop = false,
): { items: SceneItem[]; height: number } {
  const sample = { kind: 'rect' as const, w: 18, h: 10, rx: 2 };
  const swatch = p.threads[0]!;
  const entries: { words: string; draw: (x: number, mid: number) => SceneItem[] }[] = [
    { words: 'running', draw: (ex, m) => [{ ...sample, x: ex, y: m - 5, fill: swatch }] },
    {
      words: 'sleeping',
      draw: (ex, m) => [{ ...sample, x: ex, y: m - 5, fill: p.bg, stroke: swatch, hatch: true }],
    },
    {
      words: 'blocked',
      draw: (ex, m) => [{ ...sample, x: ex, y: m - 5, fill: p.bg, stroke: swatch, dots: true }],
    },
    {
      words: '○ pending',
      draw: (ex, m) => [
        { ...sample, x: ex, y: m - 5, fill: 'none', stroke: p.pending, dashed: true },
      ],
    },
    { words: 'finished', draw: (ex, m) => [endMark('finished', ex + 9, m, p.finished)] },
    { words: 'raised', draw: (ex, m) => [endMark('raised', ex + 9, m, p.raised)] },
    { words: 'cancelled', draw: (ex, m) => [endMark('cancelled', ex + 9, m, p.cancelled)] },
    {
      words: 'what caused this step',
      draw: (ex, m) => [
        { kind: 'line', x1: ex + 2, y1: m, x2: ex + 14, y2: m, stroke: p.fg, width: 2.25 },
        {
          kind: 'path',
          d: `M ${ex + 18} ${m} L ${ex + 10} ${m - 4.5} L ${ex + 10} ${m + 4.5} Z`,
          fill: p.fg,
        },
      ],
    },
  ];
  if (loop)
    entries.push(
      {
        words: '◌ event loop idle',
        draw: (ex, m) => [
          { kind: 'line', x1: ex, y1: m, x2: ex + 18, y2: m, stroke: swatch, width: 1.5 },
          {
            kind: 'line',
            x1: ex + 0.75,
            y1: m - 5,
            x2: ex + 0.75,
            y2: m + 5,
            stroke: swatch,
            width: 1.5,
          },
          {
            kind: 'line',
            x1: ex + 17.25,
            y1: m - 5,
            x2: ex + 17.25,
            y2: m + 5,
            stroke: swatch,
            width: 1.5,
          },
        ],
      },
      {
        words: '‖ task awaiting',
        draw: (ex, m) => [{ ...sample, x: ex, y: m - 5, fill: p.bg, stroke: swatch }],
      },
      {
        words: '☰ scheduled: runs on a later turn',
        draw: (ex, m) => [
          {
            kind: 'line',
            x1: ex + 2,
            y1: m,
            x2: ex + 14,
            y2: m,
            stroke: p.fg,
            width: 2.25,
            dashed: true,
          },
          {
            kind: 'path',
            d: `M ${ex + 18} ${m} L ${ex + 10} ${m - 4.5} L ${ex + 10} ${m + 4.5} Z`,
            fill: p.fg,
          },
        ],
      },
    );
  const items: SceneItem[] = [];
  let ex = x;
  let line = 0;
  for (const e of entries) {
    const w = 24 + monoWidth(e.words, SIZE) + 18;
    if (ex > x && ex + w > x + width) {
      ex = x;
      line += 1;
    }
    const mid = y + line * LINE_PX + LINE_PX / 2;
    items.push(...e.draw(ex, mid), {
      kind: 'text',
      x: ex + 24,
      y: mid + 4,
      text: e.words,
      size: SIZE,
      fill: p.muted,
      font: 'mono',
    });
    ex += w;
  }
  return { items, height: (line + 1) * LINE_PX };
}
