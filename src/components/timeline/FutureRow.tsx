import { memo, useMemo } from 'react';
import type { FutureView } from '../../store/selectors/futuresAt';
import { stateLook } from '../stateLook';
import { Pulse } from '../motion';
import type { Axis } from '../../layout/axis';
import { layoutFutureRow } from '../../layout/futureRowLayout';
import { LaneLabel } from './LaneLabel';

/**
 * One future's lane, drawn from its layout (`layoutFutureRow`): a dashed "pending" stretch from
 * creation, then the shape of how it ended, with its result written where it lands. The end
 * marker pulses once as it appears. Memoised: once the future has settled, pass any constant
 * `t` (nothing here then depends on it).
 */
export const FutureRow = memo(function FutureRow({
  future,
  t,
  axis,
  top,
  charPx,
}: {
  future: FutureView;
  t: number;
  axis: Axis;
  top: number;
  charPx: number;
}) {
  const layout = useMemo(() => layoutFutureRow(future, t, axis, charPx), [future, t, axis, charPx]);
  const look = stateLook(future.state, future.outcome);
  const done = layout.done;
  const doneLook = done ? stateLook(done.at.state, done.at.outcome) : null;
  return (
    <li className={`tl-row tl-future state-${look.kind}`} style={{ top }} data-future={future.id}>
      <div className="tl-label">
        <span className="tl-name" title={future.name}>
          <span className="tl-shape" aria-hidden="true">
            {look.shape}
          </span>
          <span className="tl-name-text">{future.name}</span>
        </span>
        <span className="tl-activity">{look.words}</span>
      </div>
      <div className="tl-track">
        {layout.pending && (
          <div
            className="tl-seg seg-pending"
            style={{ left: layout.pending.x, width: layout.pending.w }}
          />
        )}
        {done && doneLook && (
          <div
            className={`tl-done state-${doneLook.kind}`}
            style={{ left: done.x }}
            data-completion=""
          >
            <Pulse className="tl-done-shape" at={done.at.t}>
              {doneLook.shape}
            </Pulse>
          </div>
        )}
        {layout.labels.map((label) =>
          label.key === 'value' ? (
            // The lane's name already says how it ended: here, the value it landed with.
            <LaneLabel key="value" label={label} className="tl-callout" data-completion="">
              <code>{label.full}</code>
            </LaneLabel>
          ) : (
            <LaneLabel key={label.key} label={label} className="tl-seg-text" />
          ),
        )}
      </div>
    </li>
  );
});

/** The lane of a future the program has not created yet: its name, waiting. */
export const UnbornFutureRow = memo(function UnbornFutureRow({
  name,
  top,
}: {
  name: string;
  top: number;
}) {
  return (
    <li className="tl-row tl-future tl-unborn" style={{ top }}>
      <div className="tl-label">
        <span className="tl-name" title={name}>
          <span className="tl-shape" aria-hidden="true" />
          <span className="tl-name-text">{name}</span>
        </span>
        <span className="tl-activity">not created yet</span>
      </div>
      <div className="tl-track" />
    </li>
  );
});
