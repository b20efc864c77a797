import type { Trace } from '../core/trace';
import { formatSeconds } from '../core/seconds';
import { traceIndex } from '../core/traceIndex';
import { currentEventIndex } from '../store/selectors/currentEventIndex';
import { wholeTrace } from '../store/snapshot';
import { axisOf, labelledTicks, playheadTagToLeft, TICK_EDGE_PX, type Axis } from '../layout/axis';
import { arrowsAt, arrowsOf } from '../layout/causeArrows';
import { laneMarks } from '../layout/arrowTags';
import { loopThreadActivity } from '../layout/threadActivity';
import { loopModelOf, taskActivity } from '../layout/loopModel';
import { timelineOf } from '../layout/timelineData';
import { layoutTimeline, type TimelineLayout } from '../layout/timelineLayout';
import { domainOf, type TimeWindow } from '../layout/zoomWindow';
import { rowIndexOf } from '../layout/rows';
import { arrowItems } from './arrowItems';
import {
  futureRowItems,
  groupRowItems,
  LABEL_CHAR_PX,
  NAME_SIZE,
  taskRowItems,
  threadRowItems,
  type LaneFrame,
} from './laneItems';
import { legendItems } from './legendItems';
import { paletteOf, threadHex, type Palette } from './palette';
import type { Scene, SceneItem, SceneTheme } from './scene';
import { MONO_EM, monoWidth } from './text';

/** What a picture of the timeline is made from: the player's position and view. */
export interface TimelineInput {
  trace: Trace;
  /** The playhead, µs. */
  t: number;
  /** Within the instant `t`, the last event shown while stepping; null (or absent) for all of it. */
  cut?: number | null;
  /** The zoom window; null (or absent) for the whole run, as "Fit" shows it. */
  view?: TimeWindow | null;
  /** The picture's width in pixels, names included. */
  width: number;
  theme?: SceneTheme;
  /** Groups the reader folded (true) or unfolded (false); absent: each group's default. */
  folded?: ReadonlyMap<string, boolean>;
}

/** A row's height, as close to the live view's as a picture allows. */
export const ROW_PX = 30;
/** The axis' row, with its ticks. */
const AXIS_PX = 26;
const AXIS_TEXT = 11;
const AXIS_CHAR_PX = AXIS_TEXT * MONO_EM;
const MARGIN = 16;

/** Scene items and the height they take, for a part placed inside a larger scene. */
export interface Part {
  items: SceneItem[];
  height: number;
}

/** The name column's width for the longest lane name: as the page's, 176–256 px. */
function nameColumn(longest: number) {
  const charPx = NAME_SIZE * MONO_EM;
  const w = Math.min(256, Math.max(176, longest * charPx + 32));
  return { w, chars: Math.floor((w - 15 - 10) / charPx) };
}

/**
 * The timeline at the playhead as items at (`x`, `y`), `input.width` wide: the axis with its
 * ticks, every row (not only those a page would have in view), the current step's cause arrows,
 * the playhead, and a key to the patterns. The frame's picture and the timeline's alone both
 * draw this.
 *
 * @example timelinePart({ trace, t: 8_000_000, width: 1248 }, 16, 60).height; // 8 rows and more
 */
export function timelinePart(input: TimelineInput, x: number, y: number): Part {
  const { trace, t } = input;
  const p = paletteOf(input.theme ?? 'light');
  const data = timelineOf(trace);
  const name = nameColumn(data.longestName);
  const trackX = x + name.w;
  const trackW = Math.max(40, input.width - name.w);
  const view = input.view ?? null;
  const axis = axisOf(
    { from: view?.from ?? 0, to: view?.to ?? domainOf(trace.end) },
    trackW,
    AXIS_CHAR_PX,
  );
  const layout = layoutTimeline({
    trace,
    t,
    axis,
    charPx: LABEL_CHAR_PX,
    ...(input.folded ? { folded: input.folded } : {}),
  });
  const f: LaneFrame = { p, nameX: x, nameChars: name.chars, trackX, trackW, rowPx: ROW_PX };
  const rowsTop = y + AXIS_PX;
  const playhead =
    layout.playheadX === null ? null : playheadBox(trackX, layout.playheadX, t, trackW);
  const items: SceneItem[] = [...axisItems(axis, p, x, trackX, y, playhead)];
  items.push(...rowItems(layout, f, rowsTop, input));
  const eventIndex = currentEventIndex(trace, t, input.cut ?? null);
  const stepT = trace.events[eventIndex]?.t ?? -1;
  const { rowOf, futureRowOf } = rowIndexOf(layout.rows);
  items.push(
    ...arrowItems(arrowsAt(arrowsOf(trace), trace, stepT, eventIndex), {
      p,
      x: trackX,
      y: rowsTop,
      rowPx: ROW_PX,
      axis,
      rowOf,
      futureRowOf,
      marksOf: (row) => {
        const laid = layout.laid[row];
        return laid && 'lane' in laid ? laneMarks(laid.row) : [];
      },
    }),
  );
  const rowsBottom = rowsTop + layout.rows.length * ROW_PX;
  if (playhead) items.push(...playheadItems(p, playhead, y, rowsBottom));
  const hasLoop = loopModelOf(trace).loops.length > 0;
  const legend = legendItems(p, x, rowsBottom + 6, input.width, hasLoop);
  items.push(...legend.items);
  return { items, height: rowsBottom + 6 + legend.height - y };
}

function rowItems(layout: TimelineLayout, f: LaneFrame, top: number, input: TimelineInput) {
  const { trace, t } = input;
  const { threads } = traceIndex(trace).derive(wholeTrace);
  const { allFutures, callbackLabel } = timelineOf(trace);
  const loops = loopModelOf(trace);
  const items: SceneItem[] = [];
  layout.laid.forEach((laid, i) => {
    const y = top + i * f.rowPx;
    if (laid.spec.kind === 'group')
      items.push(
        ...groupRowItems(
          f,
          y,
          laid.spec.group,
          laid.spec.folded,
          'counts' in laid ? laid.counts : '',
        ),
      );
    else if ('lane' in laid) {
      const slot = threads.find((th) => th.name === laid.lane.thread)?.slot ?? laid.spec.lane;
      const loop = loops.byThread.get(laid.lane.thread) ?? null;
      const caption = loopThreadActivity(laid.lane, loop, t, input.cut ?? null, callbackLabel);
      items.push(...threadRowItems(f, y, laid.lane, laid.row, caption, threadHex(f.p, slot)));
    } else if ('task' in laid) {
      const slot = threads.find((th) => th.name === laid.task.thread)?.slot ?? 0;
      const caption = taskActivity(laid.task, t);
      items.push(...taskRowItems(f, y, laid.task, laid.row, caption, threadHex(f.p, slot)));
    } else if ('future' in laid) {
      const name = allFutures[laid.spec.index]?.name ?? `future ${laid.spec.future}`;
      items.push(...futureRowItems(f, y, laid.future, laid.row, name));
    }
  });
  return items;
}

/** The playhead's line and the box of its time on the axis (left of the line near the end). */
interface PlayheadBox {
  x: number;
  /** From the axis's left end. */
  axisX: number;
  words: string;
  box: { x: number; w: number };
}

/** Left of the line where the page puts it there (`playheadTagToLeft`). */
function playheadBox(trackX: number, axisX: number, t: number, trackW: number): PlayheadBox {
  const words = `${formatSeconds(t, 3)} s`;
  const w = monoWidth(words, AXIS_TEXT) + 10;
  const x = trackX + axisX;
  const toLeft = playheadTagToLeft(axisX, trackW, words, AXIS_CHAR_PX);
  return { x, axisX, words, box: { x: toLeft ? x - w - 2 : x + 2, w } };
}

/**
 * The axis row: "seconds", a tick and a time at each of the axis' ticks (but where the
 * playhead's time stands), a rule under them.
 */
function axisItems(
  axis: Axis,
  p: Palette,
  x: number,
  trackX: number,
  y: number,
  playhead: PlayheadBox | null,
): SceneItem[] {
  const items: SceneItem[] = [
    { kind: 'text', x, y: y + 16, text: 'seconds', size: AXIS_TEXT, fill: p.muted, font: 'sans' },
    {
      kind: 'line',
      x1: x,
      y1: y + AXIS_PX - 0.5,
      x2: trackX + axis.width,
      y2: y + AXIS_PX - 0.5,
      stroke: p.border,
      width: 1,
    },
  ];
  const labelled = playhead
    ? labelledTicks(axis, playhead.axisX, playhead.words, AXIS_CHAR_PX)
    : axis.ticks;
  for (const tick of axis.ticks) {
    const anchor =
      tick.x < TICK_EDGE_PX ? 'start' : tick.x > axis.width - TICK_EDGE_PX ? 'end' : 'middle';
    const tx = trackX + tick.x;
    items.push({
      kind: 'line',
      x1: tx,
      y1: y + AXIS_PX - 6,
      x2: tx,
      y2: y + AXIS_PX,
      stroke: p.border,
      width: 1,
    });
    if (labelled.includes(tick))
      items.push({
        kind: 'text',
        x: tx,
        y: y + 16,
        text: tick.text,
        size: AXIS_TEXT,
        fill: p.muted,
        font: 'mono',
        anchor,
      });
  }
  return items;
}

/** The playhead across the rows, and its time in a box on the axis. */
function playheadItems(p: Palette, ph: PlayheadBox, top: number, bottom: number): SceneItem[] {
  return [
    { kind: 'line', x1: ph.x, y1: top + 2, x2: ph.x, y2: bottom, stroke: p.playhead, width: 2 },
    {
      kind: 'rect',
      x: ph.box.x,
      y: top + 3,
      w: ph.box.w,
      h: 18,
      fill: p.bg,
      stroke: p.playhead,
      rx: 3,
    },
    {
      kind: 'text',
      x: ph.box.x + 5,
      y: top + 16,
      text: ph.words,
      size: AXIS_TEXT,
      fill: p.fg,
      font: 'mono',
      weight: 'bold',
    },
  ];
}

/**
 * The timeline alone at the playhead, as a scene `input.width` wide (for a slide, or the
 * worksheet's moments).
 *
 * @example sceneToSvg(timelineScene({ trace, t: fromSeconds(8), width: 960 }));
 */
export function timelineScene(input: TimelineInput): Scene {
  const part = timelinePart({ ...input, width: input.width - 2 * MARGIN }, MARGIN, MARGIN);
  return {
    width: input.width,
    height: Math.ceil(part.height + 2 * MARGIN),
    background: paletteOf(input.theme ?? 'light').bg,
    title: `Timeline at ${(input.t / 1e6).toFixed(3)} s`,
    items: part.items,
  };
}
