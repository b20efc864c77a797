import { useEffect, useMemo } from 'react';
import { WhatIfSection } from '../components/whatIf/WhatIfSection';
import {
  changedIndexes,
  changedSourceLines,
  prepareWhatIfs,
  printedLines,
  whatIfsFor,
} from '../predict/whatIf';
import type { WhatIf } from '../predict/whatIf';
import type { ScenarioRun } from '../scenarios/types';
import { usePlayer } from '../store/PlayerProvider';
import type { PlayerState } from '../store/playerStore';
import { selectLab, selectRun } from '../store/selectors/player';

/** True once the playhead is at the run's end (a boolean, so playback does not re-render). */
const selectAtEnd = (s: PlayerState) => s.run !== null && s.t >= s.run.trace.end;

/**
 * The "What if…?" section once the run has ended, with Predict mode on or off: the run's
 * generated variations, each played by `onRun`.
 *
 * @example <WhatIfMount onRun={(w) => { playWhatIf(source, store, w); setPlayed(w); }} />
 */
export function WhatIfMount({ onRun }: { onRun(w: WhatIf): void }) {
  const run = usePlayer(selectRun);
  const lab = usePlayer(selectLab);
  const atEnd = usePlayer(selectAtEnd);
  // Each question simulates its variation: made while the page is idle before the end, and
  // finished (or made) in the end's render if the learner got there first.
  useEffect(() => (run ? prepareWhatIfs(run, lab) : undefined), [run, lab]);
  const whatIfs = useMemo(() => (run && atEnd ? whatIfsFor(run, lab) : []), [run, lab, atEnd]);
  if (!atEnd) return null;
  return <WhatIfSection whatIfs={whatIfs} onRun={onRun} />;
}

/** What a played "What if" changed in the run on screen: code lines (1-based), console places. */
export interface WhatIfChanges {
  code: ReadonlySet<number>;
  console: ReadonlySet<number>;
}

/**
 * The difference between a played variation and the program before it, while the run on screen
 * is that variation (Back to the scenario, or another scenario, ends it).
 *
 * @example changesOf(played, run) // { code: Set {46, 47, 48}, console: Set {0, 2} }
 */
export function changesOf(played: WhatIf | null, run: ScenarioRun | null): WhatIfChanges | null {
  if (!played || !run || run.trace.source !== played.after.source) return null;
  return {
    code: new Set(changedSourceLines(played.before.source, run.trace.source)),
    console: new Set(changedIndexes(played.before.console, printedLines(run.trace))),
  };
}
