/**
 * What an event loop adds to its thread's lane: a notch at each turn (numbered where there is
 * room, always numbered in its title and accessible name) and a labelled span for each handle
 * it runs — a task's step (`main() step`) or a plain callback (`Future.set_result`). A
 * done-callback's run is the lane's callback span already (`on_done_future(fut)`), so it is not
 * drawn twice. The idle loop's look is the thread row's (`look: 'idle'`).
 */
import type { Axis } from './axis';
import type { Interval, LabelRequest } from './labels';
import type { LoopLane, LoopStep } from './loopModel';

/** A turn's notch: `number` is drawn only when `numbered` (the previous shown is far enough). */
export interface TurnMark {
  turn: number;
  x: number;
  numbered: boolean;
  /** "turn 3 of the event loop: runs 1 ready callback". */
  title: string;
}

export interface StepBox extends Interval {
  step: LoopStep;
  /** "turn 4: main() step". */
  title: string;
}

export interface LoopRowLayout {
  turns: TurnMark[];
  steps: StepBox[];
}

/** Turn numbers closer than this are not all written: the notches still show every turn. */
const TURN_NUMBER_PX = 16;

/**
 * The loop's turns and steps on its lane at `t` (clipped at the playhead and the window), with
 * the label requests for the steps' words (inside each step's span, where it fits).
 *
 * @example layoutLoopRow(loop, t, axis, box).layout.turns[0].title; // 'turn 1 of the event loop: runs 1 ready callback'
 */
export function layoutLoopRow(
  loop: LoopLane,
  t: number,
  axis: Axis,
  box: (start: number, end: number) => Interval | null,
): { layout: LoopRowLayout; requests: (LabelRequest & { at: number })[] } {
  const turns: TurnMark[] = [];
  let lastNumbered = -Infinity;
  for (const turn of loop.turns) {
    if (turn.t > t) break;
    const x = axis.x(turn.t);
    if (x < 0 || x > axis.width) continue;
    const numbered = x - lastNumbered >= TURN_NUMBER_PX;
    if (numbered) lastNumbered = x;
    const n = turn.ready;
    turns.push({
      turn: turn.turn,
      x,
      numbered,
      title: `turn ${turn.turn} of the event loop: runs ${n} ready callback${n === 1 ? '' : 's'}`,
    });
  }
  const steps: StepBox[] = [];
  const requests: (LabelRequest & { at: number })[] = [];
  for (const step of loop.steps) {
    if (step.start > t) break;
    if (step.via === 'done-callback' && step.callback !== null) continue;
    const b = box(step.start, step.end);
    if (!b) continue;
    steps.push({ ...b, step, title: `turn ${step.turn}: ${step.label}` });
    // Inside its own span, as a segment's words: a step is a stretch of the running bar, and a
    // callout beside it would crowd the turns that follow within a few microseconds.
    requests.push({
      key: `h${step.handle}`,
      full: step.label,
      at: step.start,
      anchor: b,
      mode: 'inside',
      within: { x: b.x + 2, w: b.w - 4 },
    });
  }
  return { layout: { turns, steps }, requests };
}
