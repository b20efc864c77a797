import './loop.css';

/**
 * The key to what asyncio adds to the timeline, shown under the lanes' key when the run has an
 * event loop: the idle loop, a turn, a task's step, a task awaiting, and the scheduled arrow.
 *
 * @example {loops.length > 0 && <LoopLegend />}
 */
export function LoopLegend() {
  return (
    <ul className="tl-legend tl-loop-legend" aria-label="Key to the event loop">
      <li>
        <span className="key-box tl-seg seg-idle" aria-hidden="true" /> ◌ event loop idle
      </li>
      <li>
        <span className="key-turn" aria-hidden="true">
          ╷
        </span>{' '}
        a turn of the loop
      </li>
      <li>
        <span className="key-box tl-step" aria-hidden="true" /> a step or callback the loop runs
      </li>
      <li>
        <span className="key-box tl-seg task-awaiting" aria-hidden="true" /> ‖ task awaiting
      </li>
      <li>
        <span className="key-arrow" aria-hidden="true">
          ☰┄⟶
        </span>{' '}
        scheduled: from the loop's queue to where the loop runs it
      </li>
    </ul>
  );
}
