import { memo } from 'react';
import type { LaneGroup } from '../../layout/rows';

/**
 * A group's row (a pool's workers, or all the futures): a button that folds or unfolds its
 * lanes, its name and size, and what its members are doing now (`3 running · 5 sleeping`).
 */
export const GroupRow = memo(function GroupRow({
  group,
  folded,
  counts,
  top,
  onToggle,
}: {
  group: LaneGroup;
  folded: boolean;
  counts: string;
  top: number;
  onToggle: (key: string) => void;
}) {
  const size =
    group.of === 'futures' ? `${group.futures.length} futures` : `${group.threads.length} workers`;
  return (
    <li className="tl-row tl-group" style={{ top }}>
      <div className="tl-label">
        <span className="tl-name" title={`${group.name} (${size})`}>
          <button
            type="button"
            className="tl-fold"
            aria-expanded={!folded}
            onClick={() => onToggle(group.key)}
          >
            <span aria-hidden="true">{folded ? '▸' : '▾'}</span>
            <span className="tl-name-text">{group.of === 'futures' ? 'futures' : group.name}</span>
          </button>
        </span>
      </div>
      <div className="tl-track tl-group-track">
        <span className="tl-activity tl-group-counts">
          {size}: {counts}
        </span>
      </div>
    </li>
  );
});
