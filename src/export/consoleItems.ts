import type { ConsoleLine } from '../store/selectors/consoleLinesAt';
import type { Palette } from './palette';
import type { SceneItem } from './scene';
import type { Part } from './timelineScene';
import { MONO_EM, wrapText } from './text';

const SIZE = 12;
const LINE_PX = 18;
const HEADING_PX = 26;
/** A long console shows its last lines, as the panel scrolled to the bottom does. */
export const CONSOLE_LAST_LINES = 30;

/**
 * The console at the moment: each line printed so far with the thread (and callback) that
 * printed it, stderr tagged "stderr" in a box and coloured (never colour alone), a displayed
 * value after its `Out[n]:`. A long console shows its last CONSOLE_LAST_LINES lines under a
 * "… N earlier lines" row; a line wider than the column wraps.
 *
 * @example consoleItems(consoleLinesAt(trace, t), p, colorOf, 700, 400, 556).height;
 */
export function consoleItems(
  lines: readonly ConsoleLine[],
  p: Palette,
  colorOf: (thread: string) => string,
  x: number,
  y: number,
  width: number,
): Part {
  const charPx = SIZE * MONO_EM;
  const chars = Math.max(8, Math.floor(width / charPx));
  const items: SceneItem[] = [
    {
      kind: 'text',
      x,
      y: y + 16,
      text: 'Console',
      size: 15,
      fill: p.fg,
      font: 'sans',
      weight: 'bold',
    },
  ];
  let row = y + HEADING_PX;
  const put = (at: number, text: string, fill: string, weight: 'normal' | 'bold' = 'normal') =>
    items.push({
      kind: 'text',
      x: at,
      y: row + LINE_PX - 5,
      text,
      size: SIZE,
      fill,
      font: 'mono',
      weight,
    });
  if (lines.length === 0) {
    put(x, 'Nothing printed yet.', p.muted);
    row += LINE_PX;
  }
  const hidden = Math.max(0, lines.length - CONSOLE_LAST_LINES);
  if (hidden > 0) {
    put(x, `… ${hidden} earlier line${hidden === 1 ? '' : 's'}`, p.muted);
    row += LINE_PX;
  }
  for (const l of lines.slice(hidden)) {
    const tag = l.stream === 'stderr' ? 'stderr' : l.stream === 'display' ? `Out[${l.cell}]:` : '';
    let at = x + 8;
    items.push({ kind: 'rect', x, y: row + 2, w: 3, h: LINE_PX - 4, fill: colorOf(l.thread) });
    if (tag) {
      const w = tag.length * charPx + 8;
      if (l.stream === 'stderr')
        items.push({
          kind: 'rect',
          x: at,
          y: row + 2,
          w,
          h: LINE_PX - 4,
          fill: 'none',
          stroke: p.stderr,
          rx: 3,
        });
      put(at + 4, tag, l.stream === 'stderr' ? p.stderr : p.muted, 'bold');
      at += w + charPx;
    }
    const fill = l.stream === 'stderr' ? p.stderr : p.fg;
    const room = Math.max(4, Math.floor((x + width - at) / charPx));
    const pieces = l.text.length <= room ? [l.text] : wrapText(l.text, room);
    pieces.forEach((piece, i) => {
      if (i > 0) row += LINE_PX;
      put(at, piece, fill);
    });
    const from = `← ${l.thread}${l.callbackName ? ` · ${l.callbackName}` : ''}`;
    const end = at + (pieces[pieces.length - 1]!.length + 2) * charPx;
    if (end + from.length * charPx > x + width) row += LINE_PX;
    put(
      end + from.length * charPx > x + width ? x + 8 + 2 * charPx : end,
      from.slice(0, chars),
      p.muted,
    );
    row += LINE_PX;
  }
  return { items, height: row - y };
}
