import type { Trace, VirtualUs } from '../core/trace';
import { formatSeconds } from '../core/seconds';
import { traceIndex } from '../core/traceIndex';
import type { CellSpan } from '../scenarios/types';
import { consoleLinesAt } from '../store/selectors/consoleLinesAt';
import { currentLines } from '../store/selectors/currentLines';
import { wholeTrace } from '../store/snapshot';
import type { TimeWindow } from '../layout/zoomWindow';
import { codeItems } from './codeItems';
import { frameSeconds } from './fileName';
import { consoleItems } from './consoleItems';
import { paletteOf, threadHex, type Palette } from './palette';
import type { Scene, SceneItem, SceneTheme } from './scene';
import { MONO_EM, wrapText } from './text';
import { timelinePart, type Part } from './timelineScene';

/** A teacher's sentence pinned to a moment (a link's `note=` and `t=`): plain text. */
export interface FrameNote {
  text: string;
  t: VirtualUs;
}

/** What a frame is made from: the run on screen and the player's position and view. */
export interface FrameInput {
  trace: Trace;
  /** The scenario's title, as the picker shows it. */
  title: string;
  /** A notebook's cells, for the `In [n]:` prompts; absent or null for a program. */
  cells?: CellSpan[] | null;
  /** The playhead, µs. */
  t: number;
  /** Within the instant `t`, the last event shown while stepping; null (or absent) for all of it. */
  cut?: number | null;
  /** The zoom window; null (or absent) for the whole run. */
  view?: TimeWindow | null;
  theme?: SceneTheme;
  /** Groups folded (true) or unfolded (false); absent: each group's default. */
  folded?: ReadonlyMap<string, boolean>;
  note?: FrameNote | null;
  /** The page's width in pixels; 1280 when absent (a slide's). */
  width?: number;
}

const MARGIN = 24;
const GAP = 28;
const NOTE_SIZE = 14;

/**
 * A frame as the page shows it at the playhead, laid out for a slide: the title and time, a
 * teacher's note when there is one, the timeline across the page, then the code (left) and
 * the console (right). As tall as all of it: every line of the program, the console's last
 * lines. Drawn by `sceneToSvg`, `drawScene` and `<SceneSvg>` alike.
 *
 * @example
 *   const run = runScenario('fetch-square');
 *   sceneToSvg(frameScene({ trace: run.trace, title: run.title, cells: run.cells, t: 8_000_000 }));
 */
export function frameScene(input: FrameInput): Scene {
  const { trace, t } = input;
  const cut = input.cut ?? null;
  const width = Math.max(480, Math.round(input.width ?? 1280));
  const inner = width - 2 * MARGIN;
  const p = paletteOf(input.theme ?? 'light');
  const seconds = frameSeconds(t);
  const items: SceneItem[] = [
    {
      kind: 'text',
      x: MARGIN,
      y: MARGIN + 18,
      text: `${input.title}  ·  t = ${seconds} s`,
      size: 20,
      fill: p.fg,
      font: 'sans',
      weight: 'bold',
    },
  ];
  let y = MARGIN + 34;
  if (input.note && input.note.text.trim() !== '') {
    const note = noteItems(input.note, p, MARGIN, y, inner);
    items.push(...note.items);
    y += note.height + 14;
  }
  const timeline = timelinePart(
    {
      trace,
      t,
      cut,
      width: inner,
      ...(input.view !== undefined ? { view: input.view } : {}),
      ...(input.theme ? { theme: input.theme } : {}),
      ...(input.folded ? { folded: input.folded } : {}),
    },
    MARGIN,
    y,
  );
  items.push(...timeline.items);
  y += timeline.height + 18;
  const { threads } = traceIndex(trace).derive(wholeTrace);
  const slots = new Map(threads.map((th) => [th.name, th.slot]));
  const colorOf = (thread: string) => threadHex(p, slots.get(thread) ?? 0);
  const codeW = Math.round((inner - GAP) * 0.56);
  const code = codeItems(
    {
      source: trace.source,
      cells: input.cells ?? null,
      lines: currentLines(trace, t, cut),
      colorOf,
    },
    p,
    MARGIN,
    y,
    codeW,
  );
  const consoleX = MARGIN + codeW + GAP;
  const printed = consoleItems(
    consoleLinesAt(trace, t, cut),
    p,
    colorOf,
    consoleX,
    y,
    width - MARGIN - consoleX,
  );
  items.push(
    {
      kind: 'line',
      x1: consoleX - GAP / 2,
      y1: y,
      x2: consoleX - GAP / 2,
      y2: y + Math.max(code.height, printed.height),
      stroke: p.border,
      width: 1,
    },
    ...code.items,
    ...printed.items,
  );
  y += Math.max(code.height, printed.height);
  return {
    width,
    height: Math.ceil(y + MARGIN),
    background: p.bg,
    title: `${input.title} at t = ${seconds} s`,
    items,
  };
}

/** The note in a box: "Note at 8.0 s", then its text wrapped to the page. */
function noteItems(note: FrameNote, p: Palette, x: number, y: number, width: number): Part {
  const lineH = NOTE_SIZE * 1.4;
  const lines = wrapText(note.text.trim(), (width - 24) / (NOTE_SIZE * MONO_EM));
  const height = 28 + lines.length * lineH + 8;
  return {
    height,
    items: [
      { kind: 'rect', x, y, w: width, h: height, fill: p.panel, stroke: p.border, rx: 6 },
      { kind: 'rect', x, y, w: 4, h: height, fill: p.threads[0]!, rx: 2 },
      {
        kind: 'text',
        x: x + 14,
        y: y + 20,
        text: `Note at ${formatSeconds(note.t, 3)} s`,
        size: 13,
        fill: p.muted,
        font: 'sans',
        weight: 'bold',
      },
      ...lines.map((line, i): SceneItem => ({
        kind: 'text',
        x: x + 14,
        y: y + 28 + (i + 1) * lineH - 5,
        text: line,
        size: NOTE_SIZE,
        fill: p.fg,
        font: 'mono',
      })),
    ],
  };
}
