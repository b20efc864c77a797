/**
 * The private score at the end of a scenario: gates answered right on the first try, in this
 * scenario and over all scenarios met so far ("This scenario: 3 of 4 · All scenarios: 11 of 15"),
 * with a Reset of this scenario's. The numbers come from `scoreBook` (this browser's
 * localStorage only).
 *
 * @example
 *   <ScoreView score={book.scoreOf('fetch-square', gates)} all={book.allScenarios()}
 *     onReset={() => book.reset('fetch-square')} />
 */
import { useId } from 'react';
import type { Score } from '../../predict/score';
import './predict.css';

export function ScoreView({
  score,
  all,
  onReset,
}: {
  score: Score;
  /** Over every scenario with an attempt; without it only this scenario's is shown. */
  all?: Score;
  onReset(): void;
}) {
  const title = useId();
  return (
    <section aria-labelledby={title} className="predict-score">
      <h2 id={title}>Your predictions</h2>
      <p>
        {score.total === 0
          ? 'This scenario has no predictions to make.'
          : `Right on the first try. This scenario: ${score.firstTry} of ${score.total}${
              all ? ` · All scenarios: ${all.firstTry} of ${all.total}` : ''
            }.`}
      </p>
      <p className="predict-score-private">Kept only in this browser; nothing is sent anywhere.</p>
      <button type="button" onClick={onReset}>
        Reset score
      </button>
    </section>
  );
}
