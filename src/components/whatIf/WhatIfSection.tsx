/**
 * The "What if…?" section at the end of a run: one or two variations of the program, each a
 * question to predict and then **Run it**. Shown with Predict mode on (after the score) and off.
 *
 * @example <WhatIfSection whatIfs={whatIfsFor(run, lab)} onRun={(w) => play(w)} />
 */
import { useId } from 'react';
import type { WhatIf } from '../../predict/whatIf';
import { WhatIfQuestion } from './WhatIfQuestion';
import './whatIf.css';

export function WhatIfSection({
  whatIfs,
  onRun,
}: {
  whatIfs: readonly WhatIf[];
  onRun(w: WhatIf): void;
}) {
  const title = useId();
  if (whatIfs.length === 0) return null;
  return (
    <section className="what-if" aria-labelledby={title}>
      <h2 id={title}>What if…?</h2>
      {whatIfs.map((w) => (
        // Keyed by the question and its program, so another run starts each question afresh.
        <WhatIfQuestion key={`${w.id}:${w.after.source}`} whatIf={w} onRun={onRun} />
      ))}
    </section>
  );
}
