import { formatSeconds } from '../../core/seconds';
import type { VirtualUs } from '../../core/trace';
import type { DifferenceKind, RunDifference } from '../../store/compare/compareRuns';
import './compare.css';

/** A word for each kind, shown beside the sentence (never colour alone). */
const KIND_WORD: Record<DifferenceKind, string> = {
  only: 'only in one',
  position: 'order',
  thread: 'thread',
  time: 'time',
};

/**
 * The differences between the two runs, in time order, each a button that moves the shared
 * clock to the moment it first shows. Those the playhead has passed are marked "passed".
 *
 * @example <DifferencesPanel differences={diffs} t={t} onSeek={(t) => clock.getState().seek(t)} />
 */
export function DifferencesPanel({
  differences,
  t,
  onSeek,
}: {
  differences: readonly RunDifference[];
  t: VirtualUs;
  onSeek(t: VirtualUs): void;
}) {
  return (
    <section className="panel compare-differences" aria-labelledby="differences-heading">
      <h2 id="differences-heading">Differences</h2>
      {differences.length === 0 ? (
        <p>None: both runs print the same lines, on the same threads, at the same times.</p>
      ) : (
        <ol>
          {differences.map((d, i) => (
            <li key={i} className={d.t <= t ? 'passed' : undefined}>
              <button type="button" onClick={() => onSeek(d.t)}>
                <span className="difference-time">{formatSeconds(d.t, 3)} s</span>{' '}
                <span className="difference-kind">{KIND_WORD[d.kind]}</span> {d.text}
                {d.t <= t && <span className="sr-only"> (passed)</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
