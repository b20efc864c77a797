/**
 * The private score at the end of a scenario: gates answered right on the first try, with a
 * Reset. The numbers come from `scoreBook` (this browser's localStorage only).
 *
 * @example <ScoreView score={book.scoreOf('fetch-square', gates)} onReset={() => book.reset('fetch-square')} />
 */
import { useId } from 'react';
import type { Score } from '../../predict/score';
import './predict.css';

export function ScoreView({ score, onReset }: { score: Score; onReset(): void }) {
  const title = useId();
  return (
    <section aria-labelledby={title} className="predict-score">
      <h2 id={title}>Your predictions</h2>
      <p>
        {score.total === 0
          ? 'This scenario has no predictions to make.'
          : `Right on the first try: ${score.firstTry} of ${score.total}.`}
      </p>
      <p className="predict-score-private">Kept only in this browser; nothing is sent anywhere.</p>
      <button type="button" onClick={onReset}>
        Reset score
      </button>
    </section>
  );
}
