import { memo } from 'react';
import type { FutureView } from '../../store/selectors/futuresAt';
import { stateLook } from '../stateLook';
import { Pulse } from '../motion';
import { calloutRoom } from './calloutRoom';
import type { TimeScale } from '../../layout/timeScale';

/**
 * One future's lane: a dashed "pending" stretch from creation, then the shape of how it ended,
 * with its result written where it lands. The end marker pulses once as it appears. Memoised:
 * once the future has settled, pass any constant `t` (nothing here then depends on it).
 */
export const FutureRow = memo(function FutureRow({
  future,
  t,
  scale,
}: {
  future: FutureView;
  t: number;
  scale: TimeScale;
}) {
  const done = future.transitions.find((x) => x.state !== 'PENDING' && x.state !== 'RUNNING');
  const look = stateLook(future.state, future.outcome);
  const pendingEnd = done ? done.t : t;
  const doneLook = done ? stateLook(done.state, done.outcome) : null;
  const right = done ? scale.pct(done.t) > 55 : false;
  const value = future.outcome ? future.outcome.repr : '';
  return (
    <li className={`tl-row tl-future state-${look.kind}`}>
      <div className="tl-label">
        <span className="tl-name">
          <span className="tl-shape" aria-hidden="true">
            {look.shape}
          </span>
          {future.name}
        </span>
        <span className="tl-activity">{look.words}</span>
      </div>
      <div className="tl-track">
        <div
          className="tl-seg seg-pending"
          style={{
            left: `${scale.pct(future.createdAt)}%`,
            width: `max(${scale.pct(pendingEnd) - scale.pct(future.createdAt)}%, 4px)`,
          }}
        >
          {!done && (
            <span className="tl-seg-text">
              <span aria-hidden="true">○ </span>pending
              {future.waiters.map((w) => ` · ${w.thread} waits in ${w.method}()`).join('')}
            </span>
          )}
        </div>
        {done && doneLook && (
          <div
            className={`tl-done state-${doneLook.kind}`}
            style={{ left: `${scale.pct(done.t)}%` }}
          >
            <Pulse className="tl-done-shape" at={done.t}>
              {doneLook.shape}
            </Pulse>
            <span
              className={`tl-callout ${right ? 'to-left' : 'to-right'}`}
              style={calloutRoom(right, scale.pct(done.t))}
            >
              {/* The lane's name already says how it ended: here, the value it landed with. */}
              {value ? <code>{value}</code> : doneLook.words}
            </span>
          </div>
        )}
      </div>
    </li>
  );
});

/** The lane of a future the program has not created yet: its name, waiting. */
export const UnbornFutureRow = memo(function UnbornFutureRow({ name }: { name: string }) {
  return (
    <li className="tl-row tl-future tl-unborn">
      <div className="tl-label">
        <span className="tl-name">
          <span className="tl-shape" aria-hidden="true" />
          {name}
        </span>
        <span className="tl-activity">not created yet</span>
      </div>
      <div className="tl-track" />
    </li>
  );
});
