import type { LoopRowLayout } from '../../layout/loopRowLayout';
import './loop.css';

/**
 * An event loop's marks on its thread's lane, from the layout: a notch at each turn (its number
 * where there is room; "turn 3 of the event loop: runs 1 ready callback" as its name) and a
 * framed span for each handle the loop ran (a task's step, a plain callback).
 *
 * @example <LoopMarks loop={layoutThreadRow(lane, t, axis, label, 7, loop).loop!} />
 */
export function LoopMarks({ loop }: { loop: LoopRowLayout }) {
  return (
    <>
      {loop.steps.map((s) => (
        <div
          key={`h${s.step.handle}`}
          className="tl-step"
          style={{ left: s.x, width: s.w }}
          title={s.title}
        />
      ))}
      {loop.turns.map((turn) => (
        <span
          key={`turn${turn.turn}`}
          className="tl-turn"
          style={{ left: turn.x }}
          role="img"
          aria-label={turn.title}
          title={turn.title}
        >
          {turn.numbered && <span aria-hidden="true">{turn.turn}</span>}
        </span>
      ))}
    </>
  );
}
